// codec/bad-packetization: `ulaw:abc`: the `:ms` suffix must be a whole number of milliseconds.
import { checkFraming } from "../../model/codec-lines";
import type { QuickFix, Rule } from "../types";
import { codecItemChecks } from "./line-contexts";

export const badPacketization: Rule = {
  code: "codec/bad-packetization",
  area: "codec",
  severity: "warning",
  summary: "A `codec:ms` packetization that is not a whole number of milliseconds (`alaw:abc`): Asterisk skips that codec entirely.",
  ...codecItemChecks((ctx) => (item) => {
    if (item.joined || item.framing === undefined || !item.framingSpan) return;
    const check = checkFraming(item.framing);
    const name = item.name.trim() || "this entry";
    const span = item.approximate ? item.framingSpan : { start: item.framingSpan.start - 1, end: item.framingSpan.end };
    if (!check.ok) {
      // Without the suffix the entry must be a name Asterisk reads as one: not empty, no other ':' to split on.
      const bare = item.name.trim();
      const readable = bare.length > 0 && !bare.includes(":");
      const removable = !item.approximate && readable;
      ctx.report({
        uri: item.option.uri,
        span,
        message: `Bad packetization '${item.framing}' for ${name}: Asterisk skips ${name} entirely. Use whole milliseconds such as '${readable ? bare : "ulaw"}:20', or no suffix.`,
        data: { exact: removable },
      });
    } else if (check.trailing !== undefined) {
      ctx.report({
        uri: item.option.uri,
        span,
        severity: "information",
        message: `Packetization '${item.framing}' for ${name}: Asterisk reads only the number (${check.ms} ms) and ignores '${check.trailing.trim()}'. Write '${item.name.trim()}:${check.ms}'.`,
        data: { exact: !item.approximate, ms: check.ms },
      });
    }
  }),
  fix(finding) {
    if (finding.data?.exact !== true) return [];
    const ms = finding.data?.ms;
    const fixes: QuickFix[] = [];
    if (typeof ms === "number") {
      fixes.push({ title: `Write ':${ms}'`, edits: [{ uri: finding.uri, span: finding.span, newText: `:${ms}` }], isPreferred: true });
    } else {
      fixes.push({ title: "Remove the packetization suffix", edits: [{ uri: finding.uri, span: finding.span, newText: "" }], isPreferred: true });
    }
    return fixes;
  },
};
