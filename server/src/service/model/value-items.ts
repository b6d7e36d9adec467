// The comma-separated items of an option value, each with its own span in the document (for findings on one item).
import type { PlacedOption } from "./units";
import type { Span } from "../text/span";

export interface ValueItem {
  /** The item with surrounding blanks removed (Asterisk strips each item). */
  text: string;
  /** Where the trimmed item sits; an empty item gets an empty span where it would be. */
  span: Span;
  /** The item's whole stretch between commas, blanks included. */
  raw: Span;
  /** True when the spans point into the document text; false when only the whole value span is known. */
  exact: boolean;
}

/**
 * Splits an option's value on commas (`split`) or takes it whole. Spans are exact when the raw text of the value is the
 * value itself (no inline comment or escape inside it); otherwise every item is placed on the whole value.
 */
export function valueItems(option: PlacedOption, documentText: string | undefined, split: boolean): ValueItem[] {
  const { value, valueSpan } = option.node;
  const raw = documentText?.slice(valueSpan.start, valueSpan.end);
  const exact = raw === value;
  const pieces = split ? value.split(",") : [value];
  const items: ValueItem[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const text = piece.trim();
    if (!exact) {
      items.push({ text, span: valueSpan, raw: valueSpan, exact });
      continue;
    }
    const start = valueSpan.start + cursor;
    const lead = piece.length - piece.trimStart().length;
    items.push({ text, span: { start: start + lead, end: start + lead + text.length }, raw: { start, end: start + piece.length }, exact });
    cursor += piece.length + 1;
  }
  return items;
}
