// Which system (one Asterisk server's files) each document belongs to: the nearest folder above it holding a main
// conf file, else the only such folder for records and files included by name, else the deepest system root.
import type { AnalyzedDocument } from "./analyzed-document";
import { includeArguments } from "./analyzed-document";
import { baseName } from "./file-kind";
import { dirName, isMainFile, normalisePath } from "./include-paths";

/** Folders holding a main conf file. */
function mainFolders(uris: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const uri of uris) if (isMainFile(uri)) folders.add(dirName(uri));
  return folders;
}

/** True when a folder holding a main conf file (sip.conf, extensions.conf ...) contains the document. */
function underMainFolder(uri: string, folders: Set<string>): boolean {
  for (let folder = dirName(uri); folder.length > 0; folder = dirName(folder)) if (folders.has(folder)) return true;
  return false;
}

/** The lower-case file names that a document under a main folder `#include`s by name (globs left out). */
function includedFileNames(docs: Iterable<AnalyzedDocument>, folders: Set<string>): Set<string> {
  const names = new Set<string>();
  for (const doc of docs) {
    if (!underMainFolder(doc.uri, folders)) continue;
    for (const argument of includeArguments(doc)) if (!/[*?[]/.test(argument)) names.add(baseName(normalisePath(argument.trim())).toLowerCase());
  }
  return names;
}

/** What decides a document's system besides its own uri. */
export interface SystemClues {
  mainFolders: Set<string>;
  includedNames: Set<string>;
  /** Folders the host names as systems of their own (no trailing slash). */
  roots: readonly string[];
}

/** The system of a document (a folder uri, or "" for the unnamed one); `doc` is undefined for an unknown uri. */
export function systemKeyFor(uri: string, doc: AnalyzedDocument | undefined, clues: SystemClues): string {
  const folders = clues.mainFolders;
  for (let folder = dirName(uri); folder.length > 0; folder = dirName(folder)) {
    if (folders.has(folder)) return folder;
  }
  // Carrier and template records are one server's carriers wherever they sit, and a file some conf file includes
  // by name is part of that server: with no main file above them they join the only system there is.
  const kind = doc?.kind.kind;
  const joins = kind === "carrier" || kind === "template" || clues.includedNames.has(baseName(uri).toLowerCase());
  if (joins && folders.size === 1) return folders.values().next().value as string;
  // Any other file under a folder named on the command line (or an editor workspace folder) belongs to that
  // folder's system: another folder's sip.conf does not adopt it.
  let best = "";
  for (const root of clues.roots) {
    if (uri.startsWith(root + "/") && root.length > best.length) best = root;
  }
  if (best) return best;
  if (folders.size === 1) return folders.values().next().value as string;
  return "";
}

/** What decides the systems of these documents. */
export function systemClues(docs: ReadonlyMap<string, AnalyzedDocument>, roots: readonly string[]): SystemClues {
  const folders = mainFolders(docs.keys());
  return { mainFolders: folders, includedNames: includedFileNames(docs.values(), folders), roots };
}

/** The system of every document, by uri. */
export function systemKeys(docs: ReadonlyMap<string, AnalyzedDocument>, roots: readonly string[]): Map<string, string> {
  const clues = systemClues(docs, roots);
  const keys = new Map<string, string>();
  for (const [uri, doc] of docs) keys.set(uri, systemKeyFor(uri, doc, clues));
  return keys;
}
