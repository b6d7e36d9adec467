// register/pjsip-line-endpoint: `line=yes` without `endpoint=`, or `endpoint=` without `line=yes`.
import type { Rule } from "../types";
import { isTrueWord } from "../../knowledge/options/types";
import { lastOption, registrationObjects } from "./pjsip-common";

export const pjsipLineEndpoint: Rule = {
  code: "register/pjsip-line-endpoint",
  area: "register",
  severity: "error",
  summary: "A PJSIP registration sets `line=yes` without `endpoint`, or `endpoint` without `line=yes`; Asterisk refuses to create it.",
  checkUnit(unit, ctx) {
    for (const object of registrationObjects(unit)) {
      const line = lastOption(object, "line");
      const endpoint = lastOption(object, "endpoint");
      const lineOn = isTrueWord(line?.node.value);
      const hasEndpoint = endpoint !== undefined && endpoint.node.value.trim().length > 0;
      if (lineOn && !hasEndpoint && line) {
        ctx.report({
          uri: line.uri,
          span: line.node.keySpan,
          message: `Registration [${object.section.name}] sets line=yes without endpoint: Asterisk logs an error and does not create it. Add 'endpoint=<the endpoint that takes calls for this line>'.`,
        });
      } else if (hasEndpoint && !lineOn && endpoint) {
        ctx.report({
          uri: endpoint.uri,
          span: endpoint.node.keySpan,
          message: `Registration [${object.section.name}] names an endpoint but does not set line=yes: Asterisk logs an error and does not create it. Add 'line=yes' or remove 'endpoint'.`,
        });
      }
    }
  },
};
