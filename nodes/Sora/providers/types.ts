import type { IDataObject } from 'n8n-workflow';

import type { StatusVocabulary } from './read';

export type ProviderId = 'gccai' | 'yutoai' | 'yutoaiLegacy' | 'evolink' | 'xingchao' | 'openai';

export type Resolution = '480p' | '512p' | '540p' | '720p' | '768p' | '1024p' | '1080p' | '4k';

export type AspectRatio = '16:9' | '9:16' | '1:1' | '4:3' | '3:4' | '3:2' | '2:3' | '21:9' | 'adaptive';

/** The model line a model belongs to; the editor leads each model name with it. */
export type ModelFamily = 'sora' | 'veo' | 'seedance' | 'kling' | 'wan' | 'hailuo' | 'grok' | 'vidu';

/**
 * How a model's contract is known (video-models.md legend): from the provider's own docs, only from
 * third-party material, or inferred. Anything but `documented` is said in the editor and the README.
 */
export type Evidence = 'documented' | 'thirdParty' | 'inferred';

/** A body value of one of a model's own types. */
export type BodyValue = string | number | boolean;

/**
 * Where each normalized input goes in a model's create body. A concept with no entry is not sent
 * (e.g. a fixed duration). Keys differ per model even within one provider (video-models.md §0.3).
 */
export interface BodyMap {
	duration?: { key: string; type: 'integer' | 'string' };
	/** `values` maps a normalized tier to the provider's own value (`1080P`, `pro`, `true` …). */
	resolution?: { key: string; values?: Partial<Record<Resolution, BodyValue>> };
	/**
	 * `textToVideoOnly`: not sent with a start image, whose own ratio the model follows (APIMart Vidu, Wan 2.6).
	 * `values` maps a normalized ratio to the provider's own word (EvoLink Veo, Grok 1.5: `adaptive` → `auto`).
	 */
	aspectRatio?: { key: string; textToVideoOnly?: boolean; values?: Partial<Record<AspectRatio, BodyValue>>; omitAdaptive?: boolean };
	audio?: { key: string; on: BodyValue; off: BodyValue };
	negativePrompt?: { key: string };
	seed?: { key: string };
	/**
	 * The start (or single reference) image: a one-element array or a plain string. `role` sends it as
	 * `{ url, role }` in an array that reference images may join (APIMart wan2.7-r2v `first_frame`).
	 */
	image?: { key: string; type: 'array' | 'string'; role?: string };
	/**
	 * Its own key for the last frame; without one, the last frame follows the start image in its array.
	 * With `role` (and a start image with a role) it follows the start image as `{ url, role }`.
	 */
	lastFrame?: { key: string; role?: string };
	/** Sent only with a first + last frame pair (e.g. APIMart Veo `generation_type: frame`). */
	frameConstants?: IDataObject;
	/** Sent with every request of this model. */
	constants?: IDataObject;
}

/**
 * One kind of reference input (image, video or audio) a model takes by URL, and where it goes.
 * `roleItem` sends each URL as `{ url, role }` (APIMart `image_with_roles`); `single` sends one string
 * (EvoLink Kling O3 `video_url`). Extensions are checked only where the URL path carries one.
 */
export interface ReferenceKindSpec {
	key: string;
	min?: number;
	max: number;
	extensions?: string[];
	roleItem?: { role: string };
	single?: boolean;
	/** Also takes `asset://<id>` values from the provider's asset library (GlobalAI OPC). */
	assetIds?: boolean;
	/** A documented limit the node cannot check from a URL (length, size, pixels), shown in the editor. */
	limits?: string;
	/**
	 * Each entry names the reference image or video it belongs to, `image1=<url>` or `video2=<url>` (1-based
	 * per kind, as the prompt counts them); sent as one object `{ image1: url, video2: url }` under `key`
	 * inside the object `parent` (EvoLink Wan 2.7 voices: `model_params.voice_bindings`).
	 */
	boundTo?: { parent: string };
}

export type ReferenceKind = 'images' | 'videos' | 'audios';

/**
 * Elements the provider made beforehand from the user's images (EvoLink's helper model
 * `kling-custom-element`, whose result is an element id): the node takes existing ids and sends them as
 * `[{ <itemKey>: id }]` under `key` inside the object `parent`, in the order given. They count with the
 * images (the start image included) toward `maxWithImages`.
 */
export interface ElementSpec {
	key: string;
	itemKey: string;
	parent: string;
	/** The editor field's label (the provider's own word for these elements). */
	displayName: string;
	/** Images (start image and reference images) + elements together. */
	maxWithImages: number;
	/** Elements at most when a start image is given. */
	maxWithStartImage?: number;
	/** How the prompt names the elements, e.g. `<<<element_1>>>`. */
	promptTags: string;
	/** What an element must be, and where its id comes from, shown in the editor. */
	limits?: string;
}

/**
 * What a model takes beyond one start image (video-modes-and-callbacks.md §2): reference images, videos
 * and audio, or the video to edit or extend. Declared like durations; the editor fields and the checks
 * before any request are generated from it.
 */
export interface ReferenceSpec {
	/** `edit` / `extend`: the first video is the one edited or extended (and it is required). */
	mode: 'reference' | 'edit' | 'extend';
	images?: ReferenceKindSpec;
	videos?: ReferenceKindSpec;
	audios?: ReferenceKindSpec;
	/** The start image (Reference Image URL) is sent as reference image 1, under the same key. */
	startImageIsFirst?: boolean;
	/** Images + videos together (Wan 2.7: 5). */
	maxVisual?: number;
	/** Images + videos together at least (Wan 2.7 reference: 1). */
	minVisual?: number;
	/** At least one reference of any kind. */
	needsOne?: boolean;
	/** Audio only together with an image or a video (Seedance 2.0). */
	audioNeedsVisual?: boolean;
	/** A start image or last frame cannot be combined with references (GlobalAI, Kling O3 with many images). */
	exclusiveWithFrames?: boolean;
	/** How the prompt names the inputs, e.g. `@image1, @video1, @audio1`; shown in the field descriptions. */
	promptTags: string;
	/** Ids of elements made beforehand (Kling custom elements); see ElementSpec. */
	elements?: ElementSpec;
	/** Sent with any reference input (APIMart Veo `generation_type: reference`). */
	constants?: IDataObject;
	/** What the provider bills or requires that the node can only explain (input seconds billed …). */
	note?: string;
}

/** The reference URLs of one create, each list in the order the user gave (binary images after URLs). */
export interface ReferenceInputs {
	images: string[];
	videos: string[];
	audios: string[];
	/** Element ids (models that declare elements), in the order given. */
	elements?: string[];
}

/** A rule across fields that the editor cannot express; checked before any request. */
export interface ModelRule {
	/** Returns what is wrong with this input, or undefined. */
	check(input: CreateInput): string | undefined;
}

export type TaskStatus = 'queued' | 'processing' | 'completed' | 'failed';

/** One model as the provider sells it: every list here is what the provider accepts. */
export interface ModelSpec {
	id: string;
	displayName: string;
	description?: string;
	/** In seconds; -1 is "the model decides the length", 0 "as long as the input video", where documented. */
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
	/** Defaults to `sora`. */
	family?: ModelFamily;
	/** Defaults to `documented`; `note` says what is not documented, shown in the editor and README. */
	evidence?: { level: Evidence; note?: string };
	/** Whether a last frame can follow the start image (first + last frame mode). */
	supportsLastFrame?: boolean;
	/** Offers an audio on/off switch with this default. */
	audio?: { default: boolean };
	supportsNegativePrompt?: boolean;
	/** Offers a seed in this range. */
	seed?: { min: number; max: number };
	/** The model's field mapping; models without one use their provider's own create builder. */
	body?: BodyMap;
	/** A create path other than the provider's usual one (GlobalAI OPC: one path per family). */
	createPath?: string;
	rules?: ModelRule[];
	/** References, or the source video of an edit or extension; see ReferenceSpec. */
	references?: ReferenceSpec;
	/**
	 * Values the provider's own guide mentions but its API spec does not list (OpenAI: 16/20 s, 1080p):
	 * offered and accepted in node version 1 only (its saved workflows hold them), labelled there as
	 * working only where the endpoint takes them; version 2 offers the spec's values only.
	 */
	beyondSpec?: { durations?: number[]; resolutions?: Resolution[]; label: string };
	/** Start and last-frame image types this model's page lists, where narrower than the provider's. */
	imageFormats?: ImageFormat[];
	/**
	 * The documented default ratio where it is not the first one listed. The editor starts there from
	 * node version 2; version 1 keeps the first ratio, which its saved workflows were created with.
	 */
	defaultAspectRatio?: AspectRatio;
	/**
	 * Why the editor no longer lists this model (no provider page documents it). It still runs, so
	 * saved workflows keep working; new ones can send the id as a custom model.
	 */
	unlisted?: string;
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
	lastFrameUrl?: string;
	/** Present only for models that offer each of these. */
	generateAudio?: boolean;
	negativePrompt?: string;
	seed?: number;
	/** A checked image from n8n binary data, where the provider takes the file itself (multipart). */
	imageFile?: ImageFile;
	lastFrameFile?: ImageFile;
	/** Image Source is Binary Data: the start image arrives after validation (read, checked, maybe uploaded). */
	startImageFromBinary?: boolean;
	/** Present for models that declare references (empty lists when none were given). */
	references?: ReferenceInputs;
	/** How many reference images come from binary data: known from the property names before the bytes are read. */
	referenceImagesFromBinary?: number;
	/** Reference images from n8n binary data, uploaded just before the create (their URLs follow the URL ones). */
	referenceImageFiles?: ImageFile[];
	extras: IDataObject;
	/**
	 * A custom (uncatalogued) model's create call, built from its free fields; it replaces the
	 * provider's builder, and `model` then only carries the id (its lists are empty).
	 */
	customRequest?: HttpCall;
}

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif';

/**
 * An image from n8n's binary store, already checked; opened anew for every attempt: a stream in
 * filesystem/database mode, the bytes n8n already holds in memory mode.
 */
export interface ImageFile {
	fileName: string;
	mimeType: string;
	format: ImageFormat;
	byteLength: number;
	width: number;
	height: number;
	open(): Promise<Buffer | NodeJS.ReadableStream>;
}

/** One multipart/form-data field: text, or a file streamed from n8n's binary store. */
export type FormField = { name: string; value: string } | { name: string; file: ImageFile };

export interface HttpCall {
	method: 'GET' | 'POST' | 'DELETE';
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
	/** Sent as multipart/form-data instead of a JSON body. */
	form?: FormField[];
	headers?: Record<string, string>;
}

/** A provider's own image upload (it returns a URL the create then uses). */
export interface ImageUploadSpec {
	/** The absolute upload URL, from the credential's base URL (or its files URL where another host serves uploads). */
	url(baseUrl: string, filesBaseUrl?: string): string | undefined;
	/** Says where the upload URL comes from when `url` cannot derive it. */
	urlHint: string;
	fileField: string;
	/**
	 * Each upload that arrives stores a new object (APIMart): repeated only when it provably never
	 * reached the provider or was refused with 429, like a create.
	 */
	retriedOnlyIfNeverSent?: boolean;
	/** Returns the uploaded image's URL; throws a ProviderResponseError when the answer has none. */
	parse(body: unknown): string;
}

/** How this provider takes an image that arrives as n8n binary data, and what it accepts. */
export interface ImageInputSpec {
	/** multipart: the create carries the file; dataUrl: base64 in the JSON body; upload: upload, then its URL; none. */
	binary: 'multipart' | 'dataUrl' | 'upload' | 'none';
	upload?: ImageUploadSpec;
	/** What the provider takes instead, named in the error when `binary` is `none`. */
	accepts?: string;
	formats: ImageFormat[];
	/** The largest file the provider documents, in bytes. */
	maxBytes?: number;
	/** Exact pixel sizes a model requires for a ratio; undefined when any size is taken. */
	pixelSizes?(model: ModelSpec, aspectRatio: AspectRatio): Array<{ width: number; height: number }> | undefined;
}

/** A remix: a new video from a finished task and a new prompt; model/duration/ratio only where the provider takes them. */
export interface RemixInput {
	taskId: string;
	prompt: string;
	model?: ModelSpec;
	duration?: number;
	aspectRatio?: AspectRatio;
}

/** One page of the provider's stored videos (OpenAI `GET /videos`). */
export interface VideoPage {
	videos: unknown[];
	hasMore: boolean;
	lastId: string | null;
}

/** What the provider says a task cost, in its own unit (`credits`, `usd` …). */
export interface TaskCost {
	amount: number;
	unit: string;
}

/** An HTTP answer that was not a success, as the transport saw it. */
export interface FailedAnswer {
	httpStatus: number | null;
	body: unknown;
	message: string;
}

/** The provider's live model list (List Models). */
export interface ModelListSpec {
	request: HttpCall;
	/** The model ids in the answer; video models only where the answer says which are video. */
	parse(body: unknown): string[];
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
	/** The model id sent at create, or the one the status body names; null when neither is known. */
	model?: string | null;
	/** What the provider says the task cost, where it reports it. */
	cost?: TaskCost | null;
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
	/**
	 * Where a custom (uncatalogued) model's free duration, resolution and ratio go: the keys most of
	 * this provider's models use; `path` picks the create path from the model id where paths differ.
	 */
	customModel?: { body: BodyMap; path?(modelId: string): string };
	/** The live model list where the provider documents one; List Models says so when absent. */
	modelList?: ModelListSpec;
	/** Whether a refused create (or a failed task) says the model is unknown, retired or has no channel. */
	isModelUnavailable?(answer: FailedAnswer): boolean;
	/** The cost a create or status body reports, or null. */
	readCost?(raw: unknown): TaskCost | null;
	/** Provider-specific task-id rule, on top of the generic path-safety check. */
	taskIdPattern?: { pattern: RegExp; description: string };
	/** The provider calls one URL per task when it ends: the extra field that carries that URL. */
	callback?: CallbackSpec;
	/** How a binary image reaches this provider; URL only when absent. */
	imageInput?: ImageInputSpec;
	/** Remix: the answer is read like a create answer (a new task id). */
	buildRemixRequest?(input: RemixInput): HttpCall;
	/** Models a remix may name, where the provider's remix takes a model (APIMart, EvoLink). */
	remixModels?: ModelSpec[];
	/** List Videos (`GET /videos`, paginated). */
	videoList?: { request(after: string | undefined, limit: number): HttpCall; parse(body: unknown): VideoPage };
	/** Delete Video. */
	buildDeleteRequest?(taskId: string): HttpCall;
}

export interface CallbackSpec {
	/** Name of the extra field (ExtraFieldSpec.name) whose value becomes the per-task callback URL. */
	field: string;
	/** The provider calls only https:// URLs (loopback http is still allowed, for local simulators). */
	httpsOnly: boolean;
}
