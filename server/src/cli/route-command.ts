// `vicidial-lint route NUMBER PATH... [--context C] [--format text|json]`: which extension a dialed number reaches
// and which channels the call is sent to, from the conf files and carrier records given.
import * as path from "node:path";
import { LanguageService } from "../service/language-service";
import { loadForCommand } from "./load-workspace";
import type { RouteResult } from "../service/features/route";

export interface RouteCommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const ROUTE_USAGE = "usage: vicidial-lint route NUMBER PATH... [--context CONTEXT] [--format text|json]";

export function runRoute(argv: string[], cwd = process.cwd()): RouteCommandResult {
  let format: "text" | "json" = "text";
  let context: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq >= 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq >= 0 && arg.startsWith("--") ? arg.slice(eq + 1) : argv[++i]);
    if (arg === "--help" || arg === "-h") return { exitCode: 0, stdout: ROUTE_USAGE + "\n", stderr: "" };
    if (flag === "--format") {
      const v = value();
      if (v !== "text" && v !== "json") return usage(`unknown format '${v ?? ""}' (expected text or json)`);
      format = v;
    } else if (flag === "--context") {
      const v = value();
      if (!v) return usage("--context needs a value");
      context = v;
    } else if (arg.startsWith("--")) return usage(`unknown option '${flag}'`);
    else positional.push(arg);
  }
  if (positional.length === 0) return usage("no NUMBER given");
  const [number, ...paths] = positional;
  if (!/^[0-9*#+A-Za-z_-]+$/.test(number)) return usage(`'${number}' does not look like a dialed number`);
  if (paths.length === 0) return usage("no PATH given");
  const service = loadForCommand(paths, cwd, "route");
  if (!(service instanceof LanguageService)) return service;
  const fileOf = (uri: string) => path.relative(cwd, uri) || uri;
  const { result, text } = service.route(number, context, fileOf);
  const stdout = format === "json" ? JSON.stringify(forJson(result, fileOf), null, 2) + "\n" : text;
  return { exitCode: result.matched ? 0 : 1, stdout, stderr: "" };
}

function usage(message: string): RouteCommandResult {
  return { exitCode: 2, stdout: "", stderr: `vicidial-lint route: ${message} (${ROUTE_USAGE})\n` };
}

/** The result with file paths relative to the working directory and without raw offsets. */
function forJson(result: RouteResult, fileOf: (uri: string) => string): unknown {
  const place = <T extends { uri: string; span: unknown }>(x: T) => {
    const { uri, span, ...rest } = x;
    void span;
    return { file: fileOf(uri), ...rest };
  };
  return {
    number: result.number,
    context: result.context,
    matched: result.matched ? place(result.matched) : null,
    alsoMatches: result.alsoMatches,
    steps: result.steps.map(place),
    dials: result.dials.map(place),
    channels: result.dials.flatMap((d) => d.channels),
    warnings: result.warnings,
  };
}
