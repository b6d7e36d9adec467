// Hover: asks each provider in turn, most specific first; the first answer wins.
import type { Location } from "../locate";
import { codecHover } from "./codec-hover";
import { dialplanHover } from "./dialplan-hover";
import { glossaryHover } from "./glossary-hover";
import { optionHover } from "./option-hover";
import { recordFieldHover } from "./record-field-hover";
import { recordValueHover } from "./record-value-hover";
import { registerHover } from "./register-hover";
import { sectionHover } from "./section-hover";
import { securityHover } from "./security-hover";

import type { HoverProvider, HoverResult } from "./types";
export type { HoverProvider, HoverResult } from "./types";


/** Providers, most specific first. Area modules add theirs here. */
export const HOVER_PROVIDERS: HoverProvider[] = [recordFieldHover, recordValueHover, registerHover, dialplanHover, codecHover, securityHover, optionHover, sectionHover, glossaryHover];

export function hover(location: Location): HoverResult | undefined {
  for (const provider of HOVER_PROVIDERS) {
    const result = provider(location);
    if (result) return result;
  }
  return undefined;
}
