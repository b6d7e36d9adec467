// A context's includes (`include => name`): each made from its line, and given new spans when a re-parse moved its
// line in place.
import type { PlacedOption } from "./units";
import type { DialplanContext, DialplanInclude } from "./dialplan-types";
import type { Span } from "../text/span";

/**
 * Follows a kept context whose lines a re-parse moved in place (same nodes, same text, other offsets): each include
 * takes its name's place. The steps follow by themselves when read (see `BuiltStep`); nothing else a context holds
 * has an offset, and what the steps are (extension, priority, dropped ...) cannot change while their lines are the same.
 */
export function followMovedLines(context: DialplanContext): void {
  for (const include of context.includes) include.span = includeSpan(include.option, include.name);
}

/**
 * The include of `name` on `option`'s line. Its span is given twice (see `emptyContext`): a kept context whose lines
 * moved gives its includes new spans (`followMovedLines`).
 */
export function newInclude(name: string, option: PlacedOption, context: DialplanContext): DialplanInclude {
  const include: DialplanInclude = { name, span: NO_SPAN, uri: option.uri, option, context };
  include.span = includeSpan(option, name);
  return include;
}

const NO_SPAN: Span = { start: 0, end: 0 };

export function includeSpan(option: PlacedOption, name: string): Span {
  const start = option.node.valueSpan.start + option.node.value.indexOf(name);
  return { start, end: start + name.length };
}
