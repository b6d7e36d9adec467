// register/pjsip-outbound-auth: `outbound_auth` of a type=registration object naming no type=auth object.
import type { Rule } from "../types";
import { lastOption, pjsipNames, registrationObjects } from "./pjsip-common";

export const pjsipOutboundAuth: Rule = {
  code: "register/pjsip-outbound-auth",
  area: "register",
  severity: "error",
  summary: "`outbound_auth` of a PJSIP registration names something that is not a `type=auth` object; the provider's challenge cannot be answered and registration fails.",
  // Registrations and objects of pjsip units, and the auth objects wizards create.
  workspaceReads: ["pjsip", "pjsip_wizard"],
  // Workspace-wide: the auth object may live in another file or another carrier's account entry.
  checkWorkspace(workspace, ctx) {
    const objects = workspace.units().flatMap((unit) => registrationObjects(unit));
    if (objects.length === 0) return;
    const names = pjsipNames(workspace);
    for (const object of objects) {
      const option = lastOption(object, "outbound_auth");
      if (!option) continue;
      const doc = workspace.document(option.uri);
      const raw = doc?.text.slice(option.node.valueSpan.start, option.node.valueSpan.end);
      let cursor = 0;
      for (const piece of option.node.value.split(",")) {
        const name = piece.trim();
        const found = raw !== undefined && raw === option.node.value ? raw.indexOf(piece, cursor) : -1;
        if (found >= 0) cursor = found + piece.length;
        if (name.length === 0) continue;
        const types = names.get(name);
        if (types?.has("auth")) continue;
        const offset = found >= 0 ? option.node.valueSpan.start + found + piece.indexOf(name) : -1;
        const span = offset >= 0 ? { start: offset, end: offset + name.length } : option.node.valueSpan;
        const what = types && types.size > 0 ? `'${name}' is a type=${[...types].join("/")} object, not type=auth` : `No type=auth object named '${name}' exists`;
        ctx.report({
          uri: option.uri,
          span,
          message: `${what}: when the provider asks registration [${object.section.name}] to authenticate, Asterisk has no credentials and the registration fails. Point outbound_auth at a [${name}] section with type=auth, username and password.`,
        });
      }
    }
  },
};
