// What ships: the npm tarball (`files` in package.json) and the .vsix (.vscodeignore allow-list) hold only what a user
// needs, and installing the package pulls in nothing (the bundles in dist/ carry their dependencies).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

const ROOT = path.resolve(__dirname, "../../..");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as Record<string, unknown> & { contributes: Record<string, { path?: string; configuration?: string }[]> };

/** Every file the extension's manifest points at (grammars, snippets, language configurations, icon, entry point). */
function referencedFiles(): string[] {
  const files = [String(manifest.main).replace(/^\.\//, ""), String(manifest.icon)];
  for (const list of [manifest.contributes.grammars, manifest.contributes.snippets, manifest.contributes.languages]) {
    for (const entry of list) for (const ref of [entry.path, entry.configuration]) if (ref) files.push(ref.replace(/^\.\//, ""));
  }
  return [...new Set(files)];
}

/** A bundle's code: inflated from its loader (esbuild.mjs) when the file is one. */
function bundleCode(bundle: string): string {
  const text = fs.readFileSync(path.join(ROOT, bundle), "utf8");
  const packed = /brotliDecompressSync\(Buffer\.from\("([^"]+)","base64"\)\)/.exec(text);
  return packed ? zlib.brotliDecompressSync(Buffer.from(packed[1], "base64")).toString("utf8") : text;
}

const USER_DOCS = ["README.md", "LICENSE", "CHANGELOG.md", "docs/rules.md", "docs/images/diagnostics.png", "docs/images/hover.png", "docs/images/quick-fix.png"];

test("npm pack lists only the bundles (with their V8 code caches), the language files, the icon and the user docs", () => {
  const result = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  assert.equal(result.status, 0, result.stderr);
  const files = ((JSON.parse(result.stdout) as { files: { path: string }[] }[])[0].files).map((f) => f.path).sort();
  const bundles = ["dist/cli.js", "dist/cli.v8cache", "dist/mysql-driver.js", "dist/server.js", "dist/server.v8cache"];
  const expected = [...new Set(["package.json", ...bundles, ...referencedFiles(), ...USER_DOCS])].sort();
  assert.deepEqual(files, expected);
});

test("installing the package installs nothing else: dist/ bundles every runtime dependency", () => {
  assert.equal(manifest.dependencies, undefined);
  const devDependencies = manifest.devDependencies as Record<string, string>;
  for (const bundled of ["vscode-languageclient", "vscode-languageserver", "vscode-languageserver-textdocument"]) assert.ok(devDependencies[bundled], bundled);
  for (const bundle of ["dist/cli.js", "dist/mysql-driver.js", "dist/server.js"]) {
    const text = bundleCode(bundle);
    assert.ok(!/require\("vscode-language(server|client)/.test(text), `${bundle} requires a package at run time`);
    assert.ok(!/(require\(|import\()"mysql2/.test(text), `${bundle} requires mysql2 at run time`);
  }
  // The loaders run their bundle as a vm.Script, which has no module loader for a dynamic import().
  for (const loaded of ["dist/cli.js", "dist/server.js"]) {
    const code = bundleCode(loaded);
    assert.ok(code.length > 2 * fs.statSync(path.join(ROOT, loaded)).size, `${loaded} is not a loader of a compressed bundle`);
    assert.ok(!/\bimport\(\s*["'`]/.test(code), `${loaded} has a dynamic import()`);
  }
});

test("the manifest has an icon of 128x128, keywords, and no made-up repository", () => {
  const png = fs.readFileSync(path.join(ROOT, String(manifest.icon)));
  assert.equal(png.subarray(1, 4).toString("ascii"), "PNG");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  assert.ok(Array.isArray(manifest.keywords) && (manifest.keywords as string[]).includes("vicidial"));
  const repository = manifest.repository as { url?: string } | undefined;
  assert.ok(repository === undefined || !/example\.(invalid|com)/.test(repository.url ?? ""), "repository URL is a placeholder");
});

test(".vscodeignore is an allow-list and the .vsix holds exactly the extension's files (vsce ls, offline)", async () => {
  const ignore = fs.readFileSync(path.join(ROOT, ".vscodeignore"), "utf8");
  const lines = ignore.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  assert.equal(lines[0], "**", "everything is excluded first");
  assert.ok(lines.slice(1).every((l) => l.startsWith("!")), "then only ! entries");
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/package-vsix.mjs"), "--list"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  assert.equal(result.status, 0, result.stderr);
  const files = result.stdout.split("\n").filter((l) => l.length > 0).sort();
  const expected = [...new Set(["package.json", "dist/server.js", ...referencedFiles(), ...USER_DOCS])].sort();
  assert.deepEqual(files, expected);
  assert.ok(!files.includes("dist/cli.js"), "the CLI is for the npm package, not the editor");
  assert.ok(!files.includes("dist/server.v8cache"), "VS Code runs the server on its own runtime, which would refuse Node's code cache");
});

test("a stray file in the project root does not reach the .vsix (the allow-list logic)", async () => {
  const { allowedFiles } = (await import(path.join(ROOT, "scripts/package-vsix.mjs"))) as { allowedFiles: (text: string, exists: (p: string) => boolean, list: (d: string) => string[]) => string[] };
  const tree: Record<string, string[]> = { "": ["notes.txt", "README.md", "secrets.env"], docs: ["rules.md", "e2e.md"], "docs/images": ["a.png", "b.txt"] };
  const exists = (p: string) => p in tree || Object.entries(tree).some(([d, names]) => names.includes(path.posix.basename(p)) && (d || ".") === path.posix.dirname(p));
  const list = (d: string) => tree[d] ?? [];
  assert.deepEqual(allowedFiles("**\n!README.md\n!docs/rules.md\n!docs/images/*.png\n", exists, list), ["README.md", "docs/rules.md", "docs/images/a.png"]);
  assert.throws(() => allowedFiles("!README.md\n", exists, list), /allow-list/);
});
