// security/shared-secret: the same password on several accounts this server accepts; one leak opens them all. The
// message names the other accounts, never the password.
import { addTo } from "../../util/multimap";
import type { Rule } from "../types";
import { loginsOf, type Login } from "./common";

export const sharedSecret: Rule = {
  code: "security/shared-secret",
  area: "security",
  severity: "warning",
  summary: "Several accounts this server accepts share one password: whoever learns it (a phone's config page, one leaked provisioning file) can log in as every one of them.",
  checkWorkspace(workspace, ctx) {
    const byValue = new Map<string, Login[]>();
    for (const login of loginsOf(workspace)) addTo(byValue, login.option.node.value.trim(), login);
    for (const group of byValue.values()) {
      const sections = new Set(group.map((l) => l.section));
      if (sections.size < 2) continue;
      for (const login of group) {
        const others = group.filter((l) => l.section !== login.section);
        const names = [...new Set(others.map((l) => `[${l.section.name}]`))];
        const list = names.slice(0, 5).join(", ") + (names.length > 5 ? ` and ${names.length - 5} more` : "");
        ctx.report({
          uri: login.option.uri,
          span: login.option.node.keySpan,
          message:
            `${login.label} has the same ${login.option.node.key.trim()} as ${list}. ` +
            "One leaked or guessed password then opens every account that shares it, and each can call out through your carriers. " +
            "Fix: give every account its own random password.",
          related: others.map((l) => ({ uri: l.option.uri, span: l.option.node.keySpan, message: `${l.label} uses the same password` })),
        });
      }
    }
  },
};
