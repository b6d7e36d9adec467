// pattern/slash: a `/` that cuts a pattern in two (Asterisk reads everything after it as a caller-ID match).
import { parseExtension } from "../../model/extension-pattern";
import type { Rule } from "../types";
import { firstNamingSteps } from "../dialplan/common";

export const patternSlash: Rule = {
  code: "pattern/slash",
  area: "pattern",
  severity: "warning",
  summary: "A `/` inside a pattern ends the pattern: what follows becomes a caller-ID match, so the extension only answers calls from matching caller IDs.",
  checkContext(context, ctx) {
    for (const step of firstNamingSteps(context)) {
      // The caller-ID part's text first, without having the line follow its node (most lines have none; see BuiltStep).
      if (!step.lineKey.callerId || !step.extensionText.startsWith("_")) continue;
      const cid = step.line.callerId!;
      const parsed = parseExtension(step.extensionText);
      const cutInsideSet = parsed.problems.some((p) => p.kind === "unterminated-set") && cid.text.includes("]");
      const looksLikeMore = !cid.text.startsWith("_") && /[XNZxnz.![\]]/.test(cid.text) && !/[${}(),]/.test(cid.text);
      if (!cutInsideSet && !looksLikeMore) continue;
      const slash = cid.span.start - 1;
      ctx.report({
        uri: step.uri,
        span: { start: slash, end: cid.span.end },
        message: `'/' cannot appear in a pattern: Asterisk ends the pattern at '${step.extensionText}' and treats '${cid.text}' as a caller-ID match, so only calls from such caller IDs reach this extension. Remove the '/'.`,
      });
    }
  },
};
