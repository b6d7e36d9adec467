// Paths as `#include` lines name them: folders and file names of document uris, `..` and `.` resolved, main conf
// file names, and the documents a glob argument (`dialplan/*.conf`, `{a,b}.conf`) loads.
import { expandBraces, pathMatches } from "../util/glob";
import { baseName } from "./file-kind";

const MAIN_FILE = /^(sip|iax|pjsip|pjsip_wizard|extensions)\.conf(\.sample)?$/i;

/** True for a main conf file (sip.conf, extensions.conf ...) rather than a fragment meant to be included. */
export function isMainFile(uri: string): boolean {
  return MAIN_FILE.test(baseName(uri));
}

/** The folder of a uri (no trailing slash; "" at the top). */
export function dirName(uri: string): string {
  const slash = uri.lastIndexOf("/");
  return slash >= 0 ? uri.slice(0, slash) : "";
}

/** A path with its `.` segments dropped and each `..` taking the segment before it away. */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/**
 * The target of a plain `#include` argument among the documents with its file name (`sameName`, in the order they
 * were added): the one whose path ends with the argument's, else the first; VICIdial's generated file when none is
 * there and the name is one of its `*-vicidial.conf`; undefined when nothing is found.
 */
export function pickByName(argument: string, sameName: readonly string[]): string | "generated" | undefined {
  const tail = "/" + argument.toLowerCase().replace(/^\/+/, "");
  const byPath = sameName.find((uri) => uri.toLowerCase().endsWith(tail));
  if (byPath) return byPath;
  if (sameName.length > 0) return sameName[0];
  if (/-vicidial\.conf$/i.test(baseName(argument))) return "generated";
  return undefined;
}

/**
 * The documents a glob `#include` argument seen in `fromUri` matches, in name order as glob(3) returns them: beside
 * the including file first, else by the pattern's own trailing segments (the workspace may hold them elsewhere).
 */
export function globTargets(fromUri: string, argument: string, uris: readonly string[]): string[] {
  const found = new Set<string>();
  for (const pattern of expandBraces(argument)) {
    const direct = pattern.startsWith("/") ? pattern : normalisePath(dirName(fromUri) + "/" + pattern);
    let matched = uris.filter((uri) => uri !== fromUri && pathMatches(direct, uri));
    if (matched.length === 0) {
      const tail = pattern.replace(/^\/+/, "");
      const depth = tail.split("/").length;
      matched = uris.filter((uri) => uri !== fromUri && pathMatches(tail, uri.split("/").slice(-depth).join("/")));
    }
    for (const uri of matched.sort()) found.add(uri);
  }
  return [...found];
}
