// Runs the bundled vicidial-lint in temp folders (shared by the CLI tests).
import { after } from "node:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

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

export function lint(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Codes in text output, in order. */
export function codesOf(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => / (error|warning|information|hint) (\S+) /.exec(l)?.[2] ?? `?${l}`);
}
