// When renaming a key is a fix: the new key must be one the object reads (not realtime-only), the line's value as
// written must suit it (an empty `dtmf_mo=` renamed to `dtmf_mode=` is an empty value PJSIP refuses; `tpe=` is no
// type; `regisr=` is no register line, nor is one outside the first [general]; a registration's `endpoint=` needs
// line=yes), and it must not wipe the codecs of the peers reading the line (a misspelt
// `disallow=all` that Asterisk ignores today, with no usable allow= after it). Otherwise the finding keeps its
// "did you mean" but offers no rename.
import type { OptionDriver } from "../../knowledge/options/index";
import { findOption } from "../../knowledge/options/index";
import { renameWipesAudio } from "../../model/codecs";
import { checkValue } from "../../model/option-values";
import { registersCleanly } from "../../model/register-line";
import { generalSections, grammarOf } from "../../model/register-options";
import { isTrueWord } from "../../knowledge/options/types";
import { effectiveValue, type ConfUnit, type PlacedOption } from "../../model/units";
import { isSkippedKey } from "./common";
import { hasRequired } from "./missing-type";
import { validTypes } from "./unknown-type";

export function renameIsClean(unit: ConfUnit, option: PlacedOption, key: string, driver: OptionDriver, object: string | undefined): boolean {
  if (renameWipesAudio(unit, option, key)) return false;
  const lower = key.trim().toLowerCase();
  const value = option.node.value;
  if (lower === "type") {
    const type = value.trim().toLowerCase();
    return validTypes(driver).includes(type) && (driver !== "pjsip" || !option.section || hasRequired(option.section, type));
  }
  if (lower === "register") {
    // Read only in the first [general] (or a fragment's lines before any section, which join it).
    const grammar = grammarOf(unit.dialect);
    const read = !option.section || generalSections(unit).has(option.section);
    return object === "general" && read && grammar !== undefined && registersCleanly(grammar, value);
  }
  // A registration's endpoint= needs line=yes beside it, or PJSIP refuses the registration.
  if (lower === "endpoint" && object === "registration" && option.section) {
    if (!isTrueWord(effectiveValue(unit, option.section, "line"))) return false;
  }
  if (isSkippedKey(driver, key)) return true;
  const lookup = findOption(driver, object, key);
  if (lookup.open) return true;
  if (!lookup.option || lookup.option.realtimeOnly) return false;
  return !checkValue(lookup.option, value, driver).some((problem) => problem.effect === "rejects");
}
