// carrier/dialplan-stripped-chars: single quotes, backslashes and lone carriage returns in a carrier's dialplan entry.
// admin.php deletes all three when saving (the CR of a CRLF line break is harmless: the browser sends CRLF anyway).
// The fix turns a line's single quotes into double quotes when they pair up.
import type { Span } from "../../text/span";
import type { Rule, TextEdit } from "../types";

interface QuoteData extends Record<string, unknown> {
  quotes: number[];
}

/** Spans of `$[ ... ]` expressions on a line (nesting counted), as offsets into the line. */
function expressionSpans(line: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while ((i = line.indexOf("$[", i)) >= 0) {
    let depth = 0;
    let j = i + 1;
    for (; j < line.length; j++) {
      if (line[j] === "[") depth++;
      else if (line[j] === "]" && --depth === 0) break;
    }
    spans.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return spans;
}

const inside = (spans: Span[], at: number) => spans.some((s) => at >= s.start && at < s.end);

export const dialplanStrippedChars: Rule = {
  code: "carrier/dialplan-stripped-chars",
  area: "carrier",
  severity: "warning",
  summary: "A single quote, backslash or lone carriage return in a dialplan entry: VICIdial deletes them when saving, which can break quoted expressions, escapes or line breaks.",
  checkDocument(doc, ctx) {
    if (doc.record?.kind !== "carrier") return;
    const field = doc.record.fields.get("dialplan_entry");
    if (!field) return;
    const text = doc.text;
    let lineStart = field.valueSpan.start;
    while (lineStart <= field.valueSpan.end) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0 || lineEnd > field.valueSpan.end) lineEnd = field.valueSpan.end;
      const line = text.slice(lineStart, lineEnd);
      const expressions = expressionSpans(line);
      const quotes: number[] = [];
      const slashes: number[] = [];
      const crs: number[] = [];
      for (let i = 0; i < line.length; i++) {
        if (line[i] === "'") quotes.push(i);
        else if (line[i] === "\\") slashes.push(i);
        else if (line[i] === "\r" && !(i === line.length - 1 && text[lineEnd] === "\n")) crs.push(i);
      }
      const spanOf = (list: number[]) => ({ start: lineStart + list[0], end: lineStart + list[list.length - 1] + 1 });
      if (quotes.length > 0) {
        const inExpression = quotes.some((q) => inside(expressions, q));
        const pairs = quotes.length % 2 === 0;
        ctx.report({
          uri: doc.uri,
          span: spanOf(quotes),
          severity: inExpression ? "error" : "warning",
          message:
            `VICIdial deletes single quotes from the dialplan entry when it is saved` +
            (inExpression
              ? `, so the quoted operands of this $[...] expression lose their quotes: an empty variable then leaves the expression without an operand and it fails.`
              : `, so this text reaches Asterisk without them.`) +
            ` Use double quotes (") instead.`,
          data: pairs ? ({ quotes: quotes.map((q) => lineStart + q) } as QuoteData) : undefined,
        });
      }
      if (slashes.length > 0) {
        const escapes = slashes.filter((s) => s + 1 < line.length && !/\s/.test(line[s + 1]));
        const escapesSemicolon = escapes.some((s) => line[s + 1] === ";");
        ctx.report({
          uri: doc.uri,
          span: spanOf(slashes),
          severity: escapes.length > 0 ? "error" : "warning",
          message:
            `VICIdial deletes backslashes from the dialplan entry when it is saved` +
            (escapesSemicolon
              ? `, so '\\;' becomes ';' and Asterisk treats the rest of the line as a comment.`
              : escapes.length > 0
                ? `, so the character after it is no longer escaped and Asterisk reads it as syntax (a ',' separates arguments again).`
                : `, so this text reaches Asterisk without it.`) +
            ` Write the line without backslashes.`,
        });
      }
      if (crs.length > 0) {
        ctx.report({
          uri: doc.uri,
          span: spanOf(crs),
          message:
            `A carriage return without a line feed: VICIdial deletes it when saving, so the text on both sides of it ` +
            `becomes one dialplan line. Use a normal line break.`,
        });
      }
      if (lineEnd >= field.valueSpan.end) break;
      lineStart = lineEnd + 1;
    }
  },
  fix(finding) {
    const data = finding.data as QuoteData | undefined;
    if (!data?.quotes || data.quotes.length === 0) return [];
    const edits: TextEdit[] = data.quotes.map((at) => ({ uri: finding.uri, span: { start: at, end: at + 1 }, newText: '"' }));
    return [{ title: "Use double quotes instead of single quotes", edits, isPreferred: true }];
  },
};
