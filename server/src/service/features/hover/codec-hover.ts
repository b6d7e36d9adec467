// Hover for codec lines: a codec name shows what the codec is; the allow/disallow key shows what the section
// finally offers, computed the way Asterisk applies the lines (inherited and VICIdial-appended lines included).
import { ALL_KEYWORD, CODEC_KEYS, findCodec } from "../../knowledge/codecs";
import { codecEntry } from "../../knowledge/render";
import { suggestCodecs } from "../../model/suggest";
import { renderEntry } from "../../knowledge/render";
import { codecRole, describeEvaluation, evaluateSection, peerStart } from "../../model/codecs";
import { checkFraming, codecLines, codecVerb, type CodecItem } from "../../model/codec-lines";
import type { Dialect } from "../../model/file-kind";
import { dialectOfProtocol } from "../../model/file-kind";
import type { AnalyzedDocument } from "../../model/workspace";
import type { Assignment } from "../../parse/conf-syntax";
import type { Span } from "../../text/span";
import type { Location } from "../locate";
import type { HoverResult } from "./types";

/** The dialect of a line when it is not placed in any unit. */
export function dialectOfDocument(doc: AnalyzedDocument): Dialect {
  if (doc.kind.kind === "conf") return doc.kind.dialect;
  if (doc.kind.kind === "carrier") return dialectOfProtocol(doc.record?.fields.get("protocol")?.value ?? "SIP") ?? "generic";
  return "generic";
}

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function codecHover(location: Location): HoverResult | undefined {
  const line = location.line;
  if (line?.kind !== "option") return undefined;
  const dialect = location.unit?.dialect ?? dialectOfDocument(location.doc);
  const verb = codecVerb(dialect, line.key);
  if (!verb) return undefined;
  if (inside(line.keySpan, location.offset)) return keyHover(location, line, verb);
  if (line.valueSpan.end > line.valueSpan.start && inside(line.valueSpan, location.offset)) return itemHover(location, line, dialect);
  return undefined;
}

function keyHover(location: Location, line: Assignment, verb: "allow" | "disallow"): HoverResult {
  const parts = [renderEntry(CODEC_KEYS[verb], line.key.trim())];
  const { unit, section } = location;
  if (unit && section) {
    const role = codecRole(unit, section);
    if (role === undefined && !section.header?.isAppend) {
      parts.push(`Codec lines only count in ${unit.dialect === "pjsip" ? "`type=endpoint` sections" : "peer sections"}; section '${section.name}' does not use them.`);
    } else {
      const start = role === "general" ? undefined : peerStart(unit, location.workspace);
      const evaluation = evaluateSection(unit, section, start);
      const who =
        role === "general"
          ? "[general]"
          : role === "template"
            ? `Template '${section.name}'`
            : `${unit.dialect === "pjsip" ? "Endpoint" : "Peer"} '${section.name}'${section.carrierId ? ` (carrier ${section.carrierId})` : ""}`;
      const verbText = role === "template" ? "leaves peers using it with" : "ends up offering";
      parts.push(`**${who} ${verbText}:** ${describeEvaluation(evaluation)}`);
      if (!evaluation.steps.some((s) => s.kind === "remove-all")) parts.push(`Its list starts from ${evaluation.start.origin}.`);
    }
  }
  return { markdown: parts.join("\n\n"), span: line.keySpan };
}

function itemHover(location: Location, line: Assignment, dialect: Dialect): HoverResult | undefined {
  const [codecLine] = codecLines([{ node: line, uri: location.doc.uri }], dialect);
  const item = codecLine?.items.find((i: CodecItem) => !i.approximate && inside(i.span, location.offset));
  if (!item) return undefined;
  if (item.framingSpan && location.offset > item.nameSpan.end) return framingHover(item);
  const name = item.name.trim();
  if (name.toLowerCase() === "all") return { markdown: renderEntry(ALL_KEYWORD), span: item.nameSpan };
  const codec = findCodec(name);
  if (codec && name === item.name) return { markdown: renderEntry(codecEntry(codec)), span: item.nameSpan };
  if (name.length === 0) return undefined;
  const suggestions = suggestCodecs(item.name);
  const parts = [`**${name}**`, "Asterisk does not know this format name and skips it."];
  if (suggestions.length > 0) {
    parts.push(`Did you mean ${suggestions.map((s) => "`" + s + "`").join(" or ")}?`);
    const best = findCodec(suggestions[0]);
    if (best) parts.push("---", renderEntry(codecEntry(best)));
  }
  return { markdown: parts.join("\n\n"), span: item.nameSpan };
}

function framingHover(item: CodecItem): HoverResult {
  const check = checkFraming(item.framing ?? "");
  const text = check.ok
    ? `**Packetization: ${check.ms} ms** of audio in each RTP packet${check.ms === 0 ? " (0 means the codec's default)" : ""}. Most carriers expect 20 ms.`
    : "**Packetization** must be a whole number of milliseconds; Asterisk skips this codec because it cannot read the value.";
  return { markdown: text, span: item.framingSpan };
}
