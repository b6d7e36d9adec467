// register/pjsip-missing-uri: a type=registration object without server_uri or client_uri.
import { sectionAnchor } from "../../model/units";
import type { Rule } from "../types";
import { REGISTRATION_URI_EXAMPLES, lastOption, registrationUris } from "./pjsip-common";

export const pjsipMissingUri: Rule = {
  code: "register/pjsip-missing-uri",
  area: "register",
  severity: "error",
  summary: "A PJSIP `type=registration` object lacks `server_uri` or `client_uri`; Asterisk logs an error and the registration is never created.",
  checkUnit(unit, ctx) {
    for (const { object, key, option } of registrationUris(unit)) {
      if (option && option.node.value.trim().length > 0) continue;
      // No line to point at: the section's own type=registration line says what needs the URI, else its header.
      const type = lastOption(object, "type");
      const own = type && type.section === object.section ? type : undefined;
      const span = option?.node.keySpan ?? own?.node.keySpan ?? sectionAnchor(object.section);
      if (!span) continue;
      const what = option ? `has an empty ${key}` : `has no ${key}`;
      ctx.report({
        uri: option?.uri ?? own?.uri ?? object.section.uri,
        span,
        message: `Registration [${object.section.name}] ${what}: res_pjsip_outbound_registration logs an error and never creates it, so nothing registers. Add e.g. '${key}=${REGISTRATION_URI_EXAMPLES[key]}'.`,
      });
    }
  },
};
