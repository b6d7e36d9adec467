// security/weak-secret: a password this server accepts (chan_sip/IAX2 accounts, PJSIP inbound auth, wizard
// inbound_auth) that equals the user or section name, is shorter than 8 characters, or is all digits. The message
// describes the weakness, never the password.
import type { Rule } from "../types";
import { loginsOf } from "./common";

const MIN_LENGTH = 8;

export const weakSecret: Rule = {
  code: "security/weak-secret",
  area: "security",
  severity: "warning",
  summary: "A password other people log in with equals the user or section name, is shorter than 8 characters, or is all digits: the first guesses of any password scanner.",
  // loginsOf: the accounts of peer-driver units.
  workspaceReads: ["sip", "iax", "pjsip", "pjsip_wizard"],
  checkWorkspace(workspace, ctx) {
    for (const login of loginsOf(workspace)) {
      const value = login.option.node.value.trim();
      const reasons: string[] = [];
      const lower = value.toLowerCase();
      if (lower === login.section.name.toLowerCase()) reasons.push("equals the section name");
      else if (login.userName !== undefined && lower === login.userName.toLowerCase()) reasons.push("equals the user name");
      if (value.length < MIN_LENGTH) reasons.push(`is only ${value.length} character${value.length === 1 ? "" : "s"} long`);
      if (/^\d+$/.test(value)) reasons.push("is all digits");
      if (reasons.length === 0) continue;
      const key = login.option.node.key.trim();
      ctx.report({
        uri: login.option.uri,
        span: login.option.node.keySpan,
        message:
          `The ${key} of ${login.label} ${reasons.join(" and ")}. ` +
          "Password scanners try names, digit runs and short words first; a guessed login lets the attacker register as this account and call out through your carriers at your expense. " +
          `Fix: use a random password of 16 or more letters and digits.`,
      });
    }
  },
};
