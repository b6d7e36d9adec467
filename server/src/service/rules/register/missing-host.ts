// register/missing-host: a register line with no usable host (empty value, no `@`, nothing or an empty host after it).
import { driverName, grammarRule, lineLabel } from "./common";

const FORMAT = { sip: "'user[:secret]@host[:port]'", iax: "'user[:secret]@host[:port]'" };

export const missingHost = grammarRule({
  code: "register/missing-host",
  kinds: ["empty", "missing-host"],
  severity: "error",
  summary: "A register line has no host after `@` (or no value at all); Asterisk rejects it or has nowhere to send the registration.",
  describe(problem, line) {
    const driver = driverName(line.grammar);
    const expected = `Expected ${FORMAT[line.grammar]}.`;
    if (problem.kind === "empty") {
      return { message: `${lineLabel(line)} has no value: ${driver} logs a format warning and registers nothing. ${expected}` };
    }
    switch (problem.reason) {
      case "no-at":
        return { message: `${lineLabel(line)} has no '@host': ${driver} rejects it with a format warning and never registers. ${expected}` };
      case "nothing-after-at":
        return { message: `Nothing follows the last '@': ${driver} rejects the line with a format warning and never registers. ${expected}` };
      default:
        return line.grammar === "iax"
          ? { message: `The host after '@' is empty: chan_iax2 cannot look it up and drops the registration without a message. ${expected}` }
          : { message: `The host after '@' is empty: chan_sip keeps the line but has nowhere to send the REGISTER. Put the provider's host name or IP address after '@'.` };
    }
  },
});
