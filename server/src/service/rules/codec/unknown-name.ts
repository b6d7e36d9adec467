// codec/unknown-name: a name in an allow/disallow list that is no Asterisk format; Asterisk skips just that item.
import { notBuiltInReason } from "../../knowledge/codecs";
import { suggestCodecs } from "../../model/suggest";
import { itemAllows, itemIsKnown } from "../../model/codec-lines";
import type { QuickFix, Rule } from "../types";
import { codecItemChecks } from "./line-contexts";

export const unknownName: Rule = {
  code: "codec/unknown-name",
  area: "codec",
  severity: "warning",
  summary:
    "A codec name Asterisk does not know (`g711u`, `g723.1`, `g729a` ...): Asterisk skips it, and after `disallow=all` the peer may be left with no codec.",
  ...codecItemChecks((ctx) => (item, line) => {
    if (item.joined || item.text.length === 0 || itemIsKnown(item)) return;
    if (item.name.trim().length === 0) return;
    const verb = itemAllows(line, item) ? "allow" : "disallow";
    const suggestions = suggestCodecs(item.name);
    const trimmed = item.name.trim();
    let message =
      trimmed === item.name
        ? `Unknown codec '${trimmed}': Asterisk cannot ${verb} it and skips this entry`
        : `Codec name '${trimmed}' has blanks inside the entry (after '!' or before ':'): Asterisk looks it up with them and skips this entry`;
    const reason = notBuiltInReason(item.name);
    if (suggestions.length > 0) message += `. Did you mean ${suggestions.map((s) => `'${s}'`).join(" or ")}?`;
    else if (reason) message += `. ${reason}`;
    else message += ".";
    ctx.report({
      uri: item.option.uri,
      span: item.nameSpan,
      message,
      data: { suggestions, exact: !item.approximate },
    });
  }),
  fix(finding) {
    const suggestions = (finding.data?.suggestions as string[] | undefined) ?? [];
    if (finding.data?.exact !== true) return [];
    return suggestions.map(
      (name, index): QuickFix => ({
        title: `Change to '${name}'`,
        edits: [{ uri: finding.uri, span: finding.span, newText: name }],
        isPreferred: index === 0,
      }),
    );
  },
};
