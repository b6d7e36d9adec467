// Checks one option value against its type, the way the driver parses it, and says what Asterisk does instead.
import { closest } from "./suggest";
import { isBoolWord, isFalseWord, type EnumValue, type OptionDriver, type OptionInfo, type ValueType } from "../knowledge/options/types";

export type ValueProblemKind = "not-bool" | "not-number" | "out-of-range" | "not-in-set" | "blank-in-list" | "empty" | "host-port";

/** One defect in a value; offsets are relative to the raw value text. */
export interface ValueProblem {
  kind: ValueProblemKind;
  start: number;
  end: number;
  /** The problem and Asterisk's consequence, without the option name. */
  message: string;
  /** Text that would fix [start, end) when the fix is obvious. */
  replacement?: string;
  /** `rejects`: the driver refuses the object; otherwise it logs/ignores and falls back. */
  effect: "rejects" | "falls-back" | "silent";
  /** For host-port: the port that should move to `port=`. */
  port?: string;
}

const PJSIP_LIKE = (driver: OptionDriver) => driver === "pjsip" || driver === "pjsip_wizard";

function fallbackText(option: OptionInfo, driver: OptionDriver): { text: string; effect: ValueProblem["effect"] } {
  if (PJSIP_LIKE(driver)) return { text: "PJSIP fails to create this object", effect: "rejects" };
  return { text: option.fallback ? `Asterisk uses ${option.fallback} instead` : "Asterisk ignores it", effect: "falls-back" };
}

function valueNames(values: EnumValue[]): string {
  return values.filter((v) => !v.deprecated).map((v) => v.value).join(", ");
}

function inSet(values: EnumValue[], word: string): boolean {
  const lower = word.toLowerCase();
  return values.some((v) => v.value.toLowerCase() === lower || (v.aliases ?? []).some((a) => a.toLowerCase() === lower));
}

function parseInt(text: string, driver: OptionDriver, signed: boolean): number | undefined {
  const trimmed = text.trim();
  if (PJSIP_LIKE(driver)) {
    const match = signed ? /^[+-]?\d+$/.exec(trimmed) : /^(\d+|0x[0-9a-f]+)$/i.exec(trimmed);
    return match ? Number(trimmed) : undefined;
  }
  // chan_sip / chan_iax2 read numbers with sscanf("%d") or atoi: a leading number is enough.
  const match = /^[+-]?\d+/.exec(trimmed);
  return match ? Number(match[0]) : undefined;
}

function rangeText(min?: number, max?: number, unit?: string): string {
  const u = unit ? ` ${unit}` : "";
  if (min !== undefined && max !== undefined) return `${min}–${max}${u}`;
  if (min !== undefined) return `at least ${min}${u}`;
  if (max !== undefined) return `at most ${max}${u}`;
  return `a whole number${u}`;
}

function checkInt(option: OptionInfo, raw: string, driver: OptionDriver, range: { min?: number; max?: number; unit?: string }): ValueProblem[] {
  const { text, effect } = fallbackText(option, driver);
  const value = parseInt(raw, driver, range.min === undefined || range.min < 0);
  if (value === undefined) {
    const usesAtoi = !PJSIP_LIKE(driver) && option.fallback === "0";
    return [{ kind: "not-number", start: 0, end: raw.length, message: `'${raw}' is not a number: ${usesAtoi ? "Asterisk reads it as 0" : text}. Expected ${rangeText(range.min, range.max, range.unit)}.`, effect }];
  }
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    return [{ kind: "out-of-range", start: 0, end: raw.length, message: `${value} is out of range: ${text}. Expected ${rangeText(range.min, range.max, range.unit)}.`, effect }];
  }
  return [];
}

/** Where a `host:port` value has its port (IPv4 or name with `:digits`, or `[v6]:digits`). */
export function hostPort(value: string): { host: string; port: string; colon: number } | undefined {
  const v6 = /^(\[[^\]]+\]):(\d*)$/.exec(value);
  if (v6) return { host: v6[1], port: v6[2], colon: v6[1].length };
  const plain = /^([^:[\]\s]+):(\d*)$/.exec(value);
  if (plain) return { host: plain[1], port: plain[2], colon: plain[1].length };
  return undefined;
}

function checkEnum(option: OptionInfo, raw: string, driver: OptionDriver, type: Extract<ValueType, { kind: "enum" }>): ValueProblem[] {
  const word = raw.trim();
  if (inSet(type.values, word)) return [];
  if (type.bools === "any" && isBoolWord(word)) return [];
  if (type.bools === "false" && isFalseWord(word)) return [];
  if (type.orInt && /^[+-]?\d+$/.test(word)) return checkInt(option, raw, driver, type.orInt);
  const { text, effect } = fallbackText(option, driver);
  const suggestion = closest(word, type.values.map((v) => v.value));
  const expected = valueNames(type.values) + (type.orInt ? `, or a number${type.orInt.unit ? " of " + type.orInt.unit : ""}` : "");
  return [{ kind: "not-in-set", start: 0, end: raw.length, message: `'${word}' is not a valid value: ${text}. Expected ${expected}.`, replacement: suggestion, effect }];
}

function checkList(option: OptionInfo, raw: string, driver: OptionDriver, type: Extract<ValueType, { kind: "list-of-enum" }>): ValueProblem[] {
  const whole = raw.trim();
  if (type.bools === "any" && isBoolWord(whole)) return [];
  if ((type.bools === "any" || type.bools === "false") && isFalseWord(whole)) return [];
  const problems: ValueProblem[] = [];
  const { text, effect } = fallbackText(option, driver);
  let offset = 0;
  for (const item of raw.split(",")) {
    const start = offset;
    offset += item.length + 1;
    const word = item.trim();
    if (word.length === 0) continue;
    if (!type.trims && item !== word && inSet(type.values, word)) {
      problems.push({
        kind: "blank-in-list",
        start,
        end: start + item.length,
        message: `'${item}' has blanks around the word: ${PJSIP_LIKE(driver) ? "PJSIP" : "Asterisk"} compares the words exactly, so '${word}' is not applied. Write the list without spaces.`,
        replacement: word,
        effect: "silent",
      });
      continue;
    }
    if (!inSet(type.values, word)) {
      const suggestion = closest(word, type.values.map((v) => v.value));
      const lead = item.length - item.trimStart().length;
      problems.push({
        kind: "not-in-set",
        start: start + lead,
        end: start + lead + word.length,
        message: `'${word}' is not a valid word here: ${text}. Expected a comma-separated list of ${valueNames(type.values)}.`,
        replacement: suggestion,
        effect,
      });
    }
  }
  return problems;
}

/** Problems of one value of a typed option (empty list when fine or not checkable). */
export function checkValue(option: OptionInfo, raw: string, driver: OptionDriver): ValueProblem[] {
  const type = option.type;
  const empty = raw.trim().length === 0;
  switch (type.kind) {
    case "bool":
      if (empty || isBoolWord(raw)) return [];
      return [{ kind: "not-bool", start: 0, end: raw.length, message: `'${raw.trim()}' is not a yes/no value: Asterisk reads it as 'no'. Expected yes or no.`, effect: "silent", replacement: closest(raw, ["yes", "no"]) }];
    case "int":
      if (empty) return emptyProblem(option, driver, rangeText(type.min, type.max, type.unit));
      return checkInt(option, raw, driver, type);
    case "port":
      if (empty) return emptyProblem(option, driver, "a port number 1–65535");
      return checkInt(option, raw, driver, { min: 1, max: 65535 });
    case "decimal": {
      if (empty) return emptyProblem(option, driver, "a number");
      if (/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(raw)) return [];
      const { text, effect } = fallbackText(option, driver);
      return [{ kind: "not-number", start: 0, end: raw.length, message: `'${raw}' is not a number: ${text}.`, effect }];
    }
    case "enum":
      if (empty) return emptyProblem(option, driver, valueNames(type.values));
      return checkEnum(option, raw, driver, type);
    case "list-of-enum":
      if (empty) return [];
      return checkList(option, raw, driver, type);
    case "host": {
      if (driver !== "sip" && driver !== "iax") return [];
      const found = hostPort(raw.trim());
      if (!found) return [];
      const who = driver === "sip" ? "chan_sip" : "chan_iax2";
      return [{
        kind: "host-port",
        start: found.colon,
        end: raw.trim().length,
        message: `'${raw.trim()}' includes a port: ${who} refuses it ("Port disallowed") and the peer is left with no address. Put the port in 'port=${found.port}'.`,
        effect: "falls-back",
        port: found.port,
      }];
    }
    case "tos":
      if (empty) return [];
      return checkTos(option, raw, driver);
    default:
      return [];
  }
}

/** The DSCP names `ast_str2tos` knows (case-insensitive); anything else must start with a number. */
const DSCP_NAMES = /^(cs[0-7]|af[1-4][1-3]|ef)$/i;
/** The IPv4 ToS words Asterisk 1.4 read; later releases refuse them. */
const OLD_TOS_WORDS = /^(lowdelay|throughput|reliability|mincost|none)$/i;

function checkTos(option: OptionInfo, raw: string, driver: OptionDriver): ValueProblem[] {
  const word = raw.trim();
  if (DSCP_NAMES.test(word) || /^[+-]?\d/.test(word)) return [];
  const consequence = PJSIP_LIKE(driver) ? fallbackText(option, driver).text : "Asterisk logs \"Invalid tos value\" and leaves the packets unmarked";
  const old = OLD_TOS_WORDS.test(word) ? ` ('${word.toLowerCase()}' is an Asterisk 1.4 word, gone since 1.6)` : "";
  return [{
    kind: "not-in-set",
    start: 0,
    end: raw.length,
    message: `'${word}' is not a ToS value${old}: ${consequence}. Expected a DSCP name (cs0–cs7, af11–af43, ef) or a number.`,
    replacement: closest(word, ["cs0", "cs1", "cs2", "cs3", "cs4", "cs5", "cs6", "cs7", "af11", "af12", "af13", "af21", "af22", "af23", "af31", "af32", "af33", "af41", "af42", "af43", "ef"]),
    effect: PJSIP_LIKE(driver) ? "rejects" : "falls-back",
  }];
}

function emptyProblem(option: OptionInfo, driver: OptionDriver, expected: string): ValueProblem[] {
  const { text, effect } = fallbackText(option, driver);
  return [{ kind: "empty", start: 0, end: 0, message: `The value is empty: ${text}. Expected ${expected}.`, effect }];
}
