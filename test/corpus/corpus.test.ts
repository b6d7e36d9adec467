// Real configs (../shared/corpus/, beside the project), one system (one server's files) at a time: Asterisk's own
// samples are valid and must give no error-level finding; each folder of realworld/ is checked on its own and its
// findings are reported. Skipped, with a message, where the folder is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
import type { Finding } from "../../server/src/service/rules/types";
import { LineIndex } from "../../server/src/service/text/span";

const ROOT = path.resolve(__dirname, "../../..");
const CANDIDATES = [path.resolve(process.cwd(), "../shared/corpus"), path.resolve(ROOT, "../shared/corpus")];
const CORPUS = CANDIDATES.find((dir) => fs.existsSync(dir));

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : entry.isFile() ? [path.join(dir, entry.name)] : []))
    .sort();
}

/** `sip.conf.sample` is analysed as `sip.conf`, the file it is a sample of. */
const asConf = (file: string) => file.replace(/\.sample$/, "");

interface SystemResult {
  recognised: string[];
  files: string[];
  /** `file:line code message` of each finding, by severity. */
  bySeverity: Map<string, string[]>;
  /** Findings per `code severity`. */
  counts: Map<string, number>;
}

/** Analyses one system folder in a service of its own, as `vicidial-lint FOLDER` does. */
function analyseSystem(folder: string): SystemResult {
  const service = new LanguageService();
  service.setSystemRoots([folder]);
  const files = filesUnder(folder);
  for (const file of files) service.setDocument(asConf(file), fs.readFileSync(file, "utf8"));
  const recognised = files.filter((file) => service.workspace.document(asConf(file))?.kind.kind !== "unknown");
  const bySeverity = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const [uri, findings] of service.allDiagnostics()) {
    const index = new LineIndex(service.workspace.document(uri)?.text ?? "");
    for (const finding of findings as Finding[]) {
      const key = `${finding.code} ${finding.severity}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const line = index.positionAt(finding.span.start).line + 1;
      const list = bySeverity.get(finding.severity) ?? [];
      list.push(`${path.relative(CORPUS!, uri)}:${line} ${finding.code} ${finding.message}`);
      bySeverity.set(finding.severity, list);
    }
  }
  return { recognised, files, bySeverity, counts };
}

test("the Asterisk sample corpus gives no error-level findings", (t) => {
  const samples = CORPUS && path.join(CORPUS, "asterisk-20-samples");
  if (!samples || !fs.existsSync(samples)) {
    t.skip(`no asterisk-20-samples folder (looked in ${CANDIDATES.join(", ")})`);
    return;
  }
  const result = analyseSystem(samples);
  t.diagnostic(`checked ${result.recognised.length} of ${result.files.length} files: ${result.recognised.map((f) => path.relative(samples, f)).join(", ")}`);
  assert.ok(result.recognised.length > 0, `no recognised conf file in ${samples}`);
  t.diagnostic(`findings by code and severity: ${JSON.stringify(Object.fromEntries(result.counts))}`);
  const errors = result.bySeverity.get("error") ?? [];
  assert.deepEqual(errors, [], `${errors.length} error(s) on valid sample configs`);
});

test("each real-world system is analysed on its own", (t) => {
  const realworld = CORPUS && path.join(CORPUS, "realworld");
  if (!realworld || !fs.existsSync(realworld)) {
    t.skip(`no realworld folder (looked in ${CANDIDATES.join(", ")})`);
    return;
  }
  const systems = fs
    .readdirSync(realworld, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(realworld, entry.name))
    .sort();
  const total = new Map<string, number>();
  for (const system of systems) {
    const result = analyseSystem(system);
    assert.ok(result.recognised.length > 0, `no recognised file in ${system}`);
    for (const [key, count] of result.counts) total.set(key, (total.get(key) ?? 0) + count);
    // Errors left on these files are reported, not asserted: see the issue notes for which are judged true.
    for (const line of result.bySeverity.get("error") ?? []) t.diagnostic(`error: ${line}`);
  }
  t.diagnostic(`findings by code and severity: ${JSON.stringify(Object.fromEntries([...total].sort()))}`);
});
