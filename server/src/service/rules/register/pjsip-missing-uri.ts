// register/pjsip-missing-uri: a type=registration object without server_uri or client_uri.
import { sectionAnchor } from "../../model/units";
import type { Rule } from "../types";
import { lastOption, registrationObjects } from "./pjsip-common";

const EXAMPLES: Record<string, string> = {
  server_uri: "server_uri=sip:provider.example.com",
  client_uri: "client_uri=sip:user@provider.example.com",
};

export const pjsipMissingUri: Rule = {
  code: "register/pjsip-missing-uri",
  area: "register",
  severity: "error",
  summary: "A PJSIP `type=registration` object lacks `server_uri` or `client_uri`; Asterisk logs an error and the registration is never created.",
  checkUnit(unit, ctx) {
    for (const object of registrationObjects(unit)) {
      for (const key of ["server_uri", "client_uri"]) {
        const option = lastOption(object, key);
        if (option && option.node.value.trim().length > 0) continue;
        const span = option?.node.keySpan ?? sectionAnchor(object.section);
        if (!span) continue;
        const what = option ? `has an empty ${key}` : `has no ${key}`;
        ctx.report({
          uri: option?.uri ?? object.section.uri,
          span,
          message: `Registration [${object.section.name}] ${what}: res_pjsip_outbound_registration logs an error and never creates it, so nothing registers. Add e.g. '${EXAMPLES[key]}'.`,
        });
      }
    }
  },
};
