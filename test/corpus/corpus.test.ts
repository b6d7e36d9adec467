// Asterisk's own sample configs (../shared/corpus/, beside the project) are valid: analysed together they must
// give no error-level finding. Skipped, with a message, where the folder is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../server/src/service/language-service";
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

test("the Asterisk sample corpus gives no error-level findings", (t) => {
  if (!CORPUS) {
    t.skip(`no corpus folder (looked in ${CANDIDATES.join(", ")})`);
    return;
  }
  const service = new LanguageService();
  const files = filesUnder(CORPUS);
  for (const file of files) service.setDocument(asConf(file), fs.readFileSync(file, "utf8"));
  const recognised = files.filter((file) => service.workspace.document(asConf(file))?.kind.kind !== "unknown");
  t.diagnostic(`checked ${recognised.length} of ${files.length} files: ${recognised.map((f) => path.relative(CORPUS, f)).join(", ")}`);
  assert.ok(recognised.length > 0, `no recognised conf file in ${CORPUS}`);

  const errors: string[] = [];
  const counts = new Map<string, number>();
  for (const [uri, findings] of service.allDiagnostics()) {
    const index = new LineIndex(service.workspace.document(uri)?.text ?? "");
    for (const finding of findings) {
      counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
      if (finding.severity !== "error") continue;
      const line = index.positionAt(finding.span.start).line + 1;
      errors.push(`${path.relative(CORPUS, uri)}:${line} ${finding.code} ${finding.message}`);
    }
  }
  t.diagnostic(`findings by severity: ${JSON.stringify(Object.fromEntries(counts))}`);
  assert.deepEqual(errors, [], `${errors.length} error(s) on valid sample configs`);
});
