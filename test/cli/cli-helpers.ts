// Runs vicidial-lint in temp folders (shared by the CLI tests): in this process through runLint / runDb, the
// functions the bundle's main() runs, with their stdout and stderr returned as strings; or as the bundled
// dist/cli.js in a process of its own, where the process itself is under test (exit codes, the bundle, a terminal).
import { after } from "node:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runLint } from "../../server/src/cli/cli";
import { runDb } from "../../server/src/cli/db-command";

export const ROOT = path.resolve(__dirname, "../../..");
export const CLI = path.join(ROOT, "dist/cli.js");

const temps: string[] = [];
after(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding the given files (names may contain sub-folders; Buffers are written as they are). */
export function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vicidial-lint-"));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `vicidial-lint ARGS` run in `cwd`, in this process (every command but `db`, which is asynchronous: lintDb). */
export function lint(args: string[], cwd: string): Run {
  const result = runLint(args, cwd);
  return { status: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** `vicidial-lint db ARGS` run in `cwd`, in this process, seeing only the environment variables in `env`. */
export async function lintDb(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Run> {
  const result = await runDb(args, cwd, env);
  return { status: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** `vicidial-lint ARGS` as a process: the bundled dist/cli.js, with PATH and `env` only when `env` is given. */
export function lintProcess(args: string[], cwd: string, env?: Record<string, string | undefined>): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000, env: env && { PATH: process.env.PATH, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Codes in text output, in order. */
export function codesOf(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => / (error|warning|information|hint) (\S+) /.exec(l)?.[2] ?? `?${l}`);
}
