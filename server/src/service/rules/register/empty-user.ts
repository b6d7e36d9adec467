// register/empty-user: nothing (or an empty user name) before the `@` / `:` of a register line.
import { grammarRule } from "./common";

export const emptyUser = grammarRule({
  code: "register/empty-user",
  kinds: ["empty-user"],
  severity: "error",
  summary: "A register line has an empty user name; Asterisk rejects it (`@host`) or registers as nobody and fails authentication without a word.",
  describe(problem, line) {
    if (problem.rejected) {
      return { message: "Nothing comes before '@': chan_sip rejects the line with a format warning and never registers. Expected 'user[:secret]@host'." };
    }
    return line.grammar === "iax"
      ? { message: "The user name is empty: chan_iax2 registers with no user name, which the other server refuses; nothing is logged when the file loads. Put the account's user name before ':' or '@'." }
      : { message: "The user name is empty: chan_sip still sends REGISTER with an empty user (From: <sip:@host>) and authentication fails, without a word in the log. Put the account's user name first." };
  },
});
