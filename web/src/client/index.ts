/** The Parley TypeScript client: framework-free, usable without the React app. */
export { ParleyClient, type ClientOptions, type ClientEvents } from "./client";
export type { ConnectionState, SocketLike, SocketFactory } from "./connection";
export type { TimelineSnapshot } from "./timeline";
export type { PendingMessage } from "./outbox";
export type { TokenProvider } from "./token";
export { RestApi, readProblem, type FetchLike, type CreateRoomInput, type HistoryQuery } from "./rest";
export { MemberDirectory } from "./members";
export { FileLinks, expiresAt } from "./fileLinks";
export { Uploads, UPLOAD_CANCELLED, binarySize, checkSize, voiceName, type UploadOptions, type VoiceOptions, type UploadProgress, type XhrFactory, type XhrLike } from "./uploads";
export { InvitationBox } from "./invitations";
export { ParleyError, AUTH_CODES, NETWORK_ERROR, isParleyError } from "./problem";
export { backoffDelay, restartDelay, BACKOFF_BASE_MS, BACKOFF_MAX_MS } from "./backoff";
export { newClientId } from "./ids";
export type * from "./types";
export { mentionsUser } from "./rooms";
export { ReadyProbe, readyUrlOf, PROBE_FAST_MS, PROBE_SLOW_MS } from "./readyProbe";
