// Whole processes for `npm run bench`: the vicidial-lint CLI (dist/cli.js) on a folder, and asterisklint's
// dialplan-check on an extensions.conf when ASTERISKLINT names a checkout of ossobv/asterisklint (never shipped here).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";

export interface ProcessTiming {
  medianSeconds: number;
  samples: number;
  exitCode: number | null;
  /** Findings (our CLI: JSON diagnostics; asterisklint: lines of output). */
  findings: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(runs: number, command: string, args: string[], env?: NodeJS.ProcessEnv): { seconds: number[]; last: ReturnType<typeof spawnSync> } {
  const seconds: number[] = [];
  let last: ReturnType<typeof spawnSync> | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = spawnSync(command, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, env: env ?? process.env });
    seconds.push((performance.now() - start) / 1000);
  }
  return { seconds, last: last! };
}

/** The CLI on `paths` (JSON output), `runs` times. */
export function timeCli(root: string, paths: string[], runs: number): ProcessTiming {
  const { seconds, last } = time(runs, process.execPath, [path.join(root, "dist/cli.js"), "--format", "json", ...paths]);
  let findings = -1;
  try {
    findings = (JSON.parse(String(last.stdout)) as { diagnostics: unknown[] }).diagnostics.length;
  } catch {
    // Left at -1: the CLI printed no JSON (see exitCode).
  }
  return { medianSeconds: Number(median(seconds).toFixed(3)), samples: runs, exitCode: last.status, findings };
}

/** The asterisklint checkout named by ASTERISKLINT, when it holds the asterisklint script. */
export function asterisklintDir(): string | undefined {
  const dir = process.env.ASTERISKLINT;
  return dir && fs.existsSync(path.join(dir, "scripts/asterisklint")) ? dir : undefined;
}

/** asterisklint's dialplan-check on one extensions.conf (it follows #include itself), `runs` times. */
export function timeAsterisklint(dir: string, file: string, runs: number): ProcessTiming {
  const python = process.env.PYTHON ?? "python3";
  const { seconds, last } = time(runs, python, [path.join(dir, "scripts/asterisklint"), "dialplan-check", file]);
  const output = String(last.stdout ?? "") + String(last.stderr ?? "");
  const findings = output.split("\n").filter((line) => line.trim().length > 0).length;
  return { medianSeconds: Number(median(seconds).toFixed(3)), samples: runs, exitCode: last.status, findings };
}
