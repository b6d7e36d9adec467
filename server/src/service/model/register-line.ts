// Pure parsers for the value of a `register =>` line, replicating how Asterisk itself takes it apart:
// chan_sip (`sip_parse_register_line`, channels/sip/config_parser.c) and chan_iax2 (`iax2_register`).
// Every part keeps its offsets in the document; the password (and anything that may hold it) is marked
// `sensitive` so that no message or hover ever shows it.
import type { RegisterGrammar, RegisterLine } from "./register-types";
import { parseSipRegister } from "./register-sip";
import { parseIaxRegister } from "./register-iax";

export * from "./register-types";
export { parseSipRegister } from "./register-sip";
export { parseIaxRegister } from "./register-iax";

/**
 * Parses a register value with the grammar of the channel driver; `offset` is where `value` starts in the document.
 * `sipReading`: chan_sip's reading of the same value at the same offset, if the caller has it (the IAX2 reading uses it).
 */
export function parseRegisterValue(grammar: RegisterGrammar, value: string, offset = 0, sipReading?: RegisterLine): RegisterLine {
  return grammar === "iax" ? parseIaxRegister(value, offset, sipReading) : parseSipRegister(value, offset);
}

/** True when Asterisk would accept `value` as a register line's value and reject none of its parts (fixes check this). */
export function registersCleanly(grammar: RegisterGrammar, value: string): boolean {
  if (value.trim().length === 0) return false;
  const parsed = parseRegisterValue(grammar, value.trim());
  return parsed.accepted && !parsed.problems.some((problem) => problem.rejected);
}
