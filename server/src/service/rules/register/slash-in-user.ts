// register/slash-in-user: a lone `/` before the `@` of a SIP register line: chan_sip rejects the line.
import { grammarRule } from "./common";

export const slashInUser = grammarRule({
  code: "register/slash-in-user",
  kinds: ["slash-in-user"],
  severity: "error",
  summary: "A single `/` before `@` in a SIP register line is taken for a malformed `transport://` prefix; chan_sip rejects the line.",
  describe() {
    return {
      message: "A '/' before '@': chan_sip takes the text before it for a 'transport://' prefix, finds it malformed, and rejects the line with a format warning. Write 'tcp://' or 'tls://' in full; a user name containing '/' needs the 'udp://' prefix.",
    };
  },
});
