// pattern/shadowed: every number a pattern matches is taken first by extensions Asterisk tries before it.
// Extensions are sorted once in Asterisk's order and indexed by position, so each pattern is compared only with
// the few extensions that can meet it (a context of thousands of carrier patterns stays fast).
import { commonExample, inTryOrder, matchesExtension, uncoveredExample } from "../../model/extension-pattern";
import type { DialplanContext, DialplanExtension } from "../../model/dialplan";
import { PatternIndex } from "../../model/pattern-index";
import type { Rule, RuleContext } from "../types";
import { LineQuotes } from "../line-quotes";

/** Extensions of a context that take calls, each with its place in the order Asterisk tries them. */
function rankedExtensions(context: DialplanContext): Map<DialplanExtension, number> {
  const live = context.extensions.filter((e) => e.cid === undefined && e.steps.length > 0);
  const rank = new Map<DialplanExtension, number>();
  let previous: DialplanExtension | undefined;
  inTryOrder(live, (e) => e.name).forEach(({ item: ext, tiesPrevious }, i) => {
    // Extensions that compare equal share a rank: neither is tried before the other.
    rank.set(ext, previous && tiesPrevious ? rank.get(previous)! : i);
    previous = ext;
  });
  return rank;
}

/** Earlier extensions that match at least one number `target` matches, in file order. */
function meetingEarlier(target: DialplanExtension, rank: Map<DialplanExtension, number>, index: PatternIndex<DialplanExtension>, order: Map<DialplanExtension, number>): DialplanExtension[] {
  const mine = rank.get(target)!;
  return index
    .candidates(target.parsed)
    .filter((other) => other !== target && rank.get(other)! < mine)
    .filter((other) => (other.parsed.isPattern ? commonExample(other.parsed, target.parsed) !== undefined : matchesExtension(target.name, other.name)))
    .sort((a, b) => order.get(a)! - order.get(b)!);
}

/** Each shadowed extension of a context, and those that shadow it, as places in `context.extensions`. */
type Shadowing = [target: number, meeting: number[]][];

function findShadowed(context: DialplanContext): Shadowing {
  const rank = rankedExtensions(context);
  const index = new PatternIndex<DialplanExtension>();
  const order = new Map<DialplanExtension, number>();
  for (const ext of rank.keys()) index.add(ext.parsed, ext);
  context.extensions.forEach((ext, i) => order.set(ext, i));
  const found: Shadowing = [];
  for (const target of context.extensions) {
    if (!rank.has(target) || !target.parsed.isPattern || target.parsed.matchesNothing) continue;
    const meeting = meetingEarlier(target, rank, index, order);
    if (meeting.length === 0) continue;
    // A pattern with a `.`/`!` tail matches numbers of any length; extensions of fixed length cannot cover it.
    if (target.parsed.tail && !meeting.some((m) => m.parsed.tail)) continue;
    if (uncoveredExample(target.parsed, meeting.map((m) => m.parsed)) !== undefined) continue;
    found.push([order.get(target)!, meeting.map((m) => order.get(m)!)]);
  }
  return found;
}

/**
 * What decides which extensions shadow which: their names in order, whether each has a caller-ID match and whether
 * it has a step Asterisk keeps, three entries per extension. A context rebuilt with the same (a step edited inside an
 * extension) shadows the same. Plain values: a kept input holds nothing of the context it was read from.
 */
function sameShadowingInput(context: DialplanContext, input: readonly (string | boolean | undefined)[]): boolean {
  const extensions = context.extensions;
  if (input.length !== extensions.length * 3) return false;
  for (let i = 0; i < extensions.length; i++) {
    const e = extensions[i];
    if (input[3 * i] !== e.name || input[3 * i + 1] !== e.cid || input[3 * i + 2] !== e.steps.length > 0) return false;
  }
  return true;
}

function shadowingInput(context: DialplanContext): (string | boolean | undefined)[] {
  const input: (string | boolean | undefined)[] = [];
  for (const e of context.extensions) input.push(e.name, e.cid, e.steps.length > 0);
  return input;
}

/** The last shadowing worked out per context name, with its input (bounded: one entry per name). */
const lastShadowing = new Map<string, { input: readonly (string | boolean | undefined)[]; found: Shadowing }>();

function checkContext(context: DialplanContext, ctx: RuleContext): void {
  let kept = lastShadowing.get(context.name);
  if (!kept || !sameShadowingInput(context, kept.input)) {
    if (lastShadowing.size > 5000) lastShadowing.clear();
    lastShadowing.set(context.name, (kept = { input: shadowingInput(context), found: findShadowed(context) }));
  }
  for (const [target, meeting] of kept.found) report(context.extensions[target], meeting.map((i) => context.extensions[i]), ctx);
}

function report(target: DialplanExtension, meeting: DialplanExtension[], ctx: RuleContext): void {
  const first = target.lines.find((s) => s.extensionSpan) ?? target.lines[0];
  if (!first?.extensionSpan) return;
  const quotes = new LineQuotes();
  const names = meeting.slice(0, 3).map((m) => {
    const at = m.lines[0];
    return `'${m.name}' (line ${quotes.number(at.uri, at.option.node.line)})`;
  });
  const more = meeting.length > 3 ? ` and ${meeting.length - 3} more` : "";
  ctx.report({
    uri: first.uri,
    span: first.extensionSpan,
    message: `'${target.name}' never runs: Asterisk tries ${names.join(", ")}${more} first, and together they match every number this pattern matches. Remove it or make the earlier pattern narrower.`,
    related: meeting.slice(0, 3).map((m) => ({ uri: m.lines[0].uri, span: m.lines[0].extensionSpan ?? m.lines[0].option.node.valueSpan, message: `'${m.name}' is tried first` })),
    quotes: quotes.quotes,
  });
}

export const shadowed: Rule = {
  code: "pattern/shadowed",
  area: "pattern",
  severity: "warning",
  summary: "A pattern never runs: Asterisk tries exact extensions first and then patterns position by position (smaller character set first), and the ones tried earlier already match every number it matches.",
  checkContext(context, ctx) {
    checkContext(context, ctx);
  },
};
