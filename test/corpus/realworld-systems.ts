// The real installs in ../shared/corpus/realworld/ (one folder per system), each linted once per test process as
// `vicidial-lint --format json FOLDER` lints it; the corpus tests that judge those findings share that one run.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { runLint } from "../../server/src/cli/cli";

const ROOT = path.resolve(__dirname, "../../..");
export const CANDIDATES = [path.resolve(process.cwd(), "../shared/corpus/realworld"), path.resolve(ROOT, "../shared/corpus/realworld")];
/** The realworld corpus folder, or undefined where it is absent. */
export const CORPUS = CANDIDATES.find((dir) => fs.existsSync(dir));

export interface Diagnostic {
  file: string;
  line: number;
  severity: string;
  code: string;
  message: string;
}

export interface LintedSystem {
  /** The folder's name. */
  system: string;
  diagnostics: Diagnostic[];
}

let linted: LintedSystem[] | undefined;

/** Every system folder of the corpus, sorted by name, with the CLI's findings (computed on first use). */
export function lintedSystems(): LintedSystem[] {
  if (linted) return linted;
  assert.ok(CORPUS, "no realworld corpus");
  const systems = fs.readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  linted = systems.map((system) => {
    const dir = path.join(CORPUS, system);
    const result = runLint(["--format", "json", dir], dir);
    assert.ok(result.exitCode === 0 || result.exitCode === 1, `${system}: exit ${result.exitCode}: ${result.stderr}`);
    return { system, diagnostics: (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics };
  });
  return linted;
}
