// File-system helpers shared by the CLI and the LSP server (the language service itself never touches disk).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileKindOf, type FileAssociations } from "../service/model/file-kind";
import type { LanguageService } from "../service/language-service";
import { expandBraces, isGlobPattern, segmentMatches } from "../service/util/glob";

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

/** Reads a text file; undefined when it cannot be read, is not text or is not a regular file. */
export function readText(file: string): string | undefined {
  const read = readTextFile(file);
  return "text" in read ? read.text : undefined;
}

/** A file's text, why it is not text, or why it was not read. */
export type ReadResult = { text: string } | { binary: string } | { skipped: "not-a-file" | "too-large" | "unreadable"; size?: number };

/** Share of undecodable bytes or control characters above which a file is taken for binary. */
const MAX_NON_TEXT_SHARE = 0.05;

/**
 * Reads a regular file of at most `limit` bytes as UTF-8 text. Devices (`/dev/zero`), FIFOs, sockets and directories
 * are never opened for reading (a FIFO would block, a device never ends), no more than `limit` bytes are read even if
 * the file grows meanwhile, and a file that is not text (a NUL byte, or more than a few bytes in a hundred that are
 * not UTF-8 or are control characters) is reported as binary, so its bytes are never handed to the parser or echoed.
 */
export function readTextFile(file: string, limit = Number.MAX_SAFE_INTEGER): ReadResult {
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
    return decodeText(buffer.subarray(0, length));
  } catch {
    return { skipped: "unreadable" };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Puts a file into the service: its text, or (when it is over the service's size limit) an empty document that
 * syntax/file-too-large reports. A file that is not text is left out: the reason is returned (its bytes are never
 * read into the service). Throws, with the path, when the file cannot be read at all.
 */
export function loadFile(service: LanguageService, file: string, id: string = file): string | undefined {
  const read = readTextFile(file, service.currentSettings.maxFileSize);
  if ("text" in read) service.setDocument(id, read.text);
  else if ("binary" in read) return read.binary;
  else if (read.skipped === "too-large") service.setOversizeDocument(id, read.size ?? 0);
  else throw Object.assign(new Error("cannot be read"), { path: file });
  return undefined;
}

/** What `decodeText` counts as not text: a character UTF-8 decoding replaced, or a control other than tab, LF, FF, CR. */
const ODD_CHARACTERS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** UTF-8 text of the bytes, or why they are not text (see `readTextFile`). */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { binary: "it holds NUL bytes" };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  // Counted by one native pass, which leaves a text without any (most files) as it is.
  const odd = text.length - text.replace(ODD_CHARACTERS, "").length;
  if (odd > 0 && odd / Math.max(text.length, 1) > MAX_NON_TEXT_SHARE) {
    return { binary: `${Math.round((odd / text.length) * 100)}% of it is not UTF-8 text` };
  }
  return { text };
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
        const argument = line.argument.trim();
        const pattern = isGlobPattern(argument);
        const resolved = service.workspace.resolveInclude(doc.uri, argument);
        if (!pattern && resolved !== undefined && resolved !== "generated") continue;
        const files = pattern ? globOnDisk(path.dirname(from), argument) : [path.resolve(path.dirname(from), argument)];
        for (const file of files) {
          const read = reads.get(file) ?? readTextFile(file, limit);
          reads.set(file, read);
          if ("text" in read) {
            if (tried.has(file)) continue;
            tried.add(file);
            service.setDocument(toId(file), read.text);
            added = true;
          } else if ("binary" in read) {
            service.noteSkippedInclude(doc.uri, line.argument, "not-a-file");
          } else if (read.skipped !== "unreadable" || fs.existsSync(file)) {
            service.noteSkippedInclude(doc.uri, line.argument, read.skipped, read.size);
          }
        }
      }
    }
  }
}

/** The files an `#include` pattern (`dir/*.conf`, `{a,b}.conf`) matches on disk, relative to `base`, in name order. */
export function globOnDisk(base: string, argument: string): string[] {
  const found = new Set<string>();
  for (const pattern of expandBraces(argument)) {
    let current = [pattern.startsWith("/") ? "/" : base];
    for (const segment of pattern.split("/").filter((s) => s.length > 0)) {
      const next: string[] = [];
      for (const dir of current) {
        if (!isGlobPattern(segment)) {
          next.push(path.join(dir, segment));
          continue;
        }
        let entries: string[] = [];
        try {
          entries = fs.readdirSync(dir).sort();
        } catch {
          continue;
        }
        for (const entry of entries) if (!entry.startsWith(".") && segmentMatches(segment, entry)) next.push(path.join(dir, entry));
      }
      current = next.slice(0, MAX_FILES);
    }
    for (const file of current) {
      try {
        if (fs.statSync(file).isFile()) found.add(path.resolve(file));
      } catch {
        // Not there: nothing to load.
      }
    }
  }
  return [...found];
}
