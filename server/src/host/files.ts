// File-system helpers shared by the CLI and the LSP server (the language service itself never touches disk).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileKindOf, type FileAssociations } from "../service/model/file-kind";
import type { LanguageService } from "../service/language-service";

const SKIP_DIRS = new Set(["node_modules", ".git", "out", "dist", ".cache"]);
const MAX_FILES = 5000;

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
      // Files over the size limit are still listed: reading them yields a syntax/file-too-large note, not silence.
      found.push(path.resolve(target));
    }
  };
  for (const p of paths) visit(p, true);
  return found;
}

/** Reads a text file; undefined when it cannot be read. */
export function readText(file: string): string | undefined {
  const read = readTextFile(file, Number.MAX_SAFE_INTEGER);
  return "text" in read ? read.text : undefined;
}

export type ReadResult = { text: string } | { skipped: "not-a-file" | "too-large" | "unreadable"; size?: number };

/**
 * Reads a regular file of at most `limit` bytes. Devices (`/dev/zero`), FIFOs, sockets and directories are never
 * opened for reading (a FIFO would block, a device never ends), and no more than `limit` bytes are read even if the
 * file grows meanwhile.
 */
export function readTextFile(file: string, limit: number): ReadResult {
  let fd: number | undefined;
  try {
    const before = fs.statSync(file);
    if (!before.isFile()) return { skipped: "not-a-file" };
    if (before.size > limit) return { skipped: "too-large", size: before.size };
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { skipped: "not-a-file" };
    if (stat.size > limit) return { skipped: "too-large", size: stat.size };
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { skipped: "too-large", size: length };
    return { text: buffer.toString("utf8", 0, length) };
  } catch {
    return { skipped: "unreadable" };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Puts a file into the service: its text, or (when it is over the service's size limit) an empty document that
 * syntax/file-too-large reports. Throws, with the path, when the file cannot be read at all.
 */
export function loadFile(service: LanguageService, file: string, id: string = file): void {
  const read = readTextFile(file, service.currentSettings.maxFileSize);
  if ("text" in read) service.setDocument(id, read.text);
  else if (read.skipped === "too-large") service.setOversizeDocument(id, read.size ?? 0);
  else throw Object.assign(new Error("cannot be read"), { path: file });
}

/**
 * Loads the `#include` targets of known documents that are not in the workspace yet, from disk next to the
 * including file, repeating for includes of includes. `toId`/`fromId` map between paths and document ids. Only
 * regular files within the size limit are read; others get one syntax/include-skipped finding at the `#include`.
 */
export function loadIncludedFiles(
  service: LanguageService,
  toPath: (id: string) => string | undefined,
  toId: (file: string) => string,
): void {
  const tried = new Set<string>();
  const reads = new Map<string, ReadResult>();
  const limit = service.currentSettings.maxFileSize;
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
        const read = reads.get(file) ?? readTextFile(file, limit);
        reads.set(file, read);
        if ("text" in read) {
          if (tried.has(file)) continue;
          tried.add(file);
          service.setDocument(toId(file), read.text);
          added = true;
        } else if (read.skipped !== "unreadable" || fs.existsSync(file)) {
          service.noteSkippedInclude(doc.uri, line.argument, read.skipped, read.size);
        }
      }
    }
  }
}
