// When renaming a key is a fix: the new key must be one the object reads (not realtime-only), the line's value as
// written must suit it (an empty `dtmf_mo=` renamed to `dtmf_mode=` is an empty value PJSIP refuses; `tpe=` is no
// type; `regisr=` is no register line, nor is one outside the first [general]; a registration's `endpoint=` needs
// line=yes), and it must not wipe the codecs of the peers reading the line (a misspelt
// `disallow=all` that Asterisk ignores today, with no usable allow= after it). Otherwise the finding keeps its
// "did you mean" but offers no rename.
import type { OptionDriver } from "../../knowledge/options/index";
import { findOption } from "../../knowledge/options/index";
import { renameWipesAudio } from "../../model/codecs";
import { codecVerb } from "../../model/codec-lines";
import { checkValue } from "../../model/option-values";
import { registersCleanly } from "../../model/register-line";
import { generalSections, grammarOf } from "../../model/register-options";
import { isTrueWord } from "../../knowledge/options/types";
import { effectiveValue, type ConfUnit, type PlacedOption } from "../../model/units";
import { isSkippedKey } from "./common";
import type { Finding } from "../types";
import type { Workspace } from "../../model/workspace";
import { hasRequired } from "./missing-type";
import { validTypes } from "./unknown-type";

export function renameIsClean(unit: ConfUnit, option: PlacedOption, key: string, driver: OptionDriver, object: string | undefined): boolean {
  return !renameWipesAudio(unit, option, key) && renameFitsLine(unit, option, key, driver, object);
}

/**
 * `renameIsClean` without the codec check: reads only the line's section, what it inherits and the unit's [general],
 * so a section rule may ask it (the codec check reads every peer that inherits the line: see `renameNeedsCodecCheck`).
 */
export function renameFitsLine(unit: ConfUnit, option: PlacedOption, key: string, driver: OptionDriver, object: string | undefined): boolean {
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

/** True when renaming to `key` could wipe the codecs of the peers reading the line (a rename to allow/disallow). */
export function renameNeedsCodecCheck(unit: ConfUnit, key: string): boolean {
  return codecVerb(unit.dialect, key) !== undefined;
}

/**
 * The data of a finding that offers a rename, from a section rule: the rename when the line fits it, with
 * `codecCheck` when the fix must still make sure the rename does not wipe any peer's codecs (see `checkedReplacement`).
 */
export function renameData(unit: ConfUnit, option: PlacedOption, key: string | undefined, driver: OptionDriver, object: string | undefined): { replacement: string; codecCheck?: true } | undefined {
  if (key === undefined || !renameFitsLine(unit, option, key, driver, object)) return undefined;
  return renameNeedsCodecCheck(unit, key) ? { replacement: key, codecCheck: true } : { replacement: key };
}

/** The option a finding on a key points at, in the units that hold its document. */
function optionAt(workspace: Workspace, uri: string, offset: number): { unit: ConfUnit; option: PlacedOption } | undefined {
  for (const unit of workspace.unitsContaining(uri)) {
    for (const section of unit.sections) {
      for (const option of section.options) if (option.uri === uri && option.node.keySpan.start === offset) return { unit, option };
    }
  }
  return undefined;
}

/** The rename a finding's data offers, once the codec check its section rule left to the fix has passed. */
export function checkedReplacement(finding: Finding, workspace: Workspace): string | undefined {
  const replacement = finding.data?.replacement;
  if (typeof replacement !== "string") return undefined;
  if (finding.data?.codecCheck !== true) return replacement;
  const found = optionAt(workspace, finding.uri, finding.span.start);
  return found && !renameWipesAudio(found.unit, found.option, replacement) ? replacement : undefined;
}
