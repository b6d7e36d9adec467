// Glossary of carrier and telephony terms, written for VICIdial operators; shown on hover wherever the word appears.
import type { GlossaryTerm } from "./types";

export const GLOSSARY: GlossaryTerm[] = [
  {
    name: "SIP (Session Initiation Protocol)",
    matches: ["sip"],
    summary: "The signalling protocol that sets up, changes and ends internet phone calls; the voice itself travels separately as RTP.",
  },
];

let index: Map<string, GlossaryTerm> | undefined;

function buildIndex(): Map<string, GlossaryTerm> {
  const map = new Map<string, GlossaryTerm>();
  for (const term of GLOSSARY) for (const match of term.matches) map.set(match.toLowerCase(), term);
  return map;
}

/** The glossary entry a word of text refers to, if any (case-insensitive). */
export function findGlossaryTerm(word: string): GlossaryTerm | undefined {
  index ??= buildIndex();
  return index.get(word.toLowerCase());
}
