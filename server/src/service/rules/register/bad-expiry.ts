// register/bad-expiry: `~expiry` that is not a positive number of seconds (`~abc` means Expires: 0).
import { grammarRule, quotePart } from "./common";
import { part } from "../../model/register-line";

export const badExpiry = grammarRule({
  code: "register/bad-expiry",
  kinds: ["bad-expiry"],
  severity: "error",
  summary: "The `~expiry` of a SIP register line is not a positive number: chan_sip silently sends `Expires: 0`, which removes the registration at once.",
  describe(problem, line) {
    const expiry = part(line, "expiry");
    if (problem.reason === "trailing-junk") {
      return {
        message: `Expiry ${quotePart(expiry, "value")} is not a plain number: chan_sip reads only its leading digits and asks for ${problem.effective} seconds, without a warning. Write the number of seconds only, e.g. ~120.`,
        severity: "warning",
      };
    }
    const what = problem.reason === "empty" ? "The expiry after '~' is empty" : `Expiry ${quotePart(expiry, "value")} is not a positive number`;
    return {
      message: `${what}: chan_sip silently sends 'Expires: ${problem.effective}', which asks the provider to drop the registration immediately. Write seconds, e.g. ~120, or remove the '~' part (default 120).`,
    };
  },
});
