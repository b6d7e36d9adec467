// dialplan/unknown-keyword: a key in a context that is not exten/same/include/ignorepat/switch.
import { closestName } from "../../model/suggest";
import type { Rule } from "../types";
import { fixesFromData, withFixes } from "./common";

const KEYWORDS = ["exten", "same", "include", "ignorepat", "switch", "lswitch", "eswitch", "autohints"];

export const unknownKeyword: Rule = {
  code: "dialplan/unknown-keyword",
  area: "dialplan",
  severity: "warning",
  summary: "A line in a context starts with a word other than exten, same, include, ignorepat, switch or autohints: Asterisk ignores it.",
  checkContext(context, ctx) {
    for (const option of context.otherOptions) {
      const key = option.node.key.toLowerCase();
      if (KEYWORDS.includes(key) || key.length === 0) continue;
      const suggestion = closestName(key, KEYWORDS);
      const hint = suggestion ? ` Did you mean '${suggestion}'?` : "";
      ctx.report({
        uri: option.uri,
        span: option.node.keySpan,
        message: `'${option.node.key}' is not a dialplan keyword: Asterisk logs "Unknown directive" and ignores the line.${hint}`,
        data: withFixes(undefined, suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ uri: option.uri, span: option.node.keySpan, newText: suggestion }], isPreferred: true }] : []),
      });
    }
  },
  fix: fixesFromData,
};
