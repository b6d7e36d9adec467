// register/sip-syntax-on-iax: chan_sip-only syntax (`/ext`, `~expiry`, `transport://`, `peer?`, `user@domain`,
// `:authuser`) on an IAX2 register line, where it ends up inside the user or host name.
import { registersCleanly } from "../../model/register-line";
import { grammarRule } from "./common";

export const sipSyntaxOnIax = grammarRule({
  code: "register/sip-syntax-on-iax",
  kinds: ["sip-syntax-on-iax"],
  severity: "error",
  summary: "An IAX2 register line uses chan_sip syntax; chan_iax2 only knows `user[:secret]@host[:port]`, so the extra text lands in the host or user name.",
  describe(problem) {
    const expected = "IAX2 takes only 'user[:secret]@host[:port]'.";
    switch (problem.reason) {
      case "second-at":
        return { message: `A second '@' (SIP's 'user@domain' form, or an '@' inside the password): chan_iax2 splits at the first '@' and silently drops everything after the second, so the host and port are wrong. ${expected}` };
      case "authuser":
        return { message: `A third ':' field (SIP's auth user): chan_iax2 silently ignores it. ${expected}`, severity: "warning" };
      case "transport":
        return { message: `The 'transport://' prefix is SIP syntax: chan_iax2 takes it as the user name and the password is lost. ${expected}` };
      case "peer":
        return { message: `The 'peer?' prefix is SIP syntax: chan_iax2 keeps it in the user name. ${expected}` };
      case "in-port":
        return { message: `The '/extension' or '~expiry' suffix is SIP syntax: chan_iax2 reads only the port's digits and ignores it. ${expected}`, severity: "warning" };
      default:
        return { message: `The '/extension' or '~expiry' suffix is SIP syntax: chan_iax2 makes it part of the host name, the DNS lookup fails and nothing registers. ${expected}` };
    }
  },
  fix(finding, ctx) {
    const span = finding.data?.problemSpan as { start: number; end: number } | undefined;
    const value = finding.data?.valueSpan as { start: number; end: number } | undefined;
    const reason = finding.data?.reason;
    const text = ctx.textOf(finding.uri);
    if (!span || !value || text === undefined || (reason !== "in-host" && reason !== "in-port")) return [];
    // Only when what is left is a register line chan_iax2 accepts ('@/' without its '/' still has no host).
    if (!registersCleanly("iax", text.slice(value.start, span.start) + text.slice(span.end, value.end))) return [];
    return [{ title: "Remove the SIP-only suffix", isPreferred: true, edits: [{ uri: finding.uri, span, newText: "" }] }];
  },
});
