// The bundles' V8 code cache (esbuild.mjs): dist/cli.js and dist/server.js compile their bundle with the cache the
// build wrote beside them, ignore a cache made from another bundle, survive one V8 refuses, and run the same either way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { folder, ROOT } from "./cli-helpers";

const REPORT = { ...process.env, VICIDIAL_CODE_CACHE_REPORT: "1" };

/** A copy of a loader and its cache in a temp folder, the cache changed by `alter` (undefined: no cache file). */
function copyWith(loader: string, cache: string, alter: ((bytes: Buffer) => Buffer) | undefined): string {
  const dir = folder({ [loader]: fs.readFileSync(path.join(ROOT, "dist", loader)) });
  if (alter) fs.writeFileSync(path.join(dir, cache), alter(fs.readFileSync(path.join(ROOT, "dist", cache))));
  return path.join(dir, loader);
}

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", timeout: 60_000, env: REPORT, input: "" });
  return { status: result.status, stdout: result.stdout, verdict: /code cache: (\w+)/.exec(result.stderr)?.[1] };
}

test("the build writes a code cache for the CLI and the server, and both loaders use it", () => {
  for (const [loader, args] of [["cli.js", ["--version"]], ["server.js", ["--stdio"]]] as const) {
    assert.ok(fs.existsSync(path.join(ROOT, "dist", loader.replace(".js", ".v8cache"))), `${loader}: no cache`);
    assert.equal(run(path.join(ROOT, "dist", loader), [...args]).verdict, "used", loader);
  }
});

test("a missing cache, one made from another bundle, or one V8 refuses: the CLI compiles as usual, with the same output", () => {
  const expected = run(path.join(ROOT, "dist/cli.js"), ["--help"]);
  assert.equal(expected.status, 0);
  const cases: [string, ((bytes: Buffer) => Buffer) | undefined, string][] = [
    ["no cache file", undefined, "none"],
    ["another bundle's hash", (bytes) => Buffer.concat([Buffer.from("0".repeat(64), "latin1"), bytes.subarray(64)]), "none"],
    ["a cut-off cache", (bytes) => bytes.subarray(0, 200), "rejected"],
  ];
  for (const [name, alter, verdict] of cases) {
    const result = run(copyWith("cli.js", "cli.v8cache", alter), ["--help"]);
    assert.equal(result.verdict, verdict, name);
    assert.equal(result.status, 0, name);
    assert.equal(result.stdout, expected.stdout, name);
  }
});
