// LanguageService.startAnalysis: a stepwise analysis whose result equals allDiagnostics() (masking and suppressions
// included), that finishes, that takes several steps under a small budget, and that starts over when a document
// changes between steps; and LanguageService.startIdleWork, which marks secrets ahead a document per step. The
// corpora are skipped with a message where they are absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
import { MASK } from "../../server/src/service/secrets";
import type { Finding } from "../../server/src/service/rules/types";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLES = path.join(ROOT, "examples");
const CORPUS = [path.resolve(process.cwd(), "../shared/corpus"), path.resolve(ROOT, "../shared/corpus")].find((dir) => fs.existsSync(dir));

function filesUnder(dir: string, prefix: string, files = new Map<string, string>()): Map<string, string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, `${prefix}${entry.name}/`, files);
    else if (entry.isFile()) files.set(prefix + entry.name, fs.readFileSync(full, "utf8"));
  }
  return files;
}

function serviceOf(files: Map<string, string>): LanguageService {
  const service = new LanguageService();
  for (const [uri, text] of files) service.setDocument(uri, text);
  return service;
}

function rows(diagnostics: Map<string, Finding[]>): string[] {
  const out: string[] = [];
  for (const [uri, findings] of diagnostics) {
    out.push(`== ${uri}`);
    for (const f of findings) out.push(`${f.span.start}-${f.span.end} ${f.code} ${f.severity} ${f.message} ${JSON.stringify(f.related ?? [])}`);
  }
  return out;
}

/** Steps the job to the end with `budgetMs` per step; returns the number of steps it took. */
function finish(job: ReturnType<LanguageService["startAnalysis"]>, budgetMs: number): number {
  for (let steps = 1; steps < 1_000_000; steps++) if (job.step(budgetMs)) return steps;
  assert.fail("the analysis never finished");
}

test("a stepwise analysis of the examples equals allDiagnostics and takes several steps under a zero budget", () => {
  const files = filesUnder(EXAMPLES, "/ws/");
  const service = serviceOf(files);
  const job = service.startAnalysis();
  assert.throws(() => job.result(), /not finished/);
  const steps = finish(job, 0);
  assert.ok(steps > 1, `took ${steps} step(s)`);
  assert.deepEqual(rows(job.result()), rows(serviceOf(files).allDiagnostics()));
  assert.equal(service.allDiagnostics(), job.result(), "allDiagnostics reuses the finished job's result");
});

test("masking and suppressions apply to the stepwise result as to allDiagnostics", () => {
  const files = new Map([
    ["/ws/sip.conf", "[general]\nregister => user:S3cretPw@192.0.2.1/100\n[peer1]\ntype=peer\nhost=192.0.2.1\n; vicidial-lint-disable-next-line codec/unknown-name\nallow=ulw\nsecret=S3cretPw\ncontext=nowhere\n"],
  ]);
  const job = serviceOf(files).startAnalysis();
  finish(job, 0);
  const expected = serviceOf(files).allDiagnostics();
  assert.deepEqual(rows(job.result()), rows(expected));
  assert.ok(!rows(job.result()).join("\n").includes("S3cretPw"));
});

test("an edit between steps makes the job start over: its result is the analysis of the new text", () => {
  const files = filesUnder(EXAMPLES, "/ws/");
  const service = serviceOf(files);
  const job = service.startAnalysis();
  assert.equal(job.step(0), false);
  const [uri, text] = [...files].find(([name]) => name.endsWith(".conf"))!;
  const edited = text.replace(/\n/, "\n[brand-new-section]\nnosuchoption=1\n");
  service.setDocument(uri, edited);
  files.set(uri, edited);
  finish(job, 0);
  assert.deepEqual(rows(job.result()), rows(serviceOf(files).allDiagnostics()));
});

test("a job started on analysed documents finishes in one step with the same map", () => {
  const service = serviceOf(filesUnder(EXAMPLES, "/ws/"));
  const findings = service.allDiagnostics();
  const job = service.startAnalysis();
  assert.equal(job.step(0), true);
  assert.equal(job.result(), findings);
});

test("on each folder of the shared corpora the stepwise result equals allDiagnostics", (t) => {
  if (!CORPUS) {
    t.skip("no shared corpus folder");
    return;
  }
  const folders = [path.join(CORPUS, "asterisk-20-samples")];
  const realworld = path.join(CORPUS, "realworld");
  if (fs.existsSync(realworld)) for (const name of fs.readdirSync(realworld).sort()) if (fs.statSync(path.join(realworld, name)).isDirectory()) folders.push(path.join(realworld, name));
  for (const dir of folders.filter((d) => fs.existsSync(d))) {
    const files = filesUnder(dir, `/corpus/${path.basename(dir)}/`);
    const job = serviceOf(files).startAnalysis();
    finish(job, 5);
    assert.deepEqual(rows(job.result()), rows(serviceOf(files).allDiagnostics()), dir);
  }
});

test("idle work marks each document's secrets, one document per step under a small budget, and then the masker", () => {
  const service = serviceOf(new Map([
    ["/w/sip.conf", "[trunk]\ntype=peer\nsecret=Hunter2xyz\n"],
    ["/w/iax.conf", "[general]\nregister => me:Swordfish9@iax.example.com\n"],
  ]));
  const listOf = (uri: string) => service.workspace.document(uri)?.conf?.secretList;
  assert.equal(listOf("/w/sip.conf"), undefined, "nothing is marked before it is needed");
  const job = service.startIdleWork();
  assert.equal(job.step(0), false, "one document, then a turn for the message loop");
  assert.deepEqual(listOf("/w/sip.conf"), ["Hunter2xyz"]);
  assert.equal(listOf("/w/iax.conf"), undefined);
  assert.equal(job.step(0), true);
  assert.deepEqual(listOf("/w/iax.conf"), ["Swordfish9"]);
  assert.equal(service.mask("Hunter2xyz and Swordfish9"), `${MASK} and ${MASK}`);
});
