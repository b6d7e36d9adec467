// Cached analysis equals fresh analysis: after random edit sequences (damaging and restoring lines in conf files and
// carrier records) over the examples and the shared corpora, a long-lived service reports the same findings, in the
// same order, as a new service given the same texts. The corpora are skipped with a message where they are absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
import type { Finding } from "../../server/src/service/rules/types";

const ROOT = path.resolve(__dirname, "../../..");
const EXAMPLES = path.join(ROOT, "examples");
const CORPUS_CANDIDATES = [path.resolve(process.cwd(), "../shared/corpus"), path.resolve(ROOT, "../shared/corpus")];
const CORPUS = CORPUS_CANDIDATES.find((dir) => fs.existsSync(dir));
/** Folders of the corpus above this many lines get a short edit sequence of their own. */
const LARGE_LINES = 20_000;

/** Every file under `dir`, keyed by a uri under `prefix`, in a stable order. */
function filesUnder(dir: string, prefix: string, files = new Map<string, string>()): Map<string, string> {
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(prefix + path.relative(dir, full).replace(/\\/g, "/").replace(/\.sample$/, ""), fs.readFileSync(full, "utf8"));
    }
  };
  walk(dir);
  return files;
}

/** Line edits that change what rules see, each with the lines it applies to. */
const EDITS: { lines: RegExp; edit: (line: string) => string }[] = [
  { lines: /^\[/, edit: (line) => line.replace(/^\[/, "[x") },
  { lines: /^\[x/, edit: (line) => line.replace(/^\[x/, "[") },
  { lines: /allow=/, edit: (line) => line.replace(/allow=\w+/, "allow=g711u") },
  { lines: /secret=|username=|defaultuser=/, edit: (line) => line.replace(/^(\w+)=/, "x$1=") },
  { lines: /^(context|endpoint\/context)=|^type=/, edit: () => "" },
  { lines: /\d/, edit: (line) => line.replace(/\d/, "9") },
  { lines: /=/, edit: (line) => line + ";note" },
  { lines: /^(exten|same)\s*=>/, edit: (line) => line.replace(/,\d+,/, ",3,") },
  { lines: /[A-Z]+\s*=/, edit: (line) => line.replace(/([A-Z]+)(\s*=)/, "$1X$2") },
  { lines: /^(protocol|server_ip|active|template_id):/, edit: (line) => line.replace(/: .*/, line.startsWith("protocol") ? ": PJSIP" : line.startsWith("active") ? ": N" : ": 10.0.0.9") },
  { lines: /./, edit: () => "" },
  // Edits within a line that change its length: the lines below move in place (see parse/conf-reuse.ts).
  { lines: /\S$/, edit: (line) => line.slice(0, -1) },
  { lines: /./, edit: (line) => " " + line },
  { lines: /=/, edit: (line) => line.replace("=", "x=") },
  // A commented-out option after a section's last line comes back: it joins that section.
  { lines: /^;\s*\w+\s*=/, edit: (line) => line.replace(/^;\s*/, "") },
  { lines: /^\w+\s*=/, edit: (line) => ";" + line },
];

/** Findings of every document, in the service's own order (documents, then findings within each). */
function ordered(diagnostics: Map<string, Finding[]>): string[] {
  const rows: string[] = [];
  for (const [uri, findings] of diagnostics) {
    rows.push(`== ${uri}`);
    for (const f of findings) {
      const related = f.related?.map((r) => `${r.uri}@${r.span.start}-${r.span.end} ${r.message}`).join("; ") ?? "";
      rows.push(`${f.span.start}-${f.span.end} ${f.code} ${f.severity} ${f.message} [${related}] ${JSON.stringify(f.data ?? null)}`);
    }
  }
  return rows;
}

function fresh(texts: Map<string, string>): Map<string, Finding[]> {
  const service = new LanguageService();
  for (const [uri, text] of texts) service.setDocument(uri, text);
  return service.allDiagnostics();
}

/**
 * `steps` random one-line edits (seeded) of the documents in `texts`; the live service analyses after every edit and
 * is compared with a fresh service every `compareEvery` steps and after the last.
 */
function editAndCompare(texts: Map<string, string>, steps: number, compareEvery: number, seed: number): void {
  const live = new LanguageService();
  for (const [uri, text] of texts) live.setDocument(uri, text);
  live.allDiagnostics();
  const uris = [...texts.keys()];
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let last = "";
  for (let step = 0; step < steps; step++) {
    const uri = uris[next(uris.length)];
    const lines = texts.get(uri)!.split("\n");
    const { lines: wanted, edit } = EDITS[next(EDITS.length)];
    const candidates = lines.map((line, i) => (wanted.test(line) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length > 0) {
      const at = candidates[next(candidates.length)];
      lines[at] = edit(lines[at]);
      const text = lines.join("\n");
      texts.set(uri, text);
      live.setDocument(uri, text);
      last = `step ${step}: edit of ${uri} line ${at + 1}`;
    }
    live.allDiagnostics();
    if ((step + 1) % compareEvery === 0 || step === steps - 1) assert.deepEqual(ordered(live.allDiagnostics()), ordered(fresh(texts)), last);
  }
}

/**
 * As editAndCompare, with the live service analysed stepwise (LanguageService.startAnalysis) under a zero budget and
 * each edit made while a job is half done: the job must start over and finish with the fresh service's findings.
 */
function editDuringJobsAndCompare(texts: Map<string, string>, steps: number, seed: number): void {
  const live = new LanguageService();
  for (const [uri, text] of texts) live.setDocument(uri, text);
  const uris = [...texts.keys()];
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let step = 0; step < steps; step++) {
    const job = live.startAnalysis();
    for (let i = next(40); i > 0 && !job.step(0); i--);
    const uri = uris[next(uris.length)];
    const lines = texts.get(uri)!.split("\n");
    const { lines: wanted, edit } = EDITS[next(EDITS.length)];
    const candidates = lines.map((line, i) => (wanted.test(line) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length > 0) {
      const at = candidates[next(candidates.length)];
      lines[at] = edit(lines[at]);
      texts.set(uri, lines.join("\n"));
      live.setDocument(uri, texts.get(uri)!);
    }
    while (!job.step(0));
    assert.deepEqual(ordered(job.result()), ordered(fresh(texts)), `step ${step}: edit of ${uri}`);
  }
}

test("a stepwise analysis interrupted by random edits of the examples ends with what a fresh service reports", () => {
  editDuringJobsAndCompare(filesUnder(EXAMPLES, "/ws/"), 30, 5);
});

test("a service kept across edits of the examples reports exactly what a fresh service reports", () => {
  editAndCompare(filesUnder(EXAMPLES, "/ws/"), 300, 5, 7);
});

/** The corpus folders (each its own workspace root), split into the small ones and the large ones. */
function corpusFolders(): { small: string[]; large: string[] } {
  const folders = [path.join(CORPUS!, "asterisk-20-samples")];
  const realworld = path.join(CORPUS!, "realworld");
  if (fs.existsSync(realworld)) for (const name of fs.readdirSync(realworld).sort()) if (fs.statSync(path.join(realworld, name)).isDirectory()) folders.push(path.join(realworld, name));
  const lines = (dir: string) => [...filesUnder(dir, "/").values()].reduce((sum, t) => sum + t.split("\n").length, 0);
  const present = folders.filter((dir) => fs.existsSync(dir));
  return { small: present.filter((dir) => lines(dir) <= LARGE_LINES), large: present.filter((dir) => lines(dir) > LARGE_LINES) };
}

test("the same holds after random edits of the shared corpora", (t) => {
  if (!CORPUS) {
    t.skip(`no corpus folder (looked in ${CORPUS_CANDIDATES.join(", ")})`);
    return;
  }
  const { small, large } = corpusFolders();
  t.diagnostic(`small folders together: ${small.length}; large folders on their own: ${large.map((d) => path.basename(d)).join(", ") || "none"}`);
  const together = new Map<string, string>();
  for (const dir of small) filesUnder(dir, `/corpus/${path.basename(dir)}/`, together);
  editAndCompare(together, 100, 10, 11);
  for (const dir of large) editAndCompare(filesUnder(dir, `/corpus/${path.basename(dir)}/`), 4, 4, 13);
});

test("setting a document to the text it already has changes nothing: same document, same findings", () => {
  const service = new LanguageService();
  const text = "[general]\ncontext=default\n[peer1]\ntype=peer\nhost=192.0.2.1\nallow=ulw\n";
  service.setDocument("/ws/sip.conf", text);
  service.setDocument("/ws/trunks", text, "asterisk");
  const doc = service.workspace.document("/ws/sip.conf");
  const other = service.workspace.document("/ws/trunks");
  const findings = service.allDiagnostics();
  service.setDocument("/ws/sip.conf", text);
  service.setDocument("/ws/trunks", text, "asterisk");
  assert.equal(service.workspace.document("/ws/sip.conf"), doc, "not parsed again");
  assert.equal(service.workspace.document("/ws/trunks"), other, "not parsed again");
  assert.equal(service.allDiagnostics(), findings, "findings kept");
  service.setDocument("/ws/trunks", text, "vicidial-carrier");
  assert.notEqual(service.workspace.document("/ws/trunks"), other, "the same text read as another kind of file is parsed again");
  assert.notEqual(service.allDiagnostics(), findings);
});
