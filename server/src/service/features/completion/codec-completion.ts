// Completion of codec names (and `all`) in the value of allow/disallow lines, at the start or after `,`, `|` or `!`.
import { ALL_KEYWORD, CODECS, codecEntry } from "../../knowledge/codecs";
import { renderEntry } from "../../knowledge/render";
import { codecVerb } from "../../model/codecs";
import { dialectOfDocument } from "../hover/codec-hover";
import type { Location } from "../locate";
import type { CompletionEntry } from "./index";

/** Codecs most carrier configs use, listed first. */
const COMMON = ["ulaw", "alaw", "g729", "g722", "opus", "gsm", "ilbc"];
const NAME_CHAR = /[A-Za-z0-9._+-]/;

export function codecCompletion(location: Location): CompletionEntry[] {
  const line = location.line;
  if (line?.kind !== "option") return [];
  const dialect = location.unit?.dialect ?? dialectOfDocument(location.doc);
  if (!codecVerb(dialect, line.key)) return [];
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
  const items: CompletionEntry[] = [{ label: "all", kind: "keyword", detail: ALL_KEYWORD.summary, documentation: renderEntry(ALL_KEYWORD), replace }];
  for (const codec of ordered) {
    items.push({ label: codec.name, kind: "codec", detail: codec.summary, documentation: renderEntry(codecEntry(codec)), replace });
  }
  return items;
}
