// `vicidial-lint render --server IP PATH...`: the *-vicidial.conf files VICIdial would write for one server from
// the carrier and template records given, secrets masked unless --show-secrets.
import * as fs from "node:fs";
import * as path from "node:path";
import { carrierServers, GENERATED_FILE_NAMES, renderGeneratedConf } from "../service/features/generated-conf";
import { maskConfText } from "../service/secrets";
import { LanguageService } from "../service/language-service";
import { loadForCommand } from "./load-workspace";
import type { CliResult } from "./result";

export const RENDER_USAGE = "usage: vicidial-lint render --server IP [--file NAME] [--out DIR] [--show-secrets] PATH...";

export function runRender(argv: string[], cwd = process.cwd()): CliResult {
  let server: string | undefined;
  let only: string | undefined;
  let out: string | undefined;
  let showSecrets = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq >= 0 ? arg.slice(eq + 1) : argv[++i]);
    if (arg === "--help" || arg === "-h") return { exitCode: 0, stdout: RENDER_USAGE + "\n", stderr: "" };
    if (flag === "--server") server = value();
    else if (flag === "--file") only = value();
    else if (flag === "--out") out = value();
    else if (arg === "--show-secrets") showSecrets = true;
    else if (arg.startsWith("--")) return usage(`unknown option '${flag}'`);
    else paths.push(arg);
  }
  if (!server || !/^[0-9.]+$/.test(server.trim())) return usage("--server needs the server's IP address (e.g. --server 10.10.10.15)");
  if (only !== undefined && !(GENERATED_FILE_NAMES as readonly string[]).includes(only)) return usage(`--file is one of ${GENERATED_FILE_NAMES.join(", ")}`);
  if (out === "") return usage("--out needs a folder");
  if (paths.length === 0) return usage("no PATH given");
  const service = loadForCommand(paths, cwd, "render");
  if (!(service instanceof LanguageService)) return service;
  return renderService(service, { server, only, out, showSecrets }, cwd);
}

export interface RenderOptions {
  server: string;
  only?: string;
  out?: string;
  showSecrets: boolean;
}

/** Prints (or writes to `out`) the generated files of one server from a loaded workspace. */
export function renderService(service: LanguageService, { server, only, out, showSecrets }: RenderOptions, cwd: string): CliResult {
  const files = renderGeneratedConf(service.workspace, server.trim())
    .filter((f) => only === undefined || f.name === only)
    .map((f) => ({ name: f.name, text: showSecrets ? f.text : maskConfText(f.text) }));
  const known = carrierServers(service.workspace);
  const stderr = known.includes(server.trim()) || known.includes("0.0.0.0") ? "" : `vicidial-lint render: no carrier names server ${server.trim()} (carriers name: ${known.join(", ") || "none"})\n`;
  if (out !== undefined) {
    try {
      fs.mkdirSync(path.resolve(cwd, out), { recursive: true });
      for (const f of files) fs.writeFileSync(path.join(path.resolve(cwd, out), f.name), f.text);
    } catch (error) {
      return { exitCode: 2, stdout: "", stderr: `vicidial-lint render: cannot write to ${out}: ${(error as NodeJS.ErrnoException).code ?? "error"}\n` };
    }
    return { exitCode: 0, stdout: files.map((f) => path.join(out!, f.name) + "\n").join(""), stderr };
  }
  const stdout = only !== undefined ? files[0].text : files.map((f) => `==> ${f.name} <==\n${f.text}`).join("\n");
  return { exitCode: 0, stdout, stderr };
}

function usage(message: string): CliResult {
  return { exitCode: 2, stdout: "", stderr: `vicidial-lint render: ${message} (${RENDER_USAGE})\n` };
}
