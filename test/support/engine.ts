/* eslint-disable @n8n/community-nodes/no-restricted-globals */
/**
 * In-process n8n engine harness.
 *
 * Runs real workflows through n8n-core's `WorkflowExecute`, with n8n's real HTTP helpers, real
 * expression engine and real binary-data service, and loads packages with n8n-core's own
 * `PackageDirectoryLoader`. Nothing here is copied from n8n (its source is not MIT); the approach
 * follows /work/shared/testing-notes.md §2 and n8n-notes.md §4 / Appendix A.
 *
 * API:
 *   loadPackage(root?)                    -> LoadedPackage   (built dist/ through package.json#n8n)
 *   runWorkflow(options)                  -> WorkflowRunResult
 *   startWorkflow(options)                -> WorkflowHandle  ({ cancel(), result })
 *   credentialTest(type, data, options?)  -> { status: 'OK' | 'Error', message, httpStatus? }
 *   authenticateGeneric(...)              -> the generic-auth logic the credentials helper uses
 *   cleanupHarnessFiles()                 -> removes filesystem-mode temp dirs (also registered as afterAll)
 *
 * Findings worth knowing (n8n-core 2.41.1):
 *
 * Binary data. `helpers.prepareBinaryData()` ends in `setBinaryDataBuffer()`
 * (dist/execution-engine/node-execution-context/utils/binary-helper-functions.js), which calls
 * `Container.get(BinaryDataService).store({ type: 'execution', workflowId, executionId }, bufferOrStream, binaryData)`.
 * So the service is looked up in the global @n8n/di container on every call, and whatever instance
 * is registered there is used.
 *   - `store()` picks `managers[mode]`. The constructor sets `mode = 'filesystem-v2'` and `managers = {}`.
 *     With no manager registered for the mode, it buffers the Buffer/stream and inlines it as base64
 *     in `binaryData.data`. That is n8n's "default" (in-memory) behaviour.
 *   - `init()` maps `config.mode === 'filesystem'` to `'filesystem-v2'` and registers a
 *     `BinaryDataBlobManager` over an `FsByteStore` rooted at `config.localStoragePath`
 *     (the directory is created). The store then passes the Readable straight to
 *     `fs.writeFile(tmp, stream)` and renames it, so a download is streamed to disk, never buffered.
 *     The result has `id = 'filesystem-v2:workflows/<wf>/executions/<exec>/binary_data/<uuid>'`,
 *     `data = 'filesystem-v2'`, and `bytes`/`fileSize`.
 *   - Pitfall: letting the container build the service itself (`Container.get(BinaryDataService)`
 *     with nothing registered) constructs `BinaryDataConfig`, then `InstanceSettings`, and
 *     `InstanceSettings.loadOrCreate()` writes `~/.n8n/config` with a random encryption key.
 *     This harness therefore always registers its own instance with `Container.set`, built with the
 *     public constructor `new BinaryDataService(config, errorReporter, logger)`. The config object
 *     only needs `mode` and `localStoragePath` (and `signingSecret` for signed URLs).
 *     Default mode is the same class without `init()`, so no directory is created.
 *   - The container is global to the module registry, i.e. per jest test file. Concurrent runs in one
 *     file must use the same binary mode (checked below).
 *
 * Other pitfalls handled here:
 *   - Every run writes `~/.n8n/config`: `WorkflowExecute` → `establishExecutionContext()` →
 *     `Container.get(ExecutionContextService)` → `Cipher` → `InstanceSettings.loadOrCreate()`.
 *     (testing-notes §2 says InstanceSettings is not touched; on 2.41.1 it is.) This module sets
 *     `N8N_USER_FOLDER` to a temp dir and a fixed `N8N_ENCRYPTION_KEY` before n8n-core builds it.
 *   - Node errors in `runData[node][i].error` and `resultData.error` are plain copies
 *     (`{ ...error, message, stack }`), not class instances: assert on `name`, `httpCode`,
 *     `description`, `message`, never `instanceof NodeApiError`.
 *   - Every `*BaseUrl` in additionalData must be a valid absolute URL: `getAdditionalKeys()` builds
 *     `$execution.resumeUrl` with `new URL()` on the first `getNodeParameter()`.
 *   - `ErrorReporter` is replaced by a silent one, otherwise `WorkflowExecute` prints expected node
 *     errors (401 tests) to the console.
 *   - n8n's `type: 'generic'` authenticate is applied by packages/cli, not n8n-core, so
 *     `HarnessCredentialsHelper.authenticate` resolves the templates itself with the real
 *     expression engine (`workflow.expression.getComplexParameterValue` with `$credentials`).
 *   - `PackageDirectoryLoader` uses `loadClassInIsolation()`, which does a plain `require()` only when
 *     `NODE_ENV === 'test'` (jest sets it). Otherwise it evaluates the class in a `vm` context with
 *     n8n-core's own `require`, which would bypass jest's module registry and could load a second
 *     copy of n8n-workflow, breaking `instanceof NodeApiError`.
 *   - Cancelling the `PCancelable` from `WorkflowExecute.run()` never rejects it (`shouldReject = false`).
 *     n8n aborts `getExecutionCancelSignal()` and fires `workflowExecuteAfter` with status
 *     `canceled`, so the run result is taken from that hook.
 */
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import {
	BinaryDataService,
	ErrorReporter,
	ExecutionLifecycleHooks,
	ExternalSecretsProxy,
	LoadOptionsContext,
	PackageDirectoryLoader,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ExecutionError,
	ExecutionStatus,
	IBinaryData,
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IConnections,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentials,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRequestOptionsSimplified,
	IRun,
	ITriggerFunctions,
	ITriggerResponse,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	NodeParameterValueType,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeApiError, NodeHelpers, Workflow } from 'n8n-workflow';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Temp dirs this module created (binary storage, n8n user folder); removed by cleanupHarnessFiles(). */
const tempDirs: string[] = [];
function makeTempDir(prefix: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	tempDirs.push(dir);
	return dir;
}

// Every WorkflowExecute run calls establishExecutionContext(), which does
// Container.get(ExecutionContextService) → Cipher → InstanceSettings, whose constructor writes
// `<N8N_USER_FOLDER or $HOME>/.n8n/config` with a random encryption key. Point n8n at a throwaway
// user folder (and a fixed key) so tests never write into the developer's home directory.
// (jest gives each test file its own copy of process.env, so this is per test file.)
if (!process.env.N8N_USER_FOLDER) process.env.N8N_USER_FOLDER = makeTempDir('n8n-harness-user-');
process.env.N8N_ENCRYPTION_KEY ??= 'n8n-harness-test-encryption-key';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type AnyNodeType = INodeType | IVersionedNodeType;

/** The node and credential classes a workflow can use. */
export interface TypeRegistry {
	/** Keyed by node type name as used in `INode.type` (short name and/or `package.name`). */
	nodeTypes: Record<string, AnyNodeType>;
	/** Keyed by credential type name (`ICredentialType.name`). */
	credentialTypes: Record<string, ICredentialType>;
}

export interface IconReference {
	/** `node:<name>` or `credential:<name>`. */
	owner: string;
	/** The `iconUrl` n8n computed (`icons/<package>/<relative path>`). */
	iconUrl: string;
	/** The file it points to inside the package directory. */
	filePath: string;
}

export interface LoadedPackage extends TypeRegistry {
	packageName: string;
	directory: string;
	/** The n8n-core loader itself, for assertions on `known`, `types`, `nodesByCredential`. */
	loader: PackageDirectoryLoader;
	/** Every `file:` icon after n8n rewrote it, resolved back to a file path. */
	icons: IconReference[];
}

/** Test credential data, keyed by credential type name. */
export type TestCredentials = Record<string, ICredentialDataDecryptedObject>;

/** A workflow node; `id`, `position`, `typeVersion` (latest) and `parameters` ({}) are optional. */
export type WorkflowNode = Omit<INode, 'id' | 'position' | 'typeVersion' | 'parameters'> &
	Partial<Pick<INode, 'id' | 'position' | 'typeVersion' | 'parameters'>>;

export type BinaryMode = 'default' | 'filesystem';

export interface RunWorkflowOptions {
	/**
	 * The nodes under test. The harness prepends its own Manual Trigger (and an Items node when
	 * `input` is given) and connects them to `nodes[0]`.
	 */
	nodes: WorkflowNode[];
	/**
	 * Connections between `nodes`. When omitted the nodes are chained in array order
	 * (main output 0 → main input 0).
	 */
	connections?: IConnections;
	/** Credential data per credential type, e.g. `{ gccaiApi: { apiKey, baseUrl } }`. */
	credentials?: TestCredentials;
	/** JSON items fed into `nodes[0]`. Without it, `nodes[0]` gets the trigger's single `{}` item. */
	input?: IDataObject[];
	/**
	 * Where `prepareBinaryData` puts data. Default: `'filesystem'`, as in every n8n 2.x install; n8n 3.0
	 * removes `'default'` (inline base64), which stays selectable to prove nothing depends on either.
	 */
	binaryMode?: BinaryMode;
	/** Cancel the execution this many milliseconds after it starts. */
	cancelAfterMs?: number;
	/** Node/credential classes. Default: the built package at the repo root (`loadPackage()`). */
	types?: TypeRegistry;
	/** Passed to `IWorkflowSettings`. */
	settings?: IWorkflowBase['settings'];
}

export interface BinaryWrite {
	/** What `prepareBinaryData` handed to the binary-data service. */
	kind: 'stream' | 'buffer';
	mode: BinaryMode;
	/** `binaryData.id` after storing (filesystem mode only). */
	id?: string;
	bytes?: number;
	mimeType: string;
	fileName?: string;
}

export interface BinaryAccess {
	mode: BinaryMode;
	/** The temp directory of filesystem mode. */
	storagePath?: string;
	/** Every store() made during this execution, in order. */
	writes: BinaryWrite[];
	/** Reads binary data back, whatever the mode. */
	getBuffer(binary: IBinaryData): Promise<Buffer>;
	/** Absolute file path of a binary stored in filesystem mode. */
	getPath(binary: IBinaryData): string;
}

export interface WorkflowRunResult {
	executionId: string;
	run: IRun;
	status: ExecutionStatus;
	/** Items of one output of a node's run. Throws if the node did not run. */
	outputOf(nodeName: string, outputIndex?: number, runIndex?: number): INodeExecutionData[];
	/** The error a node's run ended with (undefined when it succeeded or continued on fail). */
	errorOf(nodeName: string, runIndex?: number): ExecutionError | undefined;
	/** Names of the nodes that ran, in execution order. */
	executedNodes(): string[];
	binary: BinaryAccess;
}

export interface WorkflowHandle {
	executionId: string;
	/** Cancels the execution like the "Stop" button: the node's cancel signal aborts. */
	cancel(): void;
	result: Promise<WorkflowRunResult>;
}

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
	/** HTTP status of the test request, when one was received. */
	httpStatus?: number;
}

// ---------------------------------------------------------------------------------------------
// Harness-owned node types (no n8n-nodes-base dependency)
// ---------------------------------------------------------------------------------------------

export const MANUAL_TRIGGER_TYPE = 'harness.manualTrigger';
export const ITEMS_TYPE = 'harness.items';
export const TRIGGER_NODE_NAME = 'When clicking ‘Execute workflow’';
export const ITEMS_NODE_NAME = 'Input Items';

/** Behaves like n8n's Manual Trigger: emits one empty item when run in manual mode. */
class HarnessManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger (harness)',
		name: MANUAL_TRIGGER_TYPE,
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when the test runs it',
		defaults: { name: TRIGGER_NODE_NAME },
		inputs: [],
		outputs: ['main'],
		properties: [],
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		const manualTriggerFunction = async () => {
			this.emit([this.helpers.returnJsonArray([{}])]);
		};
		return { manualTriggerFunction };
	}
}

/** Emits the JSON items given in its `items` parameter (a JSON string). */
class HarnessItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Items (harness)',
		name: ITEMS_TYPE,
		group: ['input'],
		version: 1,
		description: 'Emits fixed JSON items',
		defaults: { name: ITEMS_NODE_NAME },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		return [items.map((json) => ({ json, pairedItem: { item: 0 } }))];
	}
}

/** Only used by `credentialTest()` so n8n's request helpers have a node to attach to. */
function credentialTesterType(credentialType: string): INodeType {
	return {
		description: {
			displayName: 'Credential Tester (harness)',
			name: 'harness.credentialTester',
			group: ['transform'],
			version: 1,
			description: 'Runs a credential test request',
			defaults: { name: 'Credential Tester' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType, required: true }],
			properties: [],
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Container setup
// ---------------------------------------------------------------------------------------------

const silentErrorReporter = {
	error() {},
	warn() {},
	info() {},
	async init() {},
	async shutdown() {},
} as unknown as ErrorReporter;

type BinaryDataServiceLogger = ConstructorParameters<typeof BinaryDataService>[2];
type BinaryDataServiceConfig = ConstructorParameters<typeof BinaryDataService>[0];

const silentLogger = {
	error() {},
	warn() {},
	info() {},
	debug() {},
	scoped() {
		return silentLogger;
	},
} as unknown as BinaryDataServiceLogger;

/** What nodes logged through `this.logger` (n8n-core's NodeExecutionContext reads the container's Logger). */
export const harnessLogs: Array<{ level: string; message: string; meta?: Record<string, unknown> }> = [];
const recordingLogger = Object.fromEntries(
	['error', 'warn', 'info', 'debug'].map((level) => [level, (message: string, meta?: Record<string, unknown>) => harnessLogs.push({ level, message, meta })]),
);
Object.assign(recordingLogger, { scoped: () => recordingLogger });

let containerReady = false;
function prepareContainer() {
	if (containerReady) return;
	Container.set(ErrorReporter, silentErrorReporter);
	Container.set(Logger, recordingLogger as unknown as Logger);
	containerReady = true;
}

/** Binary writes recorded per execution id. */
const binaryWrites = new Map<string, BinaryWrite[]>();

interface BinaryBackend {
	mode: BinaryMode;
	service: BinaryDataService;
	storagePath?: string;
}
const backends: Partial<Record<BinaryMode, Promise<BinaryBackend>>> = {};
let activeRuns = 0;
let activeMode: BinaryMode | undefined;

function isReadable(value: unknown): value is Readable {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Readable).pipe === 'function' &&
		typeof (value as Readable).on === 'function'
	);
}

/** Records what each store() call received (stream vs buffer) per execution, then delegates. */
function recordStores(service: BinaryDataService, mode: BinaryMode) {
	const store = service.store.bind(service);
	service.store = async (location, bufferOrStream, binaryData) => {
		const kind = isReadable(bufferOrStream) ? 'stream' : 'buffer';
		const stored = await store(location, bufferOrStream, binaryData);
		const executionId = location.type === 'execution' ? location.executionId : undefined;
		if (executionId) {
			const list = binaryWrites.get(executionId) ?? [];
			list.push({
				kind,
				mode,
				id: stored.id,
				bytes: stored.bytes,
				mimeType: stored.mimeType,
				fileName: stored.fileName,
			});
			binaryWrites.set(executionId, list);
		}
		return stored;
	};
}

async function createBackend(mode: BinaryMode): Promise<BinaryBackend> {
	if (mode === 'default') {
		// Not initialised: no manager for its mode, so store() inlines base64 (n8n's in-memory mode).
		const config = {
			mode: 'default',
			availableModes: ['default'],
			localStoragePath: '',
			signingSecret: 'harness-signing-secret',
			dbMaxFileSize: 512,
		} as unknown as BinaryDataServiceConfig;
		const service = new BinaryDataService(config, silentErrorReporter, silentLogger);
		recordStores(service, mode);
		return { mode, service };
	}
	const storagePath = makeTempDir('n8n-harness-binary-');
	const config = {
		mode: 'filesystem',
		availableModes: ['filesystem'],
		localStoragePath: storagePath,
		signingSecret: 'harness-signing-secret',
		dbMaxFileSize: 512,
	} as unknown as BinaryDataServiceConfig;
	const service = new BinaryDataService(config, silentErrorReporter, silentLogger);
	await service.init();
	recordStores(service, mode);
	return { mode, service, storagePath };
}

async function useBinaryBackend(mode: BinaryMode): Promise<BinaryBackend> {
	if (activeRuns > 0 && activeMode !== mode) {
		throw new Error(
			`Harness: cannot start a '${mode}' binary-mode run while a '${activeMode}' run is active ` +
				'(BinaryDataService is a global container singleton).',
		);
	}
	backends[mode] ??= createBackend(mode);
	const backend = await backends[mode];
	Container.set(BinaryDataService, backend.service);
	activeMode = mode;
	return backend;
}

/** Removes the temp directories this module created (filesystem binary storage, n8n user folder). */
export function cleanupHarnessFiles() {
	for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	delete backends.filesystem;
}
// Test files import this module at top level, so this registers a file-level afterAll hook.
if (typeof afterAll === 'function') afterAll(cleanupHarnessFiles);

// ---------------------------------------------------------------------------------------------
// Package loading
// ---------------------------------------------------------------------------------------------

const packageCache = new Map<string, Promise<LoadedPackage>>();

/**
 * Loads a package the way n8n loads an installed community package: `PackageDirectoryLoader`
 * reads `package.json#n8n.nodes/credentials`, requires each file, instantiates the class named
 * after the file, adds the codex (`*.node.json`), rewrites `file:` icons and validates
 * node descriptions. For this repo that means the built `dist/`, so run `npm run build` first.
 */
export async function loadPackage(root: string = REPO_ROOT): Promise<LoadedPackage> {
	const directory = path.resolve(root);
	let cached = packageCache.get(directory);
	if (!cached) {
		cached = (async () => {
			prepareContainer();
			const loader = new PackageDirectoryLoader(directory);
			await loader.loadAll();
			const nodeTypes: Record<string, AnyNodeType> = {};
			const icons: IconReference[] = [];
			const iconPrefix = `icons/${loader.packageName}/`;
			const collectIcon = (owner: string, iconUrl: unknown) => {
				const urls =
					typeof iconUrl === 'string'
						? [iconUrl]
						: iconUrl && typeof iconUrl === 'object'
							? Object.values(iconUrl as Record<string, string>)
							: [];
				for (const url of urls) {
					if (!url.startsWith(iconPrefix)) continue;
					icons.push({
						owner,
						iconUrl: url,
						filePath: path.join(directory, url.slice(iconPrefix.length)),
					});
				}
			};
			for (const [name, { type }] of Object.entries(loader.nodeTypes)) {
				nodeTypes[name] = type;
				nodeTypes[`${loader.packageName}.${name}`] = type;
				collectIcon(`node:${name}`, type.description.iconUrl);
				if ('nodeVersions' in type) {
					for (const [version, versioned] of Object.entries(type.nodeVersions)) {
						collectIcon(`node:${name}@${version}`, versioned.description.iconUrl);
					}
				}
			}
			const credentialTypes: Record<string, ICredentialType> = {};
			for (const [name, { type }] of Object.entries(loader.credentialTypes)) {
				credentialTypes[name] = type;
				collectIcon(`credential:${name}`, type.iconUrl);
			}
			return {
				packageName: loader.packageName,
				directory,
				loader,
				nodeTypes,
				credentialTypes,
				icons,
			};
		})();
		packageCache.set(directory, cached);
		cached.catch(() => packageCache.delete(directory));
	}
	return await cached;
}

// ---------------------------------------------------------------------------------------------
// Node types registry and credentials helper
// ---------------------------------------------------------------------------------------------

function latestVersion(type: AnyNodeType): number {
	if ('nodeVersions' in type) return type.currentVersion;
	const { version } = type.description;
	return Array.isArray(version) ? Math.max(...version) : version;
}

function createNodeTypes(nodeTypes: Record<string, AnyNodeType>): INodeTypes {
	const lookup = (name: string) => {
		const type = nodeTypes[name];
		if (!type) throw new Error(`Harness: unknown node type "${name}"`);
		return type;
	};
	return {
		getByName: (name) => lookup(name),
		getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(lookup(name), version),
		getKnownTypes: () => Object.fromEntries(Object.keys(nodeTypes).map((name) => [name, {}])),
	};
}

function withDefaults(
	credentialType: ICredentialType | undefined,
	data: ICredentialDataDecryptedObject,
): ICredentialDataDecryptedObject {
	const defaults: ICredentialDataDecryptedObject = {};
	for (const property of credentialType?.properties ?? []) {
		if (property.default !== undefined) {
			defaults[property.name] = property.default as ICredentialDataDecryptedObject[string];
		}
	}
	return { ...defaults, ...data };
}

/** Resolves a template (`'=Bearer {{$credentials.apiKey}}'`) with n8n's expression engine. */
function resolveWithCredentials(
	value: unknown,
	credentials: ICredentialDataDecryptedObject,
	workflow: Workflow,
	node: INode,
): unknown {
	if (typeof value === 'string' && !value.startsWith('=')) return value;
	if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') {
		return value;
	}
	return workflow.expression.getComplexParameterValue(
		node,
		value as NodeParameterValueType as INodeParameters,
		'internal',
		{ $credentials: credentials },
		undefined,
		undefined,
	);
}

/**
 * Applies a credential type's `authenticate`: functions are called; `type: 'generic'` templates
 * (`headers`, `qs`, `body`, `auth`, `url`, …) are resolved against `$credentials` and merged into the
 * request, the way n8n's server-side credentials helper does.
 */
export async function authenticateGeneric(
	credentialType: ICredentialType | undefined,
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
	workflow: Workflow,
	node: INode,
): Promise<IHttpRequestOptions> {
	const authenticate = credentialType?.authenticate;
	if (!authenticate) return requestOptions;
	if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
	if (authenticate.type !== 'generic') return requestOptions;

	const target = requestOptions as unknown as Record<string, unknown>;
	for (const [section, template] of Object.entries(authenticate.properties)) {
		if (template !== null && typeof template === 'object') {
			const merged = { ...((target[section] as IDataObject | undefined) ?? {}) };
			for (const [key, value] of Object.entries(template as IDataObject)) {
				const resolvedKey = String(resolveWithCredentials(key, credentials, workflow, node));
				merged[resolvedKey] = resolveWithCredentials(value, credentials, workflow, node) as IDataObject[string];
			}
			target[section] = merged;
		} else {
			target[section] = resolveWithCredentials(template, credentials, workflow, node);
		}
	}
	return requestOptions;
}

/** n8n's `ICredentialsHelper`, backed by plain test data instead of the encrypted database. */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly data: TestCredentials,
		private readonly credentialTypes: Record<string, ICredentialType>,
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		const parents: string[] = [];
		for (const parent of this.credentialTypes[name]?.extends ?? []) {
			parents.push(parent, ...this.getParentTypes(parent));
		}
		return parents;
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions;
		if (!workflow || !node) {
			throw new Error('Harness: authenticate() needs the workflow and node to resolve expressions');
		}
		return await authenticateGeneric(this.credentialTypes[typeName], credentials, options, workflow, node);
	}

	async preAuthentication(
		_helpers: IHttpRequestHelper,
		_credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		_node: INode,
		_credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(_nodeCredentials: INodeCredentialsDetails, _type: string): Promise<ICredentials> {
		throw new Error('Harness: getCredentials() (encrypted credentials) is not supported');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.data[type];
		if (!data) throw new Error(`Harness: no test credentials given for type "${type}"`);
		return withDefaults(this.credentialTypes[type], structuredClone(data));
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes[type]?.properties ?? [];
	}
}

// ---------------------------------------------------------------------------------------------
// additionalData
// ---------------------------------------------------------------------------------------------

const BASE = 'http://localhost:5678';

export function createAdditionalData(
	credentialsHelper: ICredentialsHelper,
	executionId: string,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	const unsupported = (what: string) => async () => {
		throw new Error(`Harness: ${what} is not supported`);
	};
	const additionalData: IWorkflowExecuteAdditionalData = {
		credentialsHelper,
		hooks,
		executionId,
		currentNodeExecutionIndex: 0,
		variables: {},
		externalSecretsProxy: new ExternalSecretsProxy(),
		restApiUrl: `${BASE}/rest`,
		instanceBaseUrl: `${BASE}/`,
		formBaseUrl: `${BASE}/form`,
		formWaitingBaseUrl: `${BASE}/form-waiting`,
		formTestBaseUrl: `${BASE}/form-test`,
		webhookBaseUrl: `${BASE}/webhook`,
		webhookWaitingBaseUrl: `${BASE}/webhook-waiting`,
		webhookTestBaseUrl: `${BASE}/webhook-test`,
		mcpBaseUrl: `${BASE}/mcp`,
		mcpTestBaseUrl: `${BASE}/mcp-test`,
		executionTimeoutTimestamp: undefined,
		workflowSettings: undefined,
		executionContext: undefined,
		encryptedRunnerIdentity: undefined,
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		executeWorkflow: unsupported('executeWorkflow (sub-workflows)'),
		startRunnerTask: unsupported('startRunnerTask (Code node task runner)'),
	} as IWorkflowExecuteAdditionalData;
	return additionalData;
}

// ---------------------------------------------------------------------------------------------
// Workflows
// ---------------------------------------------------------------------------------------------

let executionCounter = 0;
const WORKFLOW_ID = 'harnessWorkflow01';

function credentialNamesOf(type: AnyNodeType): string[] {
	const types = 'nodeVersions' in type ? Object.values(type.nodeVersions) : [type];
	return [...new Set(types.flatMap((t) => (t.description.credentials ?? []).map((c) => c.name)))];
}

function buildNodes(options: RunWorkflowOptions, registry: TypeRegistry): INode[] {
	const credentialTypesGiven = Object.keys(options.credentials ?? {});
	const nodes: INode[] = [
		{
			id: randomUUID(),
			name: TRIGGER_NODE_NAME,
			type: MANUAL_TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
	];
	if (options.input) {
		nodes.push({
			id: randomUUID(),
			name: ITEMS_NODE_NAME,
			type: ITEMS_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: { items: JSON.stringify(options.input) },
		});
	}
	options.nodes.forEach((spec, index) => {
		const type = registry.nodeTypes[spec.type];
		if (!type) {
			throw new Error(
				`Harness: node "${spec.name}" has unknown type "${spec.type}". Known: ${Object.keys(registry.nodeTypes).join(', ')}`,
			);
		}
		let credentials: INodeCredentials | undefined = spec.credentials;
		if (!credentials) {
			const wanted = credentialNamesOf(type).filter((name) => credentialTypesGiven.includes(name));
			if (wanted.length > 0) {
				credentials = Object.fromEntries(
					wanted.map((name) => [name, { id: `cred-${name}`, name: `${name} (test)` }]),
				);
			}
		}
		nodes.push({
			...spec,
			id: spec.id ?? randomUUID(),
			position: spec.position ?? [400 + index * 200, 0],
			typeVersion: spec.typeVersion ?? latestVersion(type),
			parameters: structuredClone(spec.parameters ?? {}),
			...(credentials ? { credentials } : {}),
		});
	});
	return nodes;
}

function buildConnections(options: RunWorkflowOptions): IConnections {
	const link = (to: string) => ({ main: [[{ node: to, type: 'main' as const, index: 0 }]] });
	const entry = options.nodes[0]?.name;
	if (!entry) throw new Error('Harness: runWorkflow needs at least one node');
	const connections: IConnections = {};
	if (options.input) {
		connections[TRIGGER_NODE_NAME] = link(ITEMS_NODE_NAME);
		connections[ITEMS_NODE_NAME] = link(entry);
	} else {
		connections[TRIGGER_NODE_NAME] = link(entry);
	}
	if (options.connections) {
		Object.assign(connections, structuredClone(options.connections));
	} else {
		for (let i = 0; i + 1 < options.nodes.length; i++) {
			connections[options.nodes[i].name] = link(options.nodes[i + 1].name);
		}
	}
	return connections;
}

function makeResult(executionId: string, run: IRun, backend: BinaryBackend): WorkflowRunResult {
	const runData = () => run.data.resultData.runData;
	const taskOf = (nodeName: string, runIndex: number) => {
		const tasks = runData()[nodeName];
		if (!tasks?.[runIndex]) {
			const ran = Object.keys(runData()).join(', ') || 'none';
			const error = run.data.resultData.error?.message;
			throw new Error(
				`Harness: node "${nodeName}" has no run #${runIndex} (status ${run.status}; nodes that ran: ${ran}` +
					`${error ? `; workflow error: ${error}` : ''})`,
			);
		}
		return tasks[runIndex];
	};
	return {
		executionId,
		run,
		status: run.status,
		outputOf(nodeName, outputIndex = 0, runIndex = 0) {
			const task = taskOf(nodeName, runIndex);
			if (task.error) {
				throw new Error(`Harness: node "${nodeName}" failed: ${task.error.message}`);
			}
			return task.data?.main?.[outputIndex] ?? [];
		},
		errorOf(nodeName, runIndex = 0) {
			const task = runData()[nodeName]?.[runIndex];
			if (task?.error) return task.error;
			const { error, lastNodeExecuted } = run.data.resultData;
			return lastNodeExecuted === nodeName ? error : undefined;
		},
		executedNodes() {
			return run.data.resultData.runData ? Object.keys(run.data.resultData.runData) : [];
		},
		binary: {
			mode: backend.mode,
			storagePath: backend.storagePath,
			writes: binaryWrites.get(executionId) ?? [],
			getBuffer: async (binary) => await backend.service.getAsBuffer(binary),
			getPath: (binary) => {
				if (!binary.id) throw new Error('Harness: binary data has no id (stored inline, default mode)');
				return backend.service.getPath(binary.id);
			},
		},
	};
}

/**
 * Starts a workflow: Manual Trigger → [Items] → `nodes[0]` → … in manual mode, and returns a handle
 * with `cancel()` and the `result` promise.
 */
export async function startWorkflow(options: RunWorkflowOptions): Promise<WorkflowHandle> {
	prepareContainer();
	const packaged = options.types ?? (await loadPackage());
	const registry: TypeRegistry = {
		nodeTypes: {
			...packaged.nodeTypes,
			[MANUAL_TRIGGER_TYPE]: new HarnessManualTrigger(),
			[ITEMS_TYPE]: new HarnessItems(),
		},
		credentialTypes: packaged.credentialTypes,
	};

	const executionId = `harness-${process.pid}-${++executionCounter}`;
	const nodes = buildNodes(options, registry);
	const connections = buildConnections(options);
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		name: 'Harness workflow',
		nodes,
		connections,
		active: false,
		nodeTypes: createNodeTypes(registry.nodeTypes),
		settings: { executionOrder: 'v1', ...options.settings },
	});

	const backend = await useBinaryBackend(options.binaryMode ?? 'filesystem');
	activeRuns++;

	const workflowData = {
		id: WORKFLOW_ID,
		name: workflow.name,
		active: false,
		activeVersionId: null,
		isArchived: false,
		nodes,
		connections,
		settings: workflow.settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	let settled = false;
	let resolveRun!: (run: IRun) => void;
	let rejectRun!: (error: unknown) => void;
	const finished = new Promise<IRun>((resolve, reject) => {
		resolveRun = (run) => {
			if (settled) return;
			settled = true;
			resolve(run);
		};
		rejectRun = (error) => {
			if (settled) return;
			settled = true;
			reject(error);
		};
	});
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));

	const credentialsHelper = new HarnessCredentialsHelper(
		options.credentials ?? {},
		registry.credentialTypes,
	);
	const additionalData = createAdditionalData(credentialsHelper, executionId, hooks);
	additionalData.workflowId = WORKFLOW_ID;

	const execution = new WorkflowExecute(additionalData, 'manual').run({ workflow });
	execution.then(resolveRun, rejectRun);

	let timer: NodeJS.Timeout | undefined;
	const cancel = () => {
		if (!settled) execution.cancel();
	};
	if (options.cancelAfterMs !== undefined) timer = setTimeout(cancel, options.cancelAfterMs);

	const result = finished
		.then((run) => makeResult(executionId, run, backend))
		.finally(() => {
			if (timer) clearTimeout(timer);
			activeRuns--;
		});
	return { executionId, cancel, result };
}

/** Runs a workflow to completion (or cancellation when `cancelAfterMs` is set). */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRunResult> {
	const handle = await startWorkflow(options);
	return await handle.result;
}

// ---------------------------------------------------------------------------------------------
// Credential tests
// ---------------------------------------------------------------------------------------------

function readPath(value: unknown, keyPath: string): unknown {
	let current = value;
	for (const key of keyPath.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

function statusOfError(error: unknown): { status?: number; statusText?: string } {
	const candidates = [error, (error as { cause?: unknown })?.cause];
	for (const candidate of candidates) {
		const response = (candidate as { response?: { status?: number; statusText?: string } })?.response;
		if (typeof response?.status === 'number') {
			return { status: response.status, statusText: response.statusText };
		}
	}
	if (error instanceof NodeApiError && error.httpCode && /^\d+$/.test(error.httpCode)) {
		return { status: Number(error.httpCode) };
	}
	return {};
}

/**
 * Runs a credential type's `test` with the same outcome rules as n8n's credential test
 * (packages/cli CredentialsTester; our own code): `test.request` (with `baseURL`, `url`, `qs`,
 * `headers`, `body` templates resolved against `$credentials`) is sent with the credential's
 * `authenticate` applied, through n8n-core's real `httpRequestWithAuthentication` helper.
 *   - non-2xx: Error; message from a matching `responseCode` rule, else the HTTP status text,
 *     else `Received HTTP status code: <n>`
 *   - no answer: Error with the system error code (`ECONNREFUSED`, …)
 *   - 2xx: Error when a `responseSuccessBody` rule matches (`get(body, key) === value`), else
 *     `{ status: 'OK', message: 'Connection successful!' }`
 * n8n sends the request through RoutingNode with a temporary node; here a `LoadOptionsContext`
 * plays that role, so `requestDefaults`-style routing features beyond `test.request` are not used.
 */
export async function credentialTest(
	credentialType: string,
	data: ICredentialDataDecryptedObject,
	options: { types?: TypeRegistry } = {},
): Promise<CredentialTestResult> {
	prepareContainer();
	const registry = options.types ?? (await loadPackage());
	const type = registry.credentialTypes[credentialType];
	if (!type) throw new Error(`Harness: unknown credential type "${credentialType}"`);
	if (!type.test) throw new Error(`Harness: credential type "${credentialType}" has no test request`);

	const credentials = withDefaults(type, structuredClone(data));
	const testerType = 'harness.credentialTester';
	const node: INode = {
		id: randomUUID(),
		name: 'Credential Tester',
		type: testerType,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType]: { id: 'cred-test', name: `${credentialType} (test)` } },
	};
	const workflow = new Workflow({
		id: 'harnessCredTest1',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: createNodeTypes({ [testerType]: credentialTesterType(credentialType) }),
	});
	const helper = new HarnessCredentialsHelper({ [credentialType]: credentials }, registry.credentialTypes);
	const additionalData = createAdditionalData(helper, `credential-test-${++executionCounter}`);
	const context = new LoadOptionsContext(workflow, node, additionalData, 'credentialTest');

	const { request, rules = [] } = type.test;
	const resolved = resolveWithCredentials(structuredClone(request), credentials, workflow, node) as IHttpRequestOptions;
	const requestOptions: IHttpRequestOptions = {
		method: 'GET',
		json: true,
		...resolved,
		url: resolved.url ?? '',
		returnFullResponse: true,
	};

	let body: unknown;
	let httpStatus: number | undefined;
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			credentialType,
			requestOptions,
			{ credentialsDecrypted: { id: 'cred-test', name: 'test', type: credentialType, data: credentials } },
		)) as { body: unknown; statusCode: number };
		body = response.body;
		httpStatus = response.statusCode;
	} catch (error) {
		const { status, statusText } = statusOfError(error);
		if (status !== undefined) {
			for (const rule of rules) {
				if (rule.type === 'responseCode' && rule.properties.value === status) {
					return { status: 'Error', message: rule.properties.message, httpStatus: status };
				}
			}
			return {
				status: 'Error',
				message: statusText || `Received HTTP status code: ${status}`,
				httpStatus: status,
			};
		}
		// No HTTP answer (refused, DNS, TLS…): the system error code, like n8n's credential test.
		const code = (error as { cause?: { code?: unknown } }).cause?.code;
		if (typeof code === 'string' && code !== '') return { status: 'Error', message: code };
		return { status: 'Error', message: (error as Error).message };
	}

	// n8n runs the test through RoutingNode, which splits an array body into items; rules see item 0.
	const firstItem = Array.isArray(body) ? body[0] : body;
	for (const rule of rules) {
		if (rule.type === 'responseSuccessBody' && readPath(firstItem, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message, httpStatus };
		}
	}
	return { status: 'OK', message: 'Connection successful!', httpStatus };
}
