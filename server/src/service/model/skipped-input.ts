// Input the service was given but did not analyse: documents over the size limit, and `#include` targets the host
// would not read (not a regular file, or over the limit). The language service records them here; the rules
// syntax/file-too-large and syntax/include-skipped report them.
import type { Workspace } from "./workspace";

export interface SkippedInclude {
  /** The including document. */
  from: string;
  /** The `#include` argument as written (trimmed). */
  argument: string;
  reason: "not-a-file" | "too-large" | "unreadable";
  /** Size of the file, when it was too large. */
  size?: number;
  limit: number;
}

export interface OversizeDocument {
  uri: string;
  size: number;
  limit: number;
}

/** The notes of one workspace. Never changed: every change makes a new object, so its identity tells a change. */
export interface SkippedInput {
  /** By `from` + NUL + argument. */
  readonly includes: ReadonlyMap<string, SkippedInclude>;
  readonly oversize: ReadonlyMap<string, OversizeDocument>;
}

const NONE: SkippedInput = { includes: new Map(), oversize: new Map() };
const notes = new WeakMap<Workspace, SkippedInput>();

/** The notes of a workspace; a system view reads those of the workspace it was made from. */
export function skippedInput(workspace: Workspace): SkippedInput {
  return notes.get(workspace.origin) ?? NONE;
}

/** Records a document over the size limit (kept empty in the workspace). */
export function noteOversize(workspace: Workspace, note: OversizeDocument): void {
  const { includes, oversize } = skippedInput(workspace);
  const old = oversize.get(note.uri);
  if (old && old.size === note.size && old.limit === note.limit) return;
  notes.set(workspace.origin, { includes, oversize: new Map(oversize).set(note.uri, note) });
}

/** Forgets a document's oversize note; true when it had one. */
export function forgetOversize(workspace: Workspace, uri: string): boolean {
  const { includes, oversize } = skippedInput(workspace);
  if (!oversize.has(uri)) return false;
  const rest = new Map(oversize);
  rest.delete(uri);
  notes.set(workspace.origin, { includes, oversize: rest });
  return true;
}

/** Records an `#include` target the host did not read. */
export function noteSkippedInclude(workspace: Workspace, note: SkippedInclude): void {
  const { includes, oversize } = skippedInput(workspace);
  const key = includeKey(note.from, note.argument);
  const old = includes.get(key);
  if (old && old.reason === note.reason && old.size === note.size && old.limit === note.limit) return;
  notes.set(workspace.origin, { includes: new Map(includes).set(key, note), oversize });
}

export function includeKey(from: string, argument: string): string {
  return from + "\u0000" + argument.trim();
}

/** `5 MB`, `812 KB`, `300 bytes`: a size as people read it. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${bytes} bytes`;
}

/** Where the size limit is set, for messages that name it. */
export const LIMIT_SETTING = "the vicidialCarriers.maxFileSize setting, or --max-file-size on the command line";
