// Shared by the `register` rules: how register parts are quoted in messages, reporting with passwords masked, and
// `grammarRule`, the factory for the rules that report one kind of parser problem. The register lines themselves
// (which lines, which grammar, which [general]) are model/register-options.ts.
import { lookupTable } from "../../util/lookup-table";
import { reportKept } from "../kept-reports";
import type { PlacedOption } from "../../model/units";
import type { RegisterGrammar, RegisterLine, RegisterPart } from "../../model/register-line";
import { registerOptions, type RegisterOption } from "../../model/register-options";
import { redact } from "../../secrets";
import type { FindingInput, Rule, RuleContext, Severity } from "../types";
import type { RegisterProblem, RegisterProblemKind } from "../../model/register-line";

export function driverName(grammar: RegisterGrammar): string {
  return grammar === "iax" ? "chan_iax2" : "chan_sip";
}

// --- Rendering -------------------------------------------------------------------------------------------------

/** A part for a message: `'text'`, or a neutral phrase when the part is (or may hold) the password. */
export function quotePart(p: RegisterPart | undefined, fallback = "this part"): string {
  if (!p) return fallback;
  if (p.sensitive) return fallback;
  return `'${p.value.length > 60 ? p.value.slice(0, 57) + "..." : p.value}'`;
}

export const PART_LABEL: Record<string, string> = lookupTable({
  peer: "peer",
  transport: "transport",
  user: "user",
  domain: "domain",
  domainport: "domain port",
  secret: "password",
  authuser: "auth user",
  host: "host",
  port: "port",
  extension: "extension",
  expiry: "expiry",
});

/**
 * Reports a finding with every possible password of the line masked in the message (defence in depth: messages
 * are built not to quote sensitive parts). Only whole-word occurrences are masked, so that a short password such
 * as `auth` does not garble words like `authentication`.
 */
export function reportSafe(ctx: RuleContext, line: RegisterLine, finding: FindingInput): void {
  ctx.report({ ...finding, message: redact(finding.message, line.secrets) });
}

// --- A rule per parser problem kind ----------------------------------------------------------------------------

export interface GrammarRuleSpec {
  code: string;
  kinds: RegisterProblemKind[];
  severity: Severity;
  summary: string;
  /** Message and severity for one problem; return undefined to skip it. */
  describe(problem: RegisterProblem, line: RegisterLine, option: PlacedOption): { message: string; severity?: Severity } | undefined;
  fix?: Rule["fix"];
}

/** A rule reporting some kinds of parser problems of the register lines of sip/iax units. */
export function grammarRule(spec: GrammarRuleSpec): Rule {
  return {
    code: spec.code,
    area: "register",
    severity: spec.severity,
    summary: spec.summary,
    checkUnit(unit, ctx) {
      // Kept while the unit's register lines are the same objects (an edit elsewhere in a large unit re-checks none).
      const registers = registerOptions(unit, ctx.workspace);
      reportKept(ctx, `${spec.code}\u0000${unit.id}`, [registers], (kept) => reportProblems(spec, registers, kept));
    },
    fix: spec.fix,
  };
}

/** Reports the problems of the kinds `spec` names among the parsed register lines. */
function reportProblems(spec: GrammarRuleSpec, registers: readonly RegisterOption[], ctx: RuleContext): void {
  for (const { option, line } of registers) {
    for (const problem of line.problems) {
      if (!spec.kinds.includes(problem.kind)) continue;
      const described = spec.describe(problem, line, option);
      if (!described) continue;
      const span = problem.span.end > problem.span.start ? problem.span : option.node.keySpan;
      reportSafe(ctx, line, {
        uri: option.uri,
        span,
        message: described.message,
        severity: described.severity,
        data: { problemSpan: problem.span, reason: problem.reason ?? null, valueSpan: option.node.valueSpan },
      });
    }
  }
}

/** How a register line is described at the start of a message. */
export function lineLabel(line: RegisterLine): string {
  return line.grammar === "iax" ? "IAX2 register line" : "Register line";
}
