// No source file is over 300 lines: a file that grows past it is split along a seam (see docs/ENGINEERING.md).
// Checked: every TypeScript file under server/src, client/src and bench/; the data tables under
// server/src/service/knowledge/ are exempt (a table of options or applications is long by nature).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const MAX_LINES = 300;
const CHECKED = ["server/src", "client/src", "bench"];
const EXEMPT = "server/src/service/knowledge/";

/** TypeScript files under a folder of the project, as paths relative to the root with / separators. */
function typeScriptFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return typeScriptFiles(rel);
    return entry.isFile() && entry.name.endsWith(".ts") ? [rel] : [];
  });
}

/** Lines of a text as an editor counts them (a final newline does not start another line). */
function lineCount(text: string): number {
  if (text.length === 0) return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

/** "file: N lines" for each file over the limit. */
function oversizeFiles(files: readonly string[], read: (file: string) => string, max = MAX_LINES): string[] {
  return files.filter((file) => !file.startsWith(EXEMPT)).flatMap((file) => {
    const lines = lineCount(read(file));
    return lines > max ? [`${file}: ${lines} lines (at most ${max})`] : [];
  });
}

test("line counting and the knowledge exemption", () => {
  assert.equal(lineCount(""), 0);
  assert.equal(lineCount("a\nb\n"), 2);
  assert.equal(lineCount("a\nb"), 2);
  const texts: Record<string, string> = {
    "server/src/service/model/big.ts": "x\n".repeat(301),
    "server/src/service/model/ok.ts": "x\n".repeat(300),
    "server/src/service/knowledge/options/sip.ts": "x\n".repeat(900),
  };
  assert.deepEqual(oversizeFiles(Object.keys(texts), (f) => texts[f]), ["server/src/service/model/big.ts: 301 lines (at most 300)"]);
});

test(`no TypeScript source file is over ${MAX_LINES} lines (knowledge/ data tables exempt)`, () => {
  const files = CHECKED.flatMap(typeScriptFiles);
  assert.ok(files.length > 100, `no sources found under ${CHECKED.join(", ")}`);
  assert.deepEqual(oversizeFiles(files, (file) => fs.readFileSync(path.join(ROOT, file), "utf8")), []);
});
