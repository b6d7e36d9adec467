// pattern/reserved-overlap: a carrier pattern that takes calls meant for VICIdial's own extensions. VICIdial's
// [vicidial-auto] searches -internal and -phones before -external, so the internal extensions only lose where a context
// searches [vicidial-auto-external] first; the server dial-around sits in -external itself, where Asterisk tries the
// more specific pattern first, so it only loses to a carrier pattern that sorts before it.
import { commonExample, compareExtensions, matchesExtension, parseExtension } from "../../model/extension-pattern";
import type { Rule, RuleContext } from "../types";
import type { Dialplan, DialplanContext, DialplanStep } from "../../model/dialplan";
import { firstNamingSteps, hasCarrierSteps, indexOf, isCarrierStep, unitDialplan } from "../dialplan/common";
import { keepsLineWork } from "../../model/built-contexts";
import { LineWork } from "../../model/line-work";
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

const OWN_AROUNDS = {};

/** Each carrier's own server dial-around pattern, by the uri of its dialplan entry (once per workspace). */
function ownArounds(ctx: RuleContext): Map<string, string | undefined> {
  return ctx.workspace.memo(OWN_AROUNDS, () => new Map(ctx.workspace.carriers().map((c) => [c.uri, dialAroundPattern(c.field("server_ip")?.value)])));
}

/** The dial-around patterns written in a context, and the same as one text (a rebuilt context's are new lists). */
interface WrittenArounds {
  list: readonly string[];
  key: string;
}

/** Dial-around patterns written in each context (worked out once per context). */
const writtenArounds = new WeakMap<DialplanContext, WrittenArounds>();

function writtenIn(context: DialplanContext): WrittenArounds {
  let written = writtenArounds.get(context);
  if (!written) {
    const list = context.extensions.map((e) => e.name).filter((n) => DIAL_AROUND.test(n));
    writtenArounds.set(context, (written = { list, key: list.join("\n") }));
  }
  return written;
}

/** The dial-around patterns a carrier step competes with: its own server's (`own`) first, then those written beside it. */
function dialArounds(own: string | undefined, written: readonly string[]): readonly string[] {
  return own === undefined ? written : [own, ...written.filter((around) => around !== own)];
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

/** What a carrier pattern takes from VICIdial, and what that was worked out from besides its line's extension text. */
interface Verdict {
  own: string | undefined;
  written: string;
  first: string | undefined;
  problems: readonly string[];
}

/**
 * The verdict of each carrier pattern's first line, kept on the line in a rebuilt context (model/line-work.ts) with
 * what else it read: after an edit of one line of [vicidial-auto-external], the other patterns are not compared with
 * the dial-arounds and VICIdial's extensions again.
 */
const VERDICTS = new LineWork<Verdict>();

export const reservedOverlap: Rule = {
  code: "pattern/reserved-overlap",
  area: "pattern",
  severity: "warning",
  summary: "A carrier pattern takes calls meant for VICIdial's own extensions: the server dial-around it sorts before, or internal ones (8500, 8600XXX* ...) where a context searches [vicidial-auto-external] first.",
  // The include order of the dialplan's group, and each carrier's server_ip.
  unitAlsoReads: ["extensions", "records"],
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    const steps = carrierPatternSteps(dialplan);
    if (steps.length === 0) return;
    const first = externalFirst(dialplan, ctx);
    const owns = ownArounds(ctx);
    for (const step of steps) {
      const own = step.carrierId !== undefined ? owns.get(step.uri) : undefined;
      const written = writtenIn(step.context);
      const keep = keepsLineWork(step.context);
      let verdict = keep ? VERDICTS.get(step.lineKey) : undefined;
      if (!verdict || verdict.own !== own || verdict.written !== written.key || verdict.first !== first) {
        verdict = { own, written: written.key, first, problems: problemsOf(step.extensionText, dialArounds(own, written.list), first) };
        if (keep) VERDICTS.set(step.lineKey, verdict);
      }
      if (verdict.problems.length === 0) continue;
      ctx.report({
        uri: step.uri,
        span: step.extensionSpan!,
        message: `'${step.extensionText}' also matches ${verdict.problems.join("; and ")}, so those calls go out through this carrier. Start the pattern with the dial prefix (e.g. _91NXXNXXXXXX).`,
      });
    }
  },
};

/**
 * What a carrier pattern also matches of VICIdial's: the server dial-arounds it sorts before, and VICIdial's internal
 * extensions when `first` (a context searching [vicidial-auto-external] before them) is set.
 */
function problemsOf(pattern: string, arounds: readonly string[], first: string | undefined): string[] {
  const problems: string[] = [];
  if (DIAL_AROUND.test(pattern)) return problems;
  const parsed = parseExtension(pattern);
  if (parsed.matchesNothing) return problems;
  for (const around of arounds) {
    if (compareExtensions(pattern, around) >= 0) continue;
    const hit = commonExample(parsed, parseExtension(around));
    if (hit !== undefined) {
      problems.push(`VICIdial's server dial-around '${around}' (its calls between servers, e.g. ${hit}): Asterisk tries '${pattern}' first in [${EXTERNAL}]`);
    }
  }
  if (first === undefined) return problems;
  const hits: string[] = [];
  for (const reserved of RESERVED_EXTENSIONS) {
    const hit = reserved.extension.startsWith("_")
      ? commonExample(parsed, parseExtension(reserved.extension))
      : matchesExtension(pattern, reserved.extension)
        ? reserved.extension
        : undefined;
    if (hit !== undefined) hits.push(`${reserved.extension} (${reserved.purpose}${reserved.extension.startsWith("_") ? `, e.g. ${hit}` : ""})`);
  }
  if (hits.length > 0) {
    const shown = hits.slice(0, 3).join("; ") + (hits.length > 3 ? `; and ${hits.length - 3} more` : "");
    problems.push(`VICIdial's internal ${shown}: [${first}] searches [${EXTERNAL}] before VICIdial's internal contexts`);
  }
  return problems;
}
