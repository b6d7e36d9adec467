// register/bad-port: a port (or SIP domain port) that is not a plain number.
import { driverName, grammarRule, quotePart } from "./common";
import { part } from "../../model/register-line";

export const badPort = grammarRule({
  code: "register/bad-port",
  kinds: ["bad-port"],
  severity: "warning",
  summary: "A register port is not a plain number: chan_sip falls back to the default port (or reads only the leading digits), chan_iax2 drops the line or reads the leading digits.",
  describe(problem, line) {
    const driver = driverName(line.grammar);
    if (problem.part === "domainport") {
      const field = "The field after the user name is read as a domain port (chan_sip's 4-field form 'user@domain:port:secret:authuser', chosen because the fields after it contain another ':')";
      if (problem.reason === "trailing-junk") {
        return { message: `${field}; only its leading digits are used (${problem.effective}). Write digits only.`, severity: "warning" };
      }
      return {
        message: `${field}, but it is not a port: chan_sip logs a NOTICE, ignores it, and takes the password and the authuser from the next fields, so authentication fails. Remove the extra ':' field, or write 'user@domain:port:secret:authuser' in full.`,
        severity: "error",
      };
    }
    const port = quotePart(part(line, "port"), "The port");
    const shown = port.startsWith("'") ? `Port ${port}` : port;
    if (line.grammar === "iax") {
      if (problem.rejected) {
        const what = problem.reason === "empty" ? "The port after ':' is empty" : `${shown} is not a valid port number`;
        return { message: `${what}: chan_iax2 logs a warning and drops the whole registration. Write the port as digits (default 4569) or leave ':port' out.`, severity: "error" };
      }
      return {
        message: `${shown} is not a plain number: chan_iax2 reads only its leading digits and registers to port ${problem.effective} without a warning. Write digits only, e.g. 4569.`,
        severity: "error",
      };
    }
    if (problem.reason === "trailing-junk") {
      return {
        message: `${shown} is not a plain number: ${driver} reads only its leading digits and sends REGISTER to port ${problem.effective} without a warning. Write digits only, e.g. 5060.`,
        severity: "error",
      };
    }
    const what = problem.reason === "empty" ? "The port after ':' is empty" : `${shown} is not a number`;
    return { message: `${what}: chan_sip logs a NOTICE and uses the default port ${problem.effective} instead. Write the port as digits or leave ':port' out.`, severity: "warning" };
  },
});
