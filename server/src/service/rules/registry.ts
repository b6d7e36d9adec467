// The one table of rules: every rule of every area, looked up by code.
import type { Rule } from "./types";
import { authRules } from "./auth/index";
import { carrierRules } from "./carrier/index";
import { codecRules } from "./codec/index";
import { dialplanRules } from "./dialplan/index";
import { globalsRules } from "./globals/index";
import { patternRules } from "./pattern/index";
import { peerRules } from "./peer/index";
import { registerRules } from "./register/index";
import { securityRules } from "./security/index";
import { syntaxRules } from "./syntax/index";
import { templateRules } from "./template/index";

export const ALL_RULES: readonly Rule[] = [
  ...syntaxRules,
  ...registerRules,
  ...codecRules,
  ...templateRules,
  ...peerRules,
  ...authRules,
  ...carrierRules,
  ...dialplanRules,
  ...patternRules,
  ...globalsRules,
  ...securityRules,
];

const BY_CODE = new Map(ALL_RULES.map((rule) => [rule.code, rule]));

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
