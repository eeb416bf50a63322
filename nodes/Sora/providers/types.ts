import type { IDataObject } from 'n8n-workflow';

import type { StatusVocabulary } from './read';

export type ProviderId = 'gccai' | 'yutoai' | 'yutoaiLegacy' | 'evolink' | 'xingchao' | 'openai';

export type Resolution = '480p' | '720p' | '1024p' | '1080p';

export type AspectRatio = '16:9' | '9:16' | '1:1';

export type TaskStatus = 'queued' | 'processing' | 'completed' | 'failed';

/** One model as the provider sells it: every list here is what the provider accepts. */
export interface ModelSpec {
	id: string;
	displayName: string;
	description?: string;
	durations: number[];
	defaultDuration: number;
	aspectRatios: AspectRatio[];
	resolutions: Resolution[];
	/** Narrower resolution lists for some durations (e.g. EvoLink archived sora-2-pro: 15 s is high only). */
	resolutionsByDuration?: Record<number, Resolution[]>;
	/** In characters; only where the provider documents a character limit. */
	promptMaxLength?: number;
	supportsImage: boolean;
	/** Seed-era or archived model that the provider may have retired. */
	legacy?: boolean;
}

/** A provider-only create option, rendered as its own node parameter. */
export interface ExtraFieldSpec {
	name: string;
	displayName: string;
	type: 'boolean' | 'string' | 'number';
	default: boolean | string | number;
	description: string;
	placeholder?: string;
	/** For multi-line text. */
	rows?: number;
	/** Restrict to these model ids; all models when absent. */
	models?: string[];
	/** For numbers. */
	minValue?: number;
	maxValue?: number;
	/** The value is a URL that the provider will call or fetch. */
	url?: { httpsOnly: boolean };
	/** Extra rule for a non-empty value: returns what is wrong, or undefined. */
	check?: (value: string | number | boolean) => string | undefined;
}

export interface ImageRules {
	/** Lower-case extensions the provider documents; any extension when absent. */
	extensions?: string[];
	allowDataUrl: boolean;
}

/** What the node validated and hands to a provider: every value is already allowed. */
export interface CreateInput {
	model: ModelSpec;
	prompt: string;
	duration: number;
	aspectRatio: AspectRatio;
	resolution: Resolution;
	imageUrl?: string;
	extras: IDataObject;
}

export interface HttpCall {
	method: 'GET' | 'POST';
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
}

export interface NormalizedError {
	code: string | null;
	message: string;
}

/** The node's output contract for every provider and operation. */
export interface NormalizedTask {
	provider: ProviderId;
	taskId: string;
	status: TaskStatus;
	providerStatus: string | null;
	progress: number | null;
	videoUrl: string | null;
	thumbnailUrl: string | null;
	expiresAt: string | null;
	error: NormalizedError | null;
	raw: unknown;
}

/** Extra facts a status body may carry that help the waiter poll less. */
export interface PollHints {
	/** Seconds the provider expects the whole task to take. */
	estimatedSeconds?: number;
}

export interface StatusContext {
	taskId: string;
	baseUrl: string;
}

/**
 * Everything the node knows about one provider. Adding a provider means writing one of these,
 * one credential file and fixtures; nothing else changes.
 */
export interface ProviderSpec {
	id: ProviderId;
	displayName: string;
	credentialType: string;
	credentialDisplayName: string;
	documentationUrl: string;
	models: ModelSpec[];
	extraFields: ExtraFieldSpec[];
	imageRules: ImageRules;
	/** The provider's status words for each normalized status (matched case-insensitively). */
	statusVocabulary: StatusVocabulary;
	/** Header that makes a create safe to repeat (APIMart's Idempotency-Key). */
	idempotencyHeader?: string;
	buildCreateRequest(input: CreateInput): HttpCall;
	/** Returns the new task id; throws a ProviderResponseError when the body has none. */
	parseCreateResponse(body: unknown): string;
	buildStatusRequest(taskId: string): HttpCall;
	parseStatusResponse(body: unknown, context: StatusContext): NormalizedTask;
	pollHints?(raw: unknown): PollHints;
	/** Where to fetch the MP4 when it must be fetched with the API key (OpenAI's /content). */
	buildAuthenticatedDownload?(taskId: string): HttpCall;
	/** Provider-specific task-id rule, on top of the generic path-safety check. */
	taskIdPattern?: { pattern: RegExp; description: string };
}
