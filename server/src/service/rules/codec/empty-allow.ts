// codec/empty-allow: `allow=` with nothing after it, or an empty entry in a codec list (`ulaw,,alaw`, `ulaw,`).
import type { FixContext, Finding, QuickFix, Rule } from "../types";
import { deleteLine } from "../line-edits";
import { keyOf } from "./shared";
import { codecItemChecks } from "./line-contexts";

export const emptyAllow: Rule = {
  code: "codec/empty-allow",
  area: "codec",
  severity: "warning",
  summary: "`allow=` with no codec, or an empty entry in a codec list: Asterisk warns about an unknown format '' and the line adds nothing.",
  ...codecItemChecks((ctx) => {
    const reportedLines = new Set<object>();
    return (item, line) => {
      if (item.joined || item.text.length > 0 || item.approximate) return;
      const node = line.option.node;
      if (line.items.length === 1 && line.appended.length === 0 && !line.parenthesized) {
        ctx.report({
          uri: line.option.uri,
          span: { start: node.keySpan.start, end: node.operatorSpan.end },
          message: `'${keyOf(line)}=' names no codec: Asterisk warns "unknown format ''" and the line does nothing. Remove it or name a codec.`,
          data: { kind: "line", line: node.line },
        });
        return;
      }
      // Nothing but separators (`allow=,`): removing one leaves an empty allow=, so the whole line goes instead.
      if (line.items.every((i) => i.text.length === 0) && line.appended.length === 0 && !line.parenthesized && !line.items.some((i) => i.approximate)) {
        if (reportedLines.has(node)) return;
        reportedLines.add(node);
        ctx.report({
          uri: line.option.uri,
          span: { start: node.keySpan.start, end: node.valueSpan.end },
          message: `'${keyOf(line)}=' lists only empty entries: Asterisk warns "unknown format ''" for each and the line does nothing. Remove it or name a codec.`,
          data: { kind: "line", line: node.line },
        });
        return;
      }
      const value = item.option.node.value;
      const base = item.option.node.valueSpan.start;
      const separator = separatorNear(value, item.span.start - base);
      if (separator < 0) return;
      ctx.report({
        uri: item.option.uri,
        span: { start: base + separator, end: base + separator + 1 },
        message: `Empty entry in the codec list of '${keyOf(line)}': Asterisk warns "unknown format ''" for it. Remove the extra separator.`,
        data: { kind: "separator" },
      });
    };
  }),
  fix(finding: Finding, ctx: FixContext): QuickFix[] {
    if (finding.data?.kind === "separator") {
      return [{ title: "Remove the extra separator", edits: [{ uri: finding.uri, span: finding.span, newText: "" }], isPreferred: true }];
    }
    const text = ctx.textOf(finding.uri);
    if (text === undefined) return [];
    const line = finding.data?.line as { start: number; end: number } | undefined;
    if (!line) return [];
    // deleteLine keeps the field name of a one-line record field (`template_contents: allow=`).
    return [{ title: "Delete the empty allow= line", edits: [deleteLine(finding.uri, text, line)], isPreferred: true }];
  },
};

/**
 * Index of the `,`/`|` next to an empty entry at `local`: the one after it, else (the last entry) the one before it.
 * After first, so that two empty entries in a row (`,,ulaw`) name two separators, not the same one twice.
 */
function separatorNear(value: string, local: number): number {
  for (let i = local; i < value.length; i++) {
    if (value[i] === "," || value[i] === "|") return i;
    if (value[i] !== " " && value[i] !== "\t") break;
  }
  for (let i = local - 1; i >= 0; i--) {
    if (value[i] === "," || value[i] === "|") return i;
    if (value[i] !== " " && value[i] !== "\t") break;
  }
  return -1;
}
