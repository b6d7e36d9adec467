// What a completion provider returns: plain data the adapters turn into their own completion items.
import type { Location } from "../locate";
import type { Span } from "../../text/span";

export type CompletionKind = "key" | "value" | "codec" | "section" | "snippet" | "application" | "variable" | "field" | "keyword";

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Text to insert (defaults to label); may use snippet syntax when `isSnippet`. */
  insertText?: string;
  isSnippet?: boolean;
  /** Range the item replaces (defaults to the word at the cursor). */
  replace?: Span;
  /** Where the editor lists it: `complete()` numbers the items in the order it ranks them. */
  sortText?: string;
}

export type CompletionProvider = (location: Location) => CompletionEntry[];

