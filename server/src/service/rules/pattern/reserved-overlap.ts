// pattern/reserved-overlap: a carrier pattern that takes calls meant for VICIdial's own extensions. VICIdial's
// [vicidial-auto] searches -internal and -phones before -external, so the internal extensions only lose where a context
// searches [vicidial-auto-external] first; the server dial-around sits in -external itself, where Asterisk tries the
// more specific pattern first, so it only loses to a carrier pattern that sorts before it.
import { commonExample, compareExtensions, matchesExtension, parseExtension } from "../../model/extension-pattern";
import type { Rule, RuleContext } from "../types";
import type { Dialplan, DialplanContext, DialplanStep } from "../../model/dialplan";
import { firstNamingSteps, hasCarrierSteps, indexOf, isCarrierStep, unitDialplan } from "../dialplan/common";
/** Extensions VICIdial dials internally (vicidial-auto-*, extensions.conf); outbound carrier patterns must leave them alone. */
export const RESERVED_EXTENSIONS: { extension: string; purpose: string }[] = [
  { extension: "8500", purpose: "voicemail" },
  { extension: "8501", purpose: "voicemail" },
  { extension: "8167", purpose: "prompt recording" },
  { extension: "8168", purpose: "prompt recording" },
  { extension: "8309", purpose: "call recording" },
  { extension: "8310", purpose: "call recording" },
  { extension: "8368", purpose: "internal extensions.conf entry" },
  { extension: "_8600XXX*.", purpose: "agent conference sessions" },
  { extension: "_85026666666666.", purpose: "internal VICIdial session" },
  { extension: "_8305888888888888.", purpose: "internal loop-back" },
  { extension: "_83046777777777*.", purpose: "internal VICIdial session" },
];

/** Contexts of VICIdial that hold the internal extensions above ([vicidial-auto] includes them before -external). */
const INTERNAL_CONTEXTS = new Set(["vicidial-auto", "vicidial-auto-internal", "vicidial-auto-phones"]);
const EXTERNAL = "vicidial-auto-external";
/** A server dial-around pattern as ADMIN_keepalive_ALL.pl writes it: the zero-padded server IP, then `*.`. */
const DIAL_AROUND = /^_\d{3}\*\d{3}\*\d{3}\*\d{3}\*\.$/;

/** VICIdial's dial-around prefix for a server_ip: 10.10.10.15 → `_010*010*010*015*.`; undefined for 0.0.0.0 or no IP. */
export function dialAroundPattern(serverIp: string | undefined): string | undefined {
  const octets = (serverIp ?? "").trim().split(".");
  if (octets.length !== 4 || !octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)) return undefined;
  if (octets.every((o) => Number(o) === 0)) return undefined;
  return "_" + octets.map((o) => o.padStart(3, "0")).join("*") + "*.";
}

const CARRIER_BY_URI = {};
/** Dial-around patterns written in each context (worked out once per context). */
const writtenArounds = new WeakMap<DialplanContext, string[]>();

/** The dial-around patterns a carrier step competes with: its own server's, and those written beside it. */
function dialArounds(step: DialplanStep, ctx: RuleContext): string[] {
  const found = new Set<string>();
  if (step.carrierId !== undefined) {
    const byUri = ctx.workspace.memo(CARRIER_BY_URI, () => new Map(ctx.workspace.carriers().map((c) => [c.uri, c])));
    const own = dialAroundPattern(byUri.get(step.uri)?.field("server_ip")?.value);
    if (own) found.add(own);
  }
  let written = writtenArounds.get(step.context);
  if (!written) writtenArounds.set(step.context, (written = step.context.extensions.map((e) => e.name).filter((n) => DIAL_AROUND.test(n))));
  for (const name of written) found.add(name);
  return [...found];
}

/** A context of the server that searches [vicidial-auto-external] before (or without) VICIdial's internal contexts. */
function externalFirst(dialplan: Dialplan, ctx: RuleContext): string | undefined {
  const index = indexOf(ctx);
  for (const member of index.groupOf(dialplan)) {
    for (const context of member.contexts.values()) {
      if (context.name === "vicidial-auto") continue;
      for (const include of context.includes) {
        const name = include.name.toLowerCase();
        if (INTERNAL_CONTEXTS.has(name)) break;
        if (name === EXTERNAL) return context.name;
      }
    }
  }
  return undefined;
}



/** The first line of each carrier extension whose name is a pattern, context by context (no list of every extension made). */
function carrierPatternSteps(dialplan: Dialplan): DialplanStep[] {
  const steps: DialplanStep[] = [];
  if (!hasCarrierSteps(dialplan)) return steps;
  for (const context of dialplan.contexts.values()) {
    for (const step of firstNamingSteps(context)) {
      if (isCarrierStep(step) && step.extensionText.startsWith("_") && step.extensionText !== "_") steps.push(step);
    }
  }
  return steps;
}

export const reservedOverlap: Rule = {
  code: "pattern/reserved-overlap",
  area: "pattern",
  severity: "warning",
  summary: "A carrier pattern takes calls meant for VICIdial's own extensions: the server dial-around it sorts before, or internal ones (8500, 8600XXX* ...) where a context searches [vicidial-auto-external] first.",
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    let first: { context: string | undefined } | undefined;
    for (const step of carrierPatternSteps(dialplan)) {
      if (DIAL_AROUND.test(step.extensionText)) continue;
      const parsed = parseExtension(step.extensionText);
      if (parsed.matchesNothing) continue;
      const problems: string[] = [];
      for (const around of dialArounds(step, ctx)) {
        if (compareExtensions(step.extensionText, around) >= 0) continue;
        const hit = commonExample(parsed, parseExtension(around));
        if (hit !== undefined) {
          problems.push(`VICIdial's server dial-around '${around}' (its calls between servers, e.g. ${hit}): Asterisk tries '${step.extensionText}' first in [${EXTERNAL}]`);
        }
      }
      first ??= { context: externalFirst(dialplan, ctx) };
      if (first.context !== undefined) {
        const hits: string[] = [];
        for (const reserved of RESERVED_EXTENSIONS) {
          const hit = reserved.extension.startsWith("_")
            ? commonExample(parsed, parseExtension(reserved.extension))
            : matchesExtension(step.extensionText, reserved.extension)
              ? reserved.extension
              : undefined;
          if (hit !== undefined) hits.push(`${reserved.extension} (${reserved.purpose}${reserved.extension.startsWith("_") ? `, e.g. ${hit}` : ""})`);
        }
        if (hits.length > 0) {
          const shown = hits.slice(0, 3).join("; ") + (hits.length > 3 ? `; and ${hits.length - 3} more` : "");
          problems.push(`VICIdial's internal ${shown}: [${first.context}] searches [${EXTERNAL}] before VICIdial's internal contexts`);
        }
      }
      if (problems.length === 0) continue;
      ctx.report({
        uri: step.uri,
        span: step.extensionSpan!,
        message: `'${step.extensionText}' also matches ${problems.join("; and ")}, so those calls go out through this carrier. Start the pattern with the dial prefix (e.g. _91NXXNXXXXXX).`,
      });
    }
  },
};
