// Completion: every provider contributes items for the position; the adapter shows them all.
import type { Location } from "../locate";
import type { Span } from "../../text/span";
import { codecCompletion } from "./codec-completion";
import { dialplanCompletion } from "./dialplan-completion";
import { optionCompletion } from "./option-completion";
import { recordValueCompletion } from "./record-value-completion";
import { referenceCompletion } from "./reference-completion";
import { templateCompletion } from "./template-completion";

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
}

export type CompletionProvider = (location: Location) => CompletionEntry[];

/** Providers; area modules add theirs here. */
export const COMPLETION_PROVIDERS: CompletionProvider[] = [codecCompletion, optionCompletion, dialplanCompletion, referenceCompletion, templateCompletion, recordValueCompletion];

export function complete(location: Location): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const provider of COMPLETION_PROVIDERS) {
    for (const item of provider(location)) {
      const key = item.kind + ":" + item.label;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
