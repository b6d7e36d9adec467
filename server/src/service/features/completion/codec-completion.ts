// Completion of codec names (and `all`) in the value of allow/disallow lines, at the start or after `,`, `|` or `!`.
import { ALL_KEYWORD, CODECS } from "../../knowledge/codecs";
import { codecEntry } from "../../knowledge/render";
import { renderEntry } from "../../knowledge/render";
import { codecVerb } from "../../model/codec-lines";
import { dialectOfDocument } from "../hover/codec-hover";
import type { Location } from "../locate";
import type { CompletionEntry } from "./types";

/** Codecs most carrier configs use, listed first (the G.711 pair every carrier takes, then the usual compressed ones). */
const COMMON = ["ulaw", "alaw", "g729", "opus", "g722", "gsm", "ilbc"];
const NAME_CHAR = /[A-Za-z0-9._+-]/;

export function codecCompletion(location: Location): CompletionEntry[] {
  const line = location.line;
  if (line?.kind !== "option") return [];
  const dialect = location.unit?.dialect ?? dialectOfDocument(location.doc);
  const verb = codecVerb(dialect, line.key);
  if (!verb) return [];
  const text = location.doc.text;
  const offset = location.offset;
  if (offset < line.operatorSpan.end || offset > line.line.end) return [];
  if (line.comment && offset > line.comment.start) return [];
  let start = offset;
  while (start > line.operatorSpan.end && NAME_CHAR.test(text[start - 1])) start--;
  const before = text[start - 1];
  if (start > line.operatorSpan.end && before !== "," && before !== "|" && before !== "!" && before !== " " && before !== "\t") return [];
  let end = offset;
  while (end < line.line.end && NAME_CHAR.test(text[end])) end++;
  const replace = { start, end };
  const ordered = [...CODECS.filter((c) => COMMON.includes(c.name)).sort((a, b) => COMMON.indexOf(a.name) - COMMON.indexOf(b.name)), ...CODECS.filter((c) => !COMMON.includes(c.name) && c.name !== "none")];
  const all: CompletionEntry = { label: "all", kind: "keyword", detail: ALL_KEYWORD.summary, documentation: renderEntry(ALL_KEYWORD), replace };
  const codecs = ordered.map((codec): CompletionEntry => ({ label: codec.name, kind: "codec", detail: codec.summary, documentation: renderEntry(codecEntry(codec)), replace }));
  // `disallow=all` is what a disallow line is for; after allow= the codecs come first and `all` last.
  return verb === "disallow" ? [all, ...codecs] : [...codecs, all];
}
