// Cached analysis equals fresh analysis: after a series of edits (damaging and restoring lines in conf files and
// carrier records), the findings of a long-lived service match those of a new service given the same texts.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
import type { Finding } from "../../server/src/service/rules/types";

const EXAMPLES = path.resolve(__dirname, "../../../examples");

function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set("/ws/" + path.relative(EXAMPLES, full), fs.readFileSync(full, "utf8"));
    }
  };
  walk(EXAMPLES);
  return files;
}

function summary(diagnostics: Map<string, Finding[]>): string[] {
  const rows: string[] = [];
  for (const [uri, findings] of diagnostics) for (const f of findings) rows.push(`${uri}:${f.span.start}-${f.span.end} ${f.code} ${f.severity} ${f.message}`);
  return rows.sort();
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
];

test("a service kept across edits reports exactly what a fresh service reports", { timeout: 120_000 }, () => {
  const texts = exampleFiles();
  const live = new LanguageService();
  for (const [uri, text] of texts) live.setDocument(uri, text);
  live.allDiagnostics();
  const uris = [...texts.keys()];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let step = 0; step < 300; step++) {
    const uri = uris[next(uris.length)];
    const lines = texts.get(uri)!.split("\n");
    const { lines: wanted, edit } = EDITS[next(EDITS.length)];
    const candidates = lines.map((line, i) => (wanted.test(line) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) continue;
    const at = candidates[next(candidates.length)];
    lines[at] = edit(lines[at]);
    const text = lines.join("\n");
    texts.set(uri, text);
    live.setDocument(uri, text);
    const fresh = new LanguageService();
    for (const [u, t] of texts) fresh.setDocument(u, t);
    assert.deepEqual(summary(live.allDiagnostics()), summary(fresh.allDiagnostics()), `step ${step}: edit of ${uri} line ${at + 1}`);
  }
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
