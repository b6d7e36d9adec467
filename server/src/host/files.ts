// File-system helpers shared by the CLI and the LSP server (the language service itself never touches disk).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileKindOf, type FileAssociations } from "../service/model/file-kind";
import type { LanguageService } from "../service/language-service";
import { expandBraces, isGlobPattern, segmentMatches } from "../service/util/glob";

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

/** Reads a text file; undefined when it cannot be read or is not text (see `readTextFile`). */
export function readText(file: string): string | undefined {
  try {
    const read = readTextFile(file);
    return "text" in read ? read.text : undefined;
  } catch {
    return undefined;
  }
}

/** A file's text, or why it is not text. Throws the file-system error when it cannot be read. */
export type ReadResult = { text: string } | { binary: string };

/** Share of undecodable bytes or control characters above which a file is taken for binary. */
const MAX_NON_TEXT_SHARE = 0.05;

/**
 * Reads a file as UTF-8 text, unless it is not text: a NUL byte, or more than a few bytes in a hundred that are not
 * UTF-8 or are control characters. Such a file is never handed to the parser, so its bytes are never echoed.
 * A Latin-1 comment here and there still passes (as replacement characters).
 */
export function readTextFile(file: string): ReadResult {
  const bytes = fs.readFileSync(file);
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { binary: "it holds NUL bytes" };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) odd++;
  }
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
