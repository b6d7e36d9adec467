// File URIs and paths: the editor speaks URIs, the host reads paths. Non-file URIs (untitled:, generated docs) have
// no path.
import { fileURLToPath, pathToFileURL } from "node:url";
import * as path from "node:path";

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

/** The workspace folder holding `file`, if any. */
export function folderOf(folders: readonly string[], file: string): string | undefined {
  return folders.find((folder) => !path.relative(folder, file).startsWith(".."));
}
