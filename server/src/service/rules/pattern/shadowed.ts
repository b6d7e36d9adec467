// pattern/shadowed: every number a pattern matches is taken first by extensions Asterisk tries before it.
import { commonExample, compareExtensions, matchesExtension, uncoveredExample } from "../../model/extension-pattern";
import type { DialplanExtension } from "../../model/dialplan";
import type { Rule } from "../types";
import { lineNumber, unitDialplan } from "../dialplan/common";

export const shadowed: Rule = {
  code: "pattern/shadowed",
  area: "pattern",
  severity: "warning",
  summary: "A pattern never runs: Asterisk tries exact extensions first and then patterns position by position (smaller character set first), and the ones tried earlier already match every number it matches.",
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    for (const context of dialplan.contexts.values()) {
      const live = context.extensions.filter((e) => e.cid === undefined && e.steps.length > 0);
      for (const target of live) {
        if (!target.parsed.isPattern || target.parsed.matchesNothing) continue;
        const earlier = live.filter((other) => other !== target && compareExtensions(other.name, target.name) < 0);
        const meeting = earlier.filter((other) =>
          other.parsed.isPattern ? commonExample(other.parsed, target.parsed) !== undefined : matchesExtension(target.name, other.name),
        );
        if (meeting.length === 0) continue;
        if (uncoveredExample(target.parsed, meeting.map((m) => m.parsed)) !== undefined) continue;
        const first = target.lines.find((s) => s.extensionSpan) ?? target.lines[0];
        if (!first?.extensionSpan) continue;
        const names = meeting.slice(0, 3).map((m: DialplanExtension) => {
          const at = m.lines[0];
          return `'${m.name}' (line ${lineNumber(ctx.workspace, at.uri, at.option.node.line.start)})`;
        });
        const more = meeting.length > 3 ? ` and ${meeting.length - 3} more` : "";
        ctx.report({
          uri: first.uri,
          span: first.extensionSpan,
          message: `'${target.name}' never runs: Asterisk tries ${names.join(", ")}${more} first, and together they match every number this pattern matches. Remove it or make the earlier pattern narrower.`,
          related: meeting.slice(0, 3).map((m) => ({ uri: m.lines[0].uri, span: m.lines[0].extensionSpan ?? m.lines[0].option.node.valueSpan, message: `'${m.name}' is tried first` })),
        });
      }
    }
  },
};
