// register/space-in-part: blanks inside a part of a register line, sent to the provider as they are.
import { grammarRule, PART_LABEL, quotePart } from "./common";
import { part } from "../../model/register-line";

export const spaceInPart = grammarRule({
  code: "register/space-in-part",
  kinds: ["space-in-part"],
  severity: "warning",
  summary: "A part of a register line contains a blank; Asterisk sends it as written, so the user, password or host no longer match.",
  describe(problem, line) {
    const name = problem.part ?? "user";
    const label = PART_LABEL[name] ?? name;
    const p = part(line, name);
    const quoted = quotePart(p, "");
    const subject = name === "secret" ? "The password contains a blank" : `The ${label}${quoted ? " " + quoted : ""} contains a blank`;
    const driver = line.grammar === "iax" ? "chan_iax2 keeps blanks (it trims nothing)" : "chan_sip trims blanks only at the ends";
    if (name === "host") {
      return { message: `${subject}: ${driver}, so the host name cannot be looked up and nothing registers. Remove the blank.`, severity: "error" };
    }
    return { message: `${subject}: ${driver} and sends it as written, so the provider sees a different ${label} and authentication fails, silently. Remove the blank.` };
  },
});
