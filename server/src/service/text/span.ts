// Offsets and spans into a document's text, plus the line index that turns them into positions.

/** A half-open range [start, end) of character offsets into one document. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Spans are moved in place when a re-parse keeps lines that moved (parse/conf-reuse.ts, `followLine`). V8 treats a
 * field no code has changed yet as constant in the code it optimises, and throws that code away the first time one
 * changes: the first edit after a workspace's first analysis deoptimised some thirty text and parse functions, which
 * then ran slowly for several edits. Moving one span here, at load, tells V8 from the start that span offsets change.
 */
const moved: Span = { start: 0, end: 0 };
moved.start = moved.end = 1;

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** A new span: `span` moved `shift` characters further on (back, when negative). */
export function movedSpan(span: Span, shift: number): Span {
  return { start: span.start + shift, end: span.end + shift };
}

export function contains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}

/**
 * Line start offsets of a text; converts offsets to positions and back. Made from the text (one search per line
 * break), or over the lines of a parse of the whole text (`overLines`: each line's span starts where the line does,
 * and a re-parse keeps those current, so a keystroke costs no new index of a file of tens of thousands of lines).
 */
export class LineIndex {
  private readonly starts: readonly number[] | undefined;

  constructor(
    private readonly text: string,
    /** The text's lines, one per line break and one after the last, in order (see `overLines`). */
    private readonly lines?: readonly { readonly line: Span }[],
  ) {
    if (lines) return;
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  /** The index of `text` read off its parsed lines (a conf tree of the whole text), which hold every line's start. */
  static overLines(text: string, lines: readonly { readonly line: Span }[]): LineIndex {
    return new LineIndex(text, lines);
  }

  get lineCount(): number {
    return this.starts ? this.starts.length : this.lines!.length;
  }

  private startOf(line: number): number {
    return this.starts ? this.starts[line] : this.lines![line].line.start;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.startOf(mid) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.startOf(low) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineCount) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.startOf(position.line);
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  lineStart(line: number): number {
    return this.startOf(Math.max(0, Math.min(line, this.lineCount - 1)));
  }

  /** Offset of the end of a line's content, before CR LF. */
  lineEnd(line: number): number {
    const start = this.startOf(line);
    const next = line + 1 < this.lineCount ? this.startOf(line + 1) - 1 : this.text.length;
    return next > start && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }
}
