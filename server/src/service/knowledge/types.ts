// Shapes of the knowledge tables (glossary, options, codecs, applications): plain typed data, one renderer.

export interface KnowledgeEntry {
  /** The name as written in configs or in speech (`allow`, `SIP`, `ulaw`). */
  name: string;
  /** Other spellings that mean the same entry. */
  aliases?: string[];
  /** One plain-words sentence. */
  summary: string;
  /** Further paragraphs: what it means for a carrier, pitfalls. */
  detail?: string;
  /** A short config example. */
  example?: string;
  /** Where the fact comes from or more reading. */
  seeAlso?: string[];
}

export interface GlossaryTerm extends KnowledgeEntry {
  /** Words in text that should show this entry on hover (case-insensitive, whole words). */
  matches: string[];
}

export interface CodecInfo extends KnowledgeEntry {
  kind: "audio" | "video" | "image" | "text" | "other";
  /** Sample rate in Hz for audio codecs. */
  rate?: number;
  /** Bandwidth / licence notes relevant to carriers. */
  notes?: string;
}
