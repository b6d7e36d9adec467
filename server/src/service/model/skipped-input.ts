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

export interface SkippedInput {
  /** By `from` + NUL + argument. */
  includes: Map<string, SkippedInclude>;
  oversize: Map<string, OversizeDocument>;
}

const notes = new WeakMap<Workspace, SkippedInput>();

export function skippedInput(workspace: Workspace): SkippedInput {
  let found = notes.get(workspace);
  if (!found) {
    found = { includes: new Map(), oversize: new Map() };
    notes.set(workspace, found);
  }
  return found;
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
