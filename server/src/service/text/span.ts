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

/** Line start offsets of a text, computed once; converts offsets to positions and back. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    // One native search per line break: the server makes an index for every revision of a document it publishes.
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of a line's content, before CR LF. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return next > this.starts[line] && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }
}
