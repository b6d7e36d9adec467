// security/shared-secret: the same password on several accounts this server accepts; one leak opens them all. Reported
// once, on the first account, with the others as related locations. The
// message names the other accounts, never the password.
import { addTo } from "../../util/multimap";
import type { Rule } from "../types";
import { loginsOf, type Login } from "./common";
import { shownName } from "../../model/security-carriers";

const MAX_RELATED = 20;

export const sharedSecret: Rule = {
  code: "security/shared-secret",
  area: "security",
  severity: "warning",
  summary: "Several accounts this server accepts share one password: whoever learns it (a phone's config page, one leaked provisioning file) can log in as every one of them.",
  // loginsOf: the accounts of peer-driver units.
  workspaceReads: ["sip", "iax", "pjsip", "pjsip_wizard"],
  checkWorkspace(workspace, ctx) {
    const byValue = new Map<string, Login[]>();
    for (const login of loginsOf(workspace)) addTo(byValue, login.option.node.value.trim(), login);
    for (const group of byValue.values()) {
      const sections = new Set(group.map((l) => l.section));
      if (sections.size < 2) continue;
      // One finding a password, on its first account: a shared phone password can sit on thousands of sections.
      const [first, ...others] = group;
      const names = [...new Set(others.filter((l) => l.section !== first.section).map((l) => `[${shownName(l.section.name)}]`))];
      const list = names.slice(0, 5).join(", ") + (names.length > 5 ? ` and ${names.length - 5} more` : "");
      ctx.report({
        uri: first.option.uri,
        span: first.option.node.keySpan,
        message:
          `${first.label} has the same ${first.option.node.key.trim()} as ${list}. ` +
          "One leaked or guessed password then opens every account that shares it, and each can call out through your carriers. " +
          "Fix: give every account its own random password.",
        related: others.slice(0, MAX_RELATED).map((l) => ({ uri: l.option.uri, span: l.option.node.keySpan, message: `${l.label} uses the same password` })),
      });
    }
  },
};
