// Hover for glossary terms (SIP, trunk, DID, codec, STIR/SHAKEN ...) found anywhere in the text.
import { findGlossaryTerm } from "../../knowledge/glossary";
import { renderEntry } from "../../knowledge/render";
import { wordAt, type Location } from "../locate";
import type { HoverResult } from "./types";

const TERM_CHAR = /[A-Za-z0-9_\-/]/;

export function glossaryHover(location: Location): HoverResult | undefined {
  const word = wordAt(location.doc.text, location.offset, TERM_CHAR);
  if (!word) return undefined;
  const term = findGlossaryTerm(word.text);
  if (!term) return undefined;
  return { markdown: renderEntry(term), span: word.span };
}
