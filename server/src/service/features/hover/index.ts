// Hover: asks each provider in turn, most specific first; the first answer wins.
import type { Span } from "../../text/span";
import type { Location } from "../locate";
import { glossaryHover } from "./glossary-hover";

export interface HoverResult {
  markdown: string;
  span?: Span;
}

export type HoverProvider = (location: Location) => HoverResult | undefined;

/** Providers, most specific first. Area modules add theirs here. */
export const HOVER_PROVIDERS: HoverProvider[] = [glossaryHover];

export function hover(location: Location): HoverResult | undefined {
  for (const provider of HOVER_PROVIDERS) {
    const result = provider(location);
    if (result) return result;
  }
  return undefined;
}
