// File-system helpers shared by the CLI and the LSP server (the language service itself never touches disk).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileKindOf, type FileAssociations } from "../service/model/file-kind";
import type { LanguageService } from "../service/language-service";

const SKIP_DIRS = new Set(["node_modules", ".git", "out", "dist", ".cache"]);
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Files under the given paths that the service recognises (a file named explicitly is always taken). */
export function collectFiles(paths: string[], associations: FileAssociations = {}): string[] {
  const found: string[] = [];
  const visit = (target: string, explicit: boolean) => {
    if (found.length >= MAX_FILES) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) {
        if (SKIP_DIRS.has(entry) || entry.startsWith(".")) continue;
        visit(path.join(target, entry), false);
      }
    } else if (stat.isFile() && (explicit || fileKindOf(target, associations).kind !== "unknown")) {
      if (stat.size <= MAX_FILE_BYTES) found.push(path.resolve(target));
    }
  };
  for (const p of paths) visit(p, true);
  return found;
}

/** Reads a text file; undefined when it cannot be read. */
export function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * Loads the `#include` targets of known documents that are not in the workspace yet, from disk next to the
 * including file, repeating for includes of includes. `toId`/`fromId` map between paths and document ids.
 */
export function loadIncludedFiles(
  service: LanguageService,
  toPath: (id: string) => string | undefined,
  toId: (file: string) => string,
): void {
  const tried = new Set<string>();
  let added = true;
  while (added) {
    added = false;
    for (const doc of service.workspace.documents()) {
      const from = toPath(doc.uri);
      if (!from || !doc.conf) continue;
      for (const line of doc.conf.lines) {
        if (line.kind !== "directive" || (line.name !== "include" && line.name !== "tryinclude")) continue;
        const resolved = service.workspace.resolveInclude(doc.uri, line.argument);
        if (resolved !== undefined && resolved !== "generated") continue;
        const file = path.resolve(path.dirname(from), line.argument.trim());
        if (tried.has(file)) continue;
        tried.add(file);
        const text = readText(file);
        if (text !== undefined) {
          service.setDocument(toId(file), text);
          added = true;
        }
      }
    }
  }
}
