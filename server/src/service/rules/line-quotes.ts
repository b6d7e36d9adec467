// Line numbers a finding's message quotes ("already used at line 12"). A rule names such a line by the span of its
// parsed line, which a re-parse moves in place when an edit above it adds or removes lines (parse/conf-reuse.ts), and
// writes a mark where the number goes; the number is worked out when the finding is shown (shown-findings.ts). So a
// finding kept across an edit that moved the line it quotes names the line where it is now, and the rule that made
// it does not run again for a move.
import { baseName } from "../model/file-kind";
import type { Span } from "../text/span";

/** A line a message quotes by number: its parsed line's span (the node's own object, moved in place). */
export interface LineQuote {
  uri: string;
  line: Span;
}

/** Stands in a message for the number of the finding's next quoted line (a private-use character). */
const LINE_MARK = "\uE000";

/** Gathers the lines one message quotes, in the order their marks appear in it. */
export class LineQuotes {
  readonly list: LineQuote[] = [];

  /** The mark for the number of `line` (a parsed line's span) of `uri`. */
  number(uri: string, line: Span): string {
    this.list.push({ uri, line });
    return LINE_MARK;
  }

  /** "line 12", or "peers.conf line 12" when the line is in another document than `fromUri`. */
  reference(uri: string, line: Span, fromUri: string): string {
    const mark = this.number(uri, line);
    return uri === fromUri ? `line ${mark}` : `${baseName(uri)} line ${mark}`;
  }

  /** The quotes for a finding: undefined when the message quotes none. */
  get quotes(): LineQuote[] | undefined {
    return this.list.length > 0 ? this.list : undefined;
  }
}

/** The 1-based numbers of the quoted lines, as `lineNumber` (a workspace's, of the current texts) gives them. */
export function quotedNumbers(quotes: readonly LineQuote[], lineNumber: (uri: string, offset: number) => number): number[] {
  return quotes.map((quote) => Math.max(1, lineNumber(quote.uri, quote.line.start)));
}

/** `message` with each mark replaced by the number of its line, in order (see `quotedNumbers`). */
export function withLineNumbers(message: string, numbers: readonly (number | string)[]): string {
  let k = 0;
  return message.replace(/\uE000/g, () => String(numbers[k++] ?? "?"));
}
