#!/usr/bin/env node
// vicidial-lint: the language service as a command-line tool. This file only dispatches: `lint` (the default, no
// subcommand word) lives in lint-command.ts, every other subcommand in its own file, listed once in COMMANDS below.
import { packageInfo } from "../host/package-info";
import { LINT_OPTIONS, LINT_USAGE, runLintCommand } from "./lint-command";
import { ROUTE_USAGE, runRoute } from "./route-command";
import { AUDIT_USAGE, runAudit } from "./audit-command";
import { RENDER_USAGE, runRender } from "./render-command";
import { DB_USAGE, runDb } from "./db-command";
import type { CliResult } from "./result";

export type { CliResult } from "./result";
export { loadWorkspace } from "./load-workspace";

interface Subcommand {
  name: string;
  /** One line: `usage: vicidial-lint NAME ...`. */
  usage: string;
  /** What it does, in a few words, for --help. */
  summary: string;
  /** Synchronous commands run here; `db` talks to a database and runs through `runCli` only. */
  run?(argv: string[], cwd: string): CliResult;
  runAsync?(argv: string[], cwd: string): Promise<CliResult>;
}

/** Subcommands, by the word that follows `vicidial-lint`. To add one: a file beside this one and one line here. */
const COMMANDS: readonly Subcommand[] = [
  { name: "route", usage: ROUTE_USAGE, summary: "show where a dialed number goes: the extension it matches, its steps, the channels it dials", run: runRoute },
  { name: "audit", usage: AUDIT_USAGE, summary: "list who can call in without a password, what they reach, and the security findings", run: runAudit },
  { name: "render", usage: RENDER_USAGE, summary: "print the *-vicidial.conf files VICIdial writes for one server from the carrier records", run: runRender },
  { name: "db", usage: DB_USAGE, summary: "check carriers in VICIdial's database (a dump or a live server); pull, diff, push, render", runAsync: runDb },
];

function helpText(): string {
  const lines = [
    LINT_USAGE,
    ...COMMANDS.map((c) => c.usage.replace(/^usage: /, "       ")),
    "",
    "Checks Asterisk conf files (sip, iax, pjsip, pjsip_wizard, extensions) and VICIdial carrier records",
    "(*.carrier, *.conftemplate) given as files or folders; each folder holding its own sip.conf/extensions.conf",
    "(or named on the command line) is checked as one system of its own.",
    "",
    "Options:",
    ...LINT_OPTIONS.map(([flag, what]) => `  ${flag.padEnd(26)} ${what}`),
    `  ${"--version, -v".padEnd(26)} print the version`,
    `  ${"--help, -h".padEnd(26)} print this help (COMMAND --help for one command)`,
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(26)} ${c.summary}`),
    "",
    "Silence one finding with a comment on the line before it: ; vicidial-lint-disable-next-line CODE[,CODE]",
    "(a whole file: ; vicidial-lint-disable CODE; in .carrier/.conftemplate files use # before the first [[field]]).",
    "",
    "Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors or too many warnings,",
    "2 a usage, settings or file error: a bad path, a folder with nothing to check, a named file whose kind the",
    "name does not tell, a file that is not text.",
  ];
  return lines.join("\n") + "\n";
}

/** Runs any command line, the database commands included. */
export async function runCli(argv: string[], cwd = process.cwd()): Promise<CliResult> {
  const command = COMMANDS.find((c) => c.name === argv[0]);
  if (command?.runAsync) return command.runAsync(argv.slice(1), cwd);
  return runLint(argv, cwd);
}

/** Runs a command line that needs no database (everything but `db`), synchronously. */
export function runLint(argv: string[], cwd = process.cwd()): CliResult {
  const command = COMMANDS.find((c) => c.name === argv[0]);
  if (command?.run) return command.run(argv.slice(1), cwd);
  if (command) return { exitCode: 2, stdout: "", stderr: `vicidial-lint: '${command.name}' runs from the command line only\n` };
  const options = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
  if (options.includes("--help") || options.includes("-h")) return { exitCode: 0, stdout: helpText(), stderr: "" };
  if (options.includes("--version") || options.includes("-v")) return { exitCode: 0, stdout: `${packageInfo().version}\n`, stderr: "" };
  return runLintCommand(argv, cwd);
}

export async function main(argv: string[]): Promise<number> {
  // `vicidial-lint ... | head` closes the pipe early: that is no error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  const result = await runCli(argv);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.exitCode;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
