// peer/deprecated: options and values Asterisk still reads under protest (or no longer reads), with the replacement.
import { findOption, isTrueWord, type OptionInfo, type ValueType } from "../../knowledge/options/index";
import type { ObjectInfo } from "../../model/objects";
import { removedOption } from "../../knowledge/options/removed";
import type { PlacedOption } from "../../model/units";
import type { FindingInput, QuickFix, Rule, RuleContext } from "../types";
import { checkedObject, judgeKey, keyOf } from "./common";
import { deleteLine, replace } from "../line-edits";

const STRINGISH = new Set(["string", "secret", "context", "callerid", "uri", "host", "host-port", "reference"]);

function compatible(a: ValueType, b: ValueType): boolean {
  return a.kind === b.kind || (STRINGISH.has(a.kind) && STRINGISH.has(b.kind));
}

/** Offsets in the data are relative to the finding's span start (see rules/placed-findings.ts); `line` is live. */
type FixData =
  | { fix: "rename"; replacement: string }
  | { fix: "line"; line: string; span: { start: number; end: number } }
  | { fix: "value"; replacement: string }
  | { fix: "remove-word"; span: { start: number; end: number } }
  | { fix: "md5"; valueStart: number }
  | { fix: "delete-line"; line: { start: number; end: number } };

/** `span` with `origin` taken off both ends. */
function relativeTo(span: { start: number; end: number }, origin: number): { start: number; end: number } {
  return { start: span.start - origin, end: span.end - origin };
}

function report(ctx: RuleContext, input: FindingInput & { data?: FixData }): void {
  ctx.report({ ...input, tags: ["deprecated"], data: input.data as Record<string, unknown> | undefined });
}

function checkOptionDeprecation(ctx: RuleContext, info: ObjectInfo, placed: PlacedOption, option: OptionInfo, shownKey: string, prefix: string): void {
  const node = placed.node;
  const deprecation = option.deprecated;
  if (!deprecation) return;
  const instead = deprecation.replacement ? ` Use '${deprecation.replacement}' instead.` : "";
  let data: FixData | undefined;
  const lower = option.name.toLowerCase();
  if (lower === "md5_cred") data = { fix: "md5", valueStart: node.valueSpan.start - node.keySpan.start };
  else if (lower === "preferred_codec_only") {
    data = isTrueWord(node.value)
      ? { fix: "line", line: "incoming_call_offer_pref=local_first", span: { start: 0, end: node.valueSpan.end - node.keySpan.start } }
      : { fix: "delete-line", line: node.line };
  } else if (deprecation.replacement && /^[a-z0-9_-]+$/i.test(deprecation.replacement)) {
    const target = findOption(info.driver, info.object, deprecation.replacement).option;
    if (target && compatible(option.type, target.type)) {
      data = { fix: "rename", replacement: prefix + deprecation.replacement };
    }
  }
  report(ctx, { uri: placed.uri, span: node.keySpan, message: `'${shownKey}' is deprecated: ${deprecation.note}${instead}`, data });
}

function checkValueDeprecation(ctx: RuleContext, placed: PlacedOption, option: OptionInfo, raw: string): void {
  const type = option.type;
  if (type.kind !== "enum" && type.kind !== "list-of-enum") return;
  const deprecatedValues = type.values.filter((v) => v.deprecated);
  if (deprecatedValues.length === 0) return;
  const node = placed.node;
  const items = type.kind === "enum" ? [raw] : raw.split(",");
  const words = items.map((w) => w.trim().toLowerCase());
  let offset = 0;
  for (const item of items) {
    const start = offset + (item.length - item.trimStart().length);
    offset += item.length + 1;
    const word = item.trim();
    const value = deprecatedValues.find((v) => v.value.toLowerCase() === word.toLowerCase());
    if (!value?.deprecated) continue;
    const span = { start: node.valueSpan.start + start, end: node.valueSpan.start + start + word.length };
    const replacement = value.deprecated.replacement;
    let data: FixData | undefined;
    if (replacement && words.includes(replacement.toLowerCase()) && items.length > 1) {
      // The replacement is already in the list: drop the deprecated word and one comma next to it.
      const before = raw.lastIndexOf(",", start);
      const cut = before >= 0 ? { start: node.valueSpan.start + before, end: span.end } : { start: span.start, end: Math.min(node.valueSpan.end, span.end + 1) };
      data = { fix: "remove-word", span: relativeTo(cut, span.start) };
    } else if (replacement) {
      data = { fix: "value", replacement };
    }
    const instead = replacement ? ` Use '${option.name}=${replacement}'${data?.fix === "remove-word" ? " alone" : ""}.` : "";
    report(ctx, { uri: placed.uri, span, message: `'${option.name}=${word}' is deprecated: ${value.deprecated.note}${instead}`, data });
  }
}

export const deprecatedOption: Rule = {
  code: "peer/deprecated",
  area: "peer",
  severity: "information",
  summary: "A deprecated or removed option or value (username, canreinvite, nat=yes, auth=plaintext, call-limit, stir_shaken ...), with its replacement.",
  sectionReads: "inherited",
  checkSection(unit, section, ctx) {
    const info = checkedObject(unit, section);
    if (!info) return;
    for (const placed of section.options) {
      const key = keyOf(placed);
      const removed = removedOption(info.driver, key);
      if (removed) {
        const line = removed.line?.(placed.node.value);
        ctx.report({
          uri: placed.uri,
          span: placed.node.keySpan,
          severity: "warning",
          tags: ["deprecated"],
          message: `'${key}' is no longer supported: ${removed.note}${removed.replacement ? ` Use '${removed.replacement}'.` : ""}`,
          data: line ? { fix: "line", line, span: { start: 0, end: placed.node.valueSpan.end - placed.node.keySpan.start } } : undefined,
        });
        continue;
      }
      const verdict = judgeKey(info, key);
      if (verdict.kind !== "known" || !verdict.lookup.option) continue;
      const option = verdict.lookup.option;
      checkOptionDeprecation(ctx, info, placed, option, key, verdict.lookup.prefix ?? "");
      const text = ctx.workspace.document(placed.uri)?.text;
      const raw = text?.slice(placed.node.valueSpan.start, placed.node.valueSpan.end);
      if (raw !== undefined && raw === placed.node.value) checkValueDeprecation(ctx, placed, option, raw);
    }
  },
  fix(finding, ctx): QuickFix[] {
    const data = finding.data as FixData | undefined;
    if (!data) return [];
    const uri = finding.uri;
    switch (data.fix) {
      case "rename":
        return [{ title: `Rename to '${data.replacement}'`, isPreferred: true, edits: [replace(uri, finding.span, data.replacement)] }];
      case "value":
        return [{ title: `Change to '${data.replacement}'`, isPreferred: true, edits: [replace(uri, finding.span, data.replacement)] }];
      case "line":
        return [{ title: `Replace with '${data.line}'`, isPreferred: true, edits: [replace(uri, relativeTo(data.span, -finding.span.start), data.line)] }];
      case "remove-word":
        return [{ title: "Remove the deprecated word", isPreferred: true, edits: [replace(uri, relativeTo(data.span, -finding.span.start), "")] }];
      case "md5":
        return [{ title: "Rename to 'password_digest' with the MD5: prefix", isPreferred: true, edits: [replace(uri, finding.span, "password_digest"), replace(uri, { start: finding.span.start + data.valueStart, end: finding.span.start + data.valueStart }, "MD5:")] }];
      case "delete-line": {
        const text = ctx.textOf(uri);
        return text === undefined ? [] : [{ title: "Remove the line (it sets the default)", edits: [deleteLine(uri, text, data.line)] }];
      }
      default:
        return [];
    }
  },
};
