// This program's own package.json (name, version, the shipped docs), found from wherever the code runs: the bundle in
// dist/, the tsc output in out/, or an installed copy under node_modules.
import * as fs from "node:fs";
import * as path from "node:path";

export interface PackageInfo {
  /** The folder holding package.json (and docs/, dist/). */
  root: string;
  name: string;
  version: string;
  homepage?: string;
}

const PACKAGE_NAME = "vicidial-carriers";

let cached: PackageInfo | undefined;

export function packageInfo(from = __dirname): PackageInfo {
  if (cached && from === __dirname) return cached;
  let dir = path.resolve(from);
  for (let depth = 0; depth < 8; depth++) {
    const file = path.join(dir, "package.json");
    try {
      const json = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: unknown; version?: unknown; homepage?: unknown };
      if (json.name === PACKAGE_NAME && typeof json.version === "string") {
        const info = { root: dir, name: PACKAGE_NAME, version: json.version, homepage: typeof json.homepage === "string" ? json.homepage : undefined };
        if (from === __dirname) cached = info;
        return info;
      }
    } catch {
      // No package.json here (or not ours): keep going up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { root: path.resolve(from), name: PACKAGE_NAME, version: "0.0.0" };
}
