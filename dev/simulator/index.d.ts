import type { IncomingHttpHeaders } from 'http';

/** Provider dialects the simulator speaks; the same ids as the node's providers. */
export type ProviderId = 'gccai' | 'yutoai' | 'yutoaiLegacy' | 'evolink' | 'xingchao' | 'openai';

/** What a logged request was for. `credentialTest` = balance/credits/models routes; `modelList` = a live model list (List Models). */
export type RouteKind =
  | 'create'
  | 'status'
  | 'download'
  | 'credentialTest'
  | 'modelList'
  // OpenAI-compatible List/Delete Videos and remix (APIMart too); provider image uploads.
  | 'list'
  | 'delete'
  | 'remix'
  | 'upload'
  | 'other';

/**
 * How a task ends. Set by prompt tags (`[fail]`, `[no-url]`, `[unknown-status]`, `[stuck]`) or by
 * `setTaskOutcome`. `stuck` stays processing (progress 99) forever.
 */
export type TaskOutcome = 'complete' | 'fail' | 'no-url' | 'unknown-status' | 'stuck';

/** Provider-neutral state; each dialect renders it in its own words (`unknown` → `MYSTERY_STATE`). */
export type TaskState = 'queued' | 'processing' | 'completed' | 'failed' | 'unknown';

/** State advances on served status polls: `queuedPolls` answers queued, then `processingPolls` processing, then the end. */
export interface PollsLifecycle {
  mode: 'polls';
  queuedPolls: number;
  processingPolls: number;
}

/** State follows wall time since create: queued for `queuedMs`, then processing for `renderMs` (progress linear). */
export interface TimeLifecycle {
  mode: 'time';
  renderMs: number;
  /** Default: min(1000, round(renderMs / 10)). */
  queuedMs?: number;
}

export type Lifecycle = PollsLifecycle | TimeLifecycle;
export type ResolvedLifecycle = PollsLifecycle | Required<TimeLifecycle>;

export interface SimulatorOptions {
  /** Only loopback is served. */
  host?: '127.0.0.1';
  /** 0 (default) picks a free port. */
  port?: number;
  /** The only bearer key accepted by API routes. */
  apiKey: string;
  /** Default: `{ mode: 'polls', queuedPolls: 1, processingPolls: 2 }` (completed on the 4th status poll). */
  lifecycle?: Lifecycle;
  /** Size of every served MP4; generated on the fly (sample bytes, then a `free` box). Default: the ~2 KB sample. */
  videoBytes?: number;
  /** `estimated_time` reported by gccai/evolink. Default: time mode ceil((queuedMs + renderMs) / 1000), polls mode 5. */
  estimatedSeconds?: number;
}

export type HttpFaultStatus = 400 | 401 | 402 | 403 | 404 | 408 | 409 | 413 | 429 | 500 | 502 | 503 | 504;

/** Answer `status`; body defaults to the provider's error envelope. */
export interface HttpFault {
  type: 'http';
  status: HttpFaultStatus;
  retryAfterSeconds?: number;
  /**
   * Sent verbatim (application/json when it parses as JSON, else text/plain), except that every
   * `{{authorization}}` becomes the Authorization header of the request, as a leaky gateway would echo it.
   */
  body?: string;
}
/** Destroy the socket without answering. */
export interface ResetFault {
  type: 'reset';
}
/** Answer nothing for `ms` (max 600000), then destroy the socket. */
export interface HangFault {
  type: 'hang';
  ms: number;
}
/** 200 text/html gateway page. */
export interface HtmlFault {
  type: 'html';
}
/** 200 application/json with a broken JSON body. */
export interface MalformedJsonFault {
  type: 'malformed-json';
}
/** Download only: full Content-Length, half the bytes, then the socket ends. */
export interface TruncateFault {
  type: 'truncate';
}
/** Download only: file host 403 (S3-style AccessDenied XML); OpenAI /content 404 envelope. */
export interface ExpiredFault {
  type: 'expired';
}
/** Create only: the task really is created (and logged with its taskId), then `status` (default 502) is answered. */
export interface CreateThen5xxFault {
  type: 'create-then-5xx';
  status?: 500 | 502 | 503 | 504;
}

export type Fault =
  | HttpFault
  | ResetFault
  | HangFault
  | HtmlFault
  | MalformedJsonFault
  | TruncateFault
  | ExpiredFault
  | CreateThen5xxFault;
export type FaultType = Fault['type'];

/** `any` matches every route kind except control routes. */
export type FaultRoute = 'create' | 'status' | 'download' | 'credentialTest' | 'modelList' | 'list' | 'delete' | 'remix' | 'upload' | 'any';

interface FaultRuleBase {
  /**
   * Only requests of this provider (file downloads count as the task's provider; `files` = file
   * requests for unknown tasks). Omitted: any provider.
   */
  provider?: ProviderId | 'files';
  /** How many matching requests this rule spoils (default 1). Rules are consumed in insertion order. */
  times?: number;
}

export type FaultRule =
  | (FaultRuleBase & { route: FaultRoute; fault: HttpFault | ResetFault | HangFault | HtmlFault | MalformedJsonFault })
  | (FaultRuleBase & { route: 'download' | 'any'; fault: TruncateFault | ExpiredFault })
  | (FaultRuleBase & { route: 'create' | 'any'; fault: CreateThen5xxFault });

export interface PendingFault {
  provider: ProviderId | 'files' | undefined;
  route: FaultRoute;
  /** Uses left. */
  times: number;
  fault: Fault;
}

export interface RequestLogEntry {
  /** File downloads carry the owning task's provider; `files` when the task is unknown. */
  provider: ProviderId | 'files' | 'unknown';
  route: RouteKind;
  method: string;
  /** Raw request target, query included. */
  path: string;
  /** Lower-cased names; `authorization` verbatim (absent when the client sent none). */
  headers: IncomingHttpHeaders;
  /** Parsed JSON / form / multipart fields (files as `{ filename, contentType, bytes }`), else null. */
  body: unknown;
  /** ms since epoch, when the request body had been read. */
  at: number;
  /** From the path, or the created task's id for creates. */
  taskId?: string;
  /** HTTP status sent; absent while pending or when the socket was destroyed (reset/hang). */
  status?: number;
  /** The fault applied to this request, if any. */
  fault?: FaultType;
}

export interface TaskView {
  state: TaskState;
  progress: number;
  /** Completed with a video (false for `no-url`). */
  hasVideo: boolean;
  startedAt: number | null;
  finishedAt: number | null;
}

export interface SimulatedTask {
  readonly id: string;
  readonly provider: ProviderId;
  /** The create body as received. */
  readonly body: Record<string, unknown>;
  readonly prompt: string;
  readonly model: string;
  /** ms since epoch. */
  readonly createdAt: number;
  readonly outcome: TaskOutcome;
  /** From a `[render-ms=N]` prompt tag, else null. */
  readonly renderMs: number | null;
  readonly lifecycle: ResolvedLifecycle;
  readonly estimatedSeconds: number;
  /** Status polls that were answered normally (faulted polls do not advance a task). */
  readonly statusPolls: number;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  /** State as of now without counting a poll. */
  readonly state: TaskState;
  readonly progress: number;
  peek(now?: number): TaskView;
}

/**
 * One task created with a callback URL: yutoai `notify_hook` or evolink `callback_url`.
 * When the task ends (completed or failed) the simulator POSTs the provider's status body (the same
 * JSON a status poll returns at that moment) to `url`. Time lifecycle / `[render-ms=N]` tasks call back
 * at their end time; polls-lifecycle tasks when a served status poll first sees them ended; `[stuck]` and
 * `[unknown-status]` tasks never. Only http:// loopback URLs (127.0.0.0/8, localhost, [::1]) are called;
 * others are `refused`. 10 s timeout per attempt, up to 3 retries after 1/2/4 s; any 2xx = delivered.
 */
export interface CallbackLogEntry {
  taskId: string;
  provider: 'yutoai' | 'evolink';
  url: string;
  /** pending → sending → delivered | failed; refused (never sent); not-ended (outcome turned stuck/unknown). */
  state: 'pending' | 'sending' | 'delivered' | 'failed' | 'refused' | 'not-ended';
  /** Why a `refused` URL was not called. */
  reason?: string;
  /** The task state the callback reports. */
  taskState?: 'completed' | 'failed';
  /** The JSON body POSTed (the provider's status answer). */
  body?: unknown;
  /** One per POST: the HTTP status answered (plus up to 2000 chars of its body) or the network error. */
  attempts: Array<{ at: number; ms: number; status?: number; response?: string; error?: string }>;
}

export interface SimulatorHandle {
  /** e.g. `http://127.0.0.1:40123`. */
  readonly origin: string;
  readonly port: number;
  readonly apiKey: string;
  /** Live log (cleared in place by reset); control routes are not logged. */
  readonly requests: readonly RequestLogEntry[];
  /** Live map, task id → task. */
  readonly tasks: ReadonlyMap<string, SimulatedTask>;
  /** Live log of provider callbacks (cleared in place by reset, which also cancels pending ones). */
  readonly callbacks: readonly CallbackLogEntry[];
  /** The base URL a credential would hold (yutoai and yutoaiLegacy share `${origin}/yutoai`). */
  baseUrl(providerId: ProviderId): string;
  /** Where a completed task's video (mp4) or thumbnail (jpg) is served, without auth. */
  fileUrl(taskId: string, ext?: 'mp4' | 'jpg'): string;
  /** Every status request for this id, faulted ones included. */
  statusPollsFor(taskId: string): number;
  /** Throws TypeError on an invalid rule; an array is added all-or-nothing. */
  injectFault(rule: FaultRule | readonly FaultRule[]): void;
  pendingFaults(): PendingFault[];
  /** Throws RangeError for an unknown task id. */
  setTaskOutcome(taskId: string, outcome: TaskOutcome): void;
  /** Clears tasks, faults, the request log, poll counts and callbacks (pending ones are cancelled). */
  reset(): void;
  /** Closes the server and every open connection. Idempotent. */
  close(): Promise<void>;
}

export function startSimulator(options: SimulatorOptions): Promise<SimulatorHandle>;

export const PROVIDER_IDS: readonly ProviderId[];
/** Path of each provider's base URL under the origin. */
export const BASE_PATHS: Readonly<Record<ProviderId, string>>;
export const FAILURE_REASON: 'Simulated content policy violation';
export const OUTCOMES: readonly TaskOutcome[];
export const MYSTERY_STATE: 'MYSTERY_STATE';
/** The default MP4 body (1 s, 64×64 H.264). */
export const SAMPLE_MP4: Buffer;
