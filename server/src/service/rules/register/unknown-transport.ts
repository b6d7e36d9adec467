// register/unknown-transport: a `xxx://` prefix chan_sip does not know; it registers over UDP instead.
import { grammarRule, quotePart } from "./common";
import { part } from "../../model/register-line";

export const unknownTransport = grammarRule({
  code: "register/unknown-transport",
  kinds: ["unknown-transport"],
  severity: "warning",
  summary: "The `transport://` prefix of a SIP register line is not udp, tcp or tls; chan_sip logs a NOTICE and registers over UDP.",
  describe(_problem, line) {
    const transport = part(line, "transport");
    const what = transport && transport.value.length === 0 ? "The transport before '://' is empty" : `Transport ${quotePart(transport, "prefix")} is not one chan_sip knows`;
    return { message: `${what}: chan_sip logs a NOTICE and registers over UDP instead. Use udp://, tcp:// or tls://, or leave the prefix out for UDP.` };
  },
});
