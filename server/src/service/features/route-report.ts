// What routing a number gives (the match, the priorities that run, the Dials, warnings) and its plain-text report
// for `vicidial-lint route`. features/route.ts works it out.
import type { Span } from "../text/span";

export interface RouteLocation {
  uri: string;
  /** 1-based line. */
  line: number;
  span: Span;
  carrierId?: string;
}

export interface RouteStep extends RouteLocation {
  context: string;
  extension: string;
  priority: number;
  label?: string;
  application: string;
  /** Arguments as written. */
  arguments: string;
  /** Arguments with what is known substituted (secrets masked). */
  resolved: string;
  /** How this step was reached, when not by falling through. */
  note?: string;
}

export interface RouteDial extends RouteLocation {
  role: "primary" | "failover";
  priority: number;
  context: string;
  extension: string;
  /** Each destination (`&`-separated) with what is known substituted. */
  channels: string[];
  timeout?: string;
  options?: string;
  /** Variables left as written because their value is only known at run time. */
  unresolved: string[];
  /** Set when the Dial is only reached through a GotoIf branch. */
  via?: string;
}

export interface RouteResult {
  number: string;
  context: string;
  matched?: RouteLocation & { context: string; extension: string; via: string[] };
  /** Other extensions of the same context that match the number but sort after the winner. */
  alsoMatches: string[];
  steps: RouteStep[];
  dials: RouteDial[];
  warnings: string[];
}

/** Plain-text report: the match, each priority that runs, the Dial destinations, warnings. */
export function formatRoute(result: RouteResult, fileOf: (uri: string) => string = (u) => u): string {
  const out: string[] = [];
  out.push(`${result.number} in [${result.context}]`);
  if (!result.matched) {
    for (const w of result.warnings) out.push(`  ! ${w}`);
    return out.join("\n") + "\n";
  }
  const m = result.matched;
  const via = m.via.length > 1 ? ` via ${m.via.join(" > ")}` : "";
  const carrier = m.carrierId ? `, carrier ${m.carrierId}` : "";
  out.push(`matches ${m.extension} in [${m.context}]${via} (${fileOf(m.uri)}:${m.line}${carrier})`);
  if (result.alsoMatches.length > 0) out.push(`  (also matched by ${result.alsoMatches.join(", ")}, which Asterisk tries later)`);
  out.push("");
  out.push("Steps:");
  for (const s of result.steps) {
    const label = s.label ? `(${s.label})` : "";
    const where = s.extension !== m.extension || s.context !== m.context ? `  [${s.extension}@${s.context}]` : "";
    const args = s.arguments.length > 0 || s.resolved.length > 0 ? `(${s.resolved})` : "";
    out.push(`  ${String(s.priority).padStart(3)}${label} ${s.application}${args}${where}${s.note ? `  <- ${s.note}` : ""}`);
  }
  out.push("");
  if (result.dials.length > 0) {
    out.push("Dial:");
    const width = Math.max(...result.dials.flatMap((d) => d.channels.map((c) => c.length)), 10);
    for (const d of result.dials) {
      const extra = [d.timeout ? `timeout ${d.timeout}` : "", d.options ? `options ${d.options}` : "", `priority ${d.priority}`, d.via ?? ""].filter((x) => x.length > 0).join(", ");
      for (const channel of d.channels) out.push(`  ${d.role.padEnd(8)}  ${channel.padEnd(width)}  (${extra})`);
    }
  }
  if (result.warnings.length > 0) {
    out.push("");
    out.push("Warnings:");
    for (const w of result.warnings) out.push(`  ! ${w}`);
  }
  return out.join("\n") + "\n";
}
