// register/too-long: a register value longer than the 255 characters Asterisk keeps.
import { driverName, grammarRule } from "./common";
import { REGISTER_MAX_LENGTH } from "../../model/register-line";

export const tooLong = grammarRule({
  code: "register/too-long",
  kinds: ["too-long"],
  severity: "warning",
  summary: "A register value is longer than 255 characters; Asterisk silently cuts it.",
  describe(_problem, line) {
    return {
      message: `The value is longer than ${REGISTER_MAX_LENGTH} characters: ${driverName(line.grammar)} silently cuts off the rest (highlighted), which changes the host, port or expiry. Shorten it.`,
    };
  },
});
