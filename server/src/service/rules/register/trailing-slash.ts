// register/trailing-slash: `@host/` with nothing after the `/`: the callback extension silently falls back to `s`.
import { grammarRule } from "./common";

export const trailingSlash = grammarRule({
  code: "register/trailing-slash",
  kinds: ["trailing-slash"],
  severity: "warning",
  summary: "A SIP register line ends its host with `/` but names no extension; chan_sip silently uses extension `s` for inbound calls.",
  describe() {
    return { message: "The '/' sets no extension: chan_sip silently uses extension 's' for calls arriving on this registration. Remove the '/' or write the extension after it, e.g. '/1000'." };
  },
  fix(finding) {
    const span = finding.data?.problemSpan as { start: number; end: number } | undefined;
    if (!span) return [];
    return [{ title: "Remove the trailing '/'", isPreferred: true, edits: [{ uri: finding.uri, span, newText: "" }] }];
  },
});
