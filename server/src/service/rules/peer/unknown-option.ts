// peer/unknown-option: a key the driver does not know for this kind of object, with "did you mean".
import type { Rule } from "../types";
import { forEachJudgedOption } from "./common";
import { replaceOrRemoveKeyFix } from "./edits";
import { renameData } from "./rename";

export const unknownOption: Rule = {
  code: "peer/unknown-option",
  area: "peer",
  severity: "warning",
  summary: "An option the driver does not know for this object: chan_sip/chan_iax2 ignore it silently, PJSIP refuses the whole object.",
  sectionReads: "general",
  checkSection(unit, section, ctx) {
    forEachJudgedOption(unit, section, (option, key, verdict, info) => {
      if (verdict.kind !== "unknown") return;
      // The rename is offered only when its result is right (see rename.ts); the message keeps the guess.
      const rename = renameData(unit, option, verdict.suggestion, info.driver, info.object);
      const rejects = info.driver === "pjsip" || (info.driver === "pjsip_wizard" && key.includes("/"));
      ctx.report({
        uri: option.uri,
        span: option.node.keySpan,
        message: verdict.message,
        severity: rejects ? "error" : verdict.harmless ? "information" : "warning",
        tags: verdict.harmless ? ["unnecessary"] : undefined,
        data: rename ? rename : verdict.harmless ? { remove: option.node.line } : undefined,
      });
    });
  },
  fix: replaceOrRemoveKeyFix,
};
