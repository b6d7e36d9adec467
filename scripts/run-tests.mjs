// Runs the compiled tests: every test/**/*.test.ts, as out/test/**/*.test.js (helper modules are never run as tests,
// and a stale out/ file whose source is gone is not run either). Files are run one process per folder of test/
// (test/rules, test/cli, test/lsp, ... and one for the files at test/'s top), each process loading its files into
// one node:test run, so the language service is loaded once per folder instead of once per file; the folders run in
// parallel, the slowest first (TEST_CONCURRENCY, default one per core: on 2 cores a third process made the run about
// 10% slower, the tests being CPU-bound), and each prints its spec report when it ends.
//
//   node scripts/run-tests.mjs                   every test (after `npm run build` or `tsc -p .`)
//   node scripts/run-tests.mjs test/cli test/fixture.test.ts   only these folders or files (test/... or out/test/...)
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TIMES = path.join(ROOT, "out", "test-times.json");
/** Loads each file named after it into one process: node:test then runs all their tests as one run. */
const LOADER =
  "for (const file of process.argv.slice(1)) require(file);" +
  'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`\\n#run-tests cpu ${(u.user + u.system) / 1e6}\\n`); });';

/** test/**\/*.test.ts, relative to the project root with / separators, sorted. */
function testSources(dir = "test") {
  const found = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...testSources(rel));
    else if (entry.isFile() && entry.name.endsWith(".test.ts")) found.push(rel);
  }
  return found.sort();
}

const wanted = process.argv.slice(2).map((arg) => path.relative(ROOT, path.resolve(arg)).split(path.sep).join("/").replace(/^out\//, "").replace(/\.js$/, ".ts"));
const sources = testSources().filter((file) => wanted.length === 0 || wanted.some((w) => file === w || file.startsWith(w.replace(/\/$/, "") + "/")));
if (sources.length === 0) {
  console.error(`run-tests: no test file matches ${wanted.join(" ")}`);
  process.exit(2);
}
const missing = sources.filter((file) => !fs.existsSync(path.join(ROOT, "out", file.replace(/\.ts$/, ".js"))));
if (missing.length > 0) {
  console.error(`run-tests: not compiled (run npm run build or npx tsc -p .): ${missing.join(", ")}`);
  process.exit(2);
}

/** One group per folder directly under test/; the files at test/'s top form the group "test". */
const groups = new Map();
for (const file of sources) {
  const parts = file.split("/");
  const name = parts.length > 2 ? `test/${parts[1]}` : "test";
  if (!groups.has(name)) groups.set(name, []);
  groups.get(name).push(path.join(ROOT, "out", file.replace(/\.ts$/, ".js")));
}

/** Seconds per folder on a quiet two-core machine, for the order of a first run (no out/test-times.json yet). */
const FIRST_RUN_GUESS = { "test/fuzz": 31, "test/features": 25, "test/model": 18, "test/cli": 12, "test/corpus": 10, "test/lsp": 10, "test/docs": 8 };

let previous = FIRST_RUN_GUESS;
try {
  previous = JSON.parse(fs.readFileSync(TIMES, "utf8"));
} catch {
  // First run: no durations measured yet, so the folders known to be slow start first.
}
const queue = [...groups.keys()].sort((a, b) => (previous[b] ?? 0) - (previous[a] ?? 0));
const concurrency = Math.max(1, Number(process.env.TEST_CONCURRENCY) || (os.availableParallelism?.() ?? os.cpus().length));

function runGroup(name) {
  const files = groups.get(name);
  const started = Date.now();
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--test-reporter=spec", "-e", LOADER, ...files], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => chunks.push(chunk));
    child.on("close", (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      let cpu = 0;
      const output = Buffer.concat(chunks)
        .toString("utf8")
        .replace(/\n#run-tests cpu ([\d.]+)\n/, (_, seconds) => ((cpu = Number(seconds)), ""));
      const summary = (key) => Number(new RegExp(`^ℹ ${key} (\\d+)$`, "m").exec(output)?.[1] ?? 0);
      process.stdout.write(`\n=== ${name} (${files.length} file${files.length === 1 ? "" : "s"}) ===\n${output}`);
      resolve({ name, ok: code === 0, code: signal ?? code, seconds, cpu, files: files.length, tests: summary("tests"), pass: summary("pass"), fail: summary("fail"), skipped: summary("skipped") });
    });
  });
}

const started = Date.now();
const results = [];
async function worker() {
  while (queue.length > 0) results.push(await runGroup(queue.shift()));
}
await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));

if (wanted.length === 0) {
  fs.mkdirSync(path.dirname(TIMES), { recursive: true });
  fs.writeFileSync(TIMES, JSON.stringify(Object.fromEntries(results.map((r) => [r.name, r.seconds])), null, 2) + "\n");
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
console.log(`\n=== summary: ${sources.length} files in ${results.length} processes, ${concurrency} at a time ===`);
for (const r of [...results].sort((a, b) => a.name.localeCompare(b.name))) {
  const status = r.ok ? "ok  " : `FAIL (exit ${r.code})`;
  console.log(`${status} ${r.name.padEnd(18)} ${String(r.files).padStart(3)} files ${String(r.tests).padStart(4)} tests ${r.fail ? `${r.fail} failed ` : ""}${r.skipped ? `${r.skipped} skipped ` : ""}${r.seconds.toFixed(1)} s (cpu ${r.cpu.toFixed(1)} s)`);
}
console.log(`tests ${total("tests")}, pass ${total("pass")}, fail ${total("fail")}, skipped ${total("skipped")}; ${((Date.now() - started) / 1000).toFixed(1)} s (cpu of the test processes ${total("cpu").toFixed(1)} s, their child processes not counted)`);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.log(`failed: ${failed.map((r) => r.name).join(", ")} (their reports are above)`);
  process.exitCode = 1;
}
