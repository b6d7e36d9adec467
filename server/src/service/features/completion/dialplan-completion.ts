// Completion in dialplans: applications after the priority, Dial option letters, `${...}` globals and channel
// variables, peers after `SIP/` / `IAX2/` and endpoints after `PJSIP/...@`, contexts after `include =>` and in
// Goto, labels of the current extension.
import { applicationsFor } from "../../knowledge/applications";
import { CHANNEL_VARIABLES } from "../../knowledge/channel-variables";
import { dialOptionsFor } from "../../knowledge/dial-options";
import { dialplanIndex, type DialplanIndex, type DialplanStep } from "../../model/dialplan";
import { maskChannelSecrets } from "../../model/channel-strings";
import type { Span } from "../../text/span";
import type { Location } from "../locate";
import type { CompletionEntry } from "./types";

const WORD = /[A-Za-z0-9_\-.]/;

function wordBefore(text: string, offset: number, lineStart: number): Span {
  let start = offset;
  while (start > lineStart && WORD.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end])) end++;
  return { start, end };
}

/** Number of top-level commas in text[from, to) (outside (), {}, []). */
function commasBefore(text: string, from: number, to: number): number {
  let depth = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) count++;
  }
  return count;
}

/** Inside an unclosed `${` before the offset: the start of the name typed so far. */
function inVariable(text: string, from: number, offset: number): number | undefined {
  for (let i = offset - 1; i >= from; i--) {
    if (text[i] === "}") return undefined;
    if (text[i] === "{" && text[i - 1] === "$") return /^[A-Za-z0-9_]*$/.test(text.slice(i + 1, offset)) ? i + 1 : undefined;
  }
  return undefined;
}

function variables(index: DialplanIndex, replace: Span): CompletionEntry[] {
  const seen = new Set<string>();
  const items: CompletionEntry[] = [];
  for (const g of index.globals) {
    if (seen.has(g.name)) continue;
    seen.add(g.name);
    items.push({ label: g.name, kind: "variable", detail: `global = ${maskChannelSecrets(g.value)}`, replace });
  }
  for (const v of CHANNEL_VARIABLES) {
    if (v.pattern || seen.has(v.name)) continue;
    items.push({ label: v.name, kind: "variable", detail: v.source === "asterisk" ? "channel variable" : "VICIdial", documentation: v.summary, replace });
  }
  return items;
}

function contexts(index: DialplanIndex, replace: Span): CompletionEntry[] {
  const names = new Set<string>();
  for (const d of index.dialplans) for (const name of d.contexts.keys()) names.add(name);
  return [...names].map((name) => ({ label: name, kind: "section" as const, detail: "context", replace }));
}

function peers(index: DialplanIndex, tech: "SIP" | "IAX2" | "PJSIP", replace: Span): CompletionEntry[] {
  const seen = new Set<string>();
  return index.peersOf(tech).flatMap((p) => {
    if (seen.has(p.name)) return [];
    seen.add(p.name);
    return [{ label: p.name, kind: "value" as const, detail: tech === "PJSIP" ? "PJSIP endpoint" : `${tech} peer`, replace }];
  });
}

function stepOnLine(index: DialplanIndex, uri: string, offset: number): DialplanStep | undefined {
  for (const d of index.dialplans) for (const s of d.steps) if (s.uri === uri && offset >= s.option.node.line.start && offset <= s.option.node.line.end) return s;
  return undefined;
}

export function dialplanCompletion(location: Location): CompletionEntry[] {
  const { workspace, doc, offset, line, unit } = location;
  if (!line || line.kind !== "option") return [];
  const index = dialplanIndex(workspace);
  const text = doc.text;
  const key = line.key.trim().toLowerCase();
  const inGlobals = location.section?.name.toLowerCase() === "globals";
  if (unit?.dialect !== "extensions") return [];
  const value = line.valueSpan;
  if (offset < line.operatorSpan.end) return [];
  const word = wordBefore(text, offset, line.line.start);
  const variableStart = inVariable(text, value.start, offset);
  if (variableStart !== undefined) return variables(index, { start: variableStart, end: word.end });
  const before = text.slice(value.start, offset);
  const peerContext = /(?:^|[,(&=\s])(SIP|IAX2)\/([A-Za-z0-9_.-]*)$/i.exec(before) ?? /(PJSIP)\/[^,&()]*@([A-Za-z0-9_.-]*)$/i.exec(before);
  if (peerContext) {
    const tech = peerContext[1].toUpperCase() as "SIP" | "IAX2" | "PJSIP";
    return peers(index, tech, { start: offset - peerContext[2].length, end: word.end });
  }
  if (inGlobals) return [];
  if (key === "include") return contexts(index, word);
  if (key !== "exten" && !key.startsWith("same")) return [];
  return stepCompletion(location, index, value, key === "exten" ? 2 : 1, word);
}

/** On an exten/same line after the key: `n` for the priority, then application names, then their arguments. */
function stepCompletion(location: Location, index: DialplanIndex, value: Span, appField: number, word: Span): CompletionEntry[] {
  const { doc, offset } = location;
  const text = doc.text;
  const commas = commasBefore(text, value.start, offset);
  if (commas < appField) {
    if (commas === appField - 1) return [{ label: "n", kind: "keyword", detail: "next priority", replace: word }];
    return [];
  }
  const appStart = applicationStart(text, value.start, offset, appField);
  const open = text.indexOf("(", appStart);
  if (open < 0 || open >= offset) {
    return applicationsFor(location.asteriskVersion).map((a) => ({
      label: a.name,
      kind: "application" as const,
      detail: a.signature,
      documentation: a.summary,
      replace: word,
    }));
  }
  const app = text.slice(appStart, open).trim().toLowerCase();
  return argumentCompletion(location, index, app, commasBefore(text, open + 1, offset), word);
}

/** Where the application starts: after the priority's comma (`appField` top-level commas into the value). */
function applicationStart(text: string, valueStart: number, offset: number, appField: number): number {
  let seen = 0;
  let depth = 0;
  for (let i = valueStart; i < offset; i++) {
    const c = text[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0 && ++seen === appField) return i + 1;
  }
  return valueStart;
}

/** Inside an application's parentheses: Dial's option letters and channels, Goto's labels and contexts. */
function argumentCompletion(location: Location, index: DialplanIndex, app: string, argIndex: number, word: Span): CompletionEntry[] {
  const { doc, offset } = location;
  if (app === "dial" && argIndex === 2) {
    const at = { start: offset, end: offset };
    return dialOptionsFor(location.asteriskVersion).map((o) => ({
      label: o.letter,
      kind: "value" as const,
      detail: o.argumentForm ?? o.letter,
      documentation: o.summary + (o.note ? "\n\n" + o.note : ""),
      insertText: o.argument === "required" ? o.letter + "(" : o.letter,
      replace: at,
    }));
  }
  if (app === "dial" && argIndex === 0) {
    return [
      ...["SIP/", "PJSIP/", "IAX2/", "Local/"].map((t) => ({ label: t, kind: "keyword" as const, detail: "channel technology", replace: word })),
      ...index.globals.filter((g) => /^[A-Za-z0-9]+\//.test(g.value.trim())).map((g) => ({
        label: "${" + g.name + "}",
        kind: "variable" as const,
        detail: `= ${maskChannelSecrets(g.value)}`,
        replace: word,
      })),
    ];
  }
  if (app === "goto" || app === "gotoif") {
    const step = stepOnLine(index, doc.uri, offset);
    const labels = step?.extension ? [...step.extension.labels.keys()].map((l) => ({ label: l, kind: "value" as const, detail: `label in ${step.extension!.name}`, replace: word })) : [];
    return [...labels, ...contexts(index, word)];
  }
  return [];
}
