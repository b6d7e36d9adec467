// register/port-range: a numeric port outside 1–65535 (chan_sip: default port; chan_iax2: silently wrapped).
import { grammarRule, quotePart } from "./common";
import { part } from "../../model/register-line";

export const portRange = grammarRule({
  code: "register/port-range",
  kinds: ["port-range"],
  severity: "warning",
  summary: "A register port is outside 1–65535: chan_sip falls back to the default port, chan_iax2 silently wraps it to another port (70000 becomes 4464).",
  describe(problem, line) {
    if (problem.part === "domainport") {
      return { message: "The domain port is outside 1–65535: chan_sip logs a NOTICE and ignores it. Use a port between 1 and 65535." };
    }
    const port = quotePart(part(line, "port"), "");
    const shown = port ? `Port ${port}` : "The port";
    if (line.grammar === "iax") {
      return {
        message: `${shown} is outside 1–65535: chan_iax2 silently wraps it and registers to port ${problem.effective} instead. Use a port between 1 and 65535 (IAX2 default 4569).`,
        severity: "error",
      };
    }
    return { message: `${shown} is outside 1–65535: chan_sip logs a NOTICE and uses the default port ${problem.effective} instead. Use a port between 1 and 65535.` };
  },
});
