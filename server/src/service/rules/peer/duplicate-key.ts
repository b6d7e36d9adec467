// peer/duplicate-key: a single-value option given twice in one section: the last line wins, the earlier ones do nothing.
import { baseName } from "../../model/file-kind";
import { addTo } from "../../util/multimap";
import type { PlacedOption } from "../../model/units";
import type { QuickFix, Rule } from "../types";
import { checkedObject, judgeKey, keyOf } from "./common";
import type { ObjectInfo } from "../../model/objects";
import { deleteLine } from "../line-edits";
import { LineQuotes } from "../line-quotes";

/** Keys that add up rather than override, whatever the table says. */
const MULTI_VALUE = new Set(["allow", "disallow", "permit", "deny", "acl", "match", "contact", "setvar", "set_var", "register", "mailbox", "header", "type"]);

/**
 * chan_iax2 keeps every `context=` of a user (type=user, or the user half of a friend): each allows a context and
 * the first is the default (P5), so repeating the key is how several contexts are allowed.
 */
function iaxUserContexts(info: ObjectInfo): boolean {
  if (info.driver !== "iax") return false;
  const type = info.typeValue?.trim().toLowerCase();
  return type === "user" || type === "friend";
}

function where(option: PlacedOption, fromUri: string, quotes: LineQuotes): string {
  const line = quotes.number(option.uri, option.node.line);
  const inTemplate = option.field === "template_contents" ? " in the conf template" : "";
  return option.uri === fromUri ? `at line ${line}${inTemplate}` : `at ${baseName(option.uri)} line ${line}${inTemplate}`;
}

export const duplicateKey: Rule = {
  code: "peer/duplicate-key",
  area: "peer",
  severity: "warning",
  summary: "A single-value option set twice in one section: Asterisk keeps the last value, so the earlier line has no effect.",
  sectionReads: "inherited",
  checkSection(unit, section, ctx) {
    const info = checkedObject(unit, section);
    if (!info) return;
    const byKey = new Map<string, PlacedOption[]>();
    for (const option of section.options) {
      const key = keyOf(option);
      const lower = key.toLowerCase();
      const last = lower.includes("/") ? lower.slice(lower.indexOf("/") + 1) : lower;
      if (MULTI_VALUE.has(last) || option.node.operator === "+=") continue;
      if (last === "context" && iaxUserContexts(info)) continue;
      const verdict = judgeKey(info, key);
      if (verdict.kind !== "known" || verdict.lookup.option?.repeatable) continue;
      const canonical = (verdict.lookup.prefix ?? "").toLowerCase() + (verdict.lookup.option?.name.toLowerCase() ?? lower);
      addTo(byKey, canonical, option);
    }
    for (const options of byKey.values()) {
      if (options.length < 2) continue;
      const winner = options[options.length - 1];
      for (const option of options.slice(0, -1)) {
        const same = option.node.value.trim().toLowerCase() === winner.node.value.trim().toLowerCase();
        const quotes = new LineQuotes();
        const byTemplate = winner.field === "template_contents" && option.field !== "template_contents" ? " (VICIdial appends the conf template after the account entry)" : "";
        ctx.report({
          uri: option.uri,
          span: option.node.keySpan,
          severity: same ? "information" : "warning",
          tags: same ? ["unnecessary"] : undefined,
          message: same
            ? `'${keyOf(option)}' is set again to the same value ${where(winner, option.uri, quotes)}${byTemplate}: this line is redundant.`
            : `'${keyOf(option)}' is set again ${where(winner, option.uri, quotes)}${byTemplate}: Asterisk keeps the last value, so this line has no effect.`,
          related: [{ uri: winner.uri, span: winner.node.keySpan, message: "The value Asterisk keeps" }],
          data: { line: option.node.line },
          quotes: quotes.quotes,
        });
      }
    }
  },
  fix(finding, ctx): QuickFix[] {
    const line = finding.data?.line as { start: number; end: number } | undefined;
    const text = ctx.textOf(finding.uri);
    if (!line || text === undefined) return [];
    return [{ title: "Remove the overridden line", edits: [deleteLine(finding.uri, text, line)] }];
  },
};
