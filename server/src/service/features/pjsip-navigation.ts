// Navigation between PJSIP objects: a section header of pjsip.conf ([trunk-auth] type=auth) and the options that name
// it (an endpoint's aors=, auth=, outbound_auth=, transport=; an identify's endpoint=; a registration's transport=
// ...; a wizard's transport= and endpoint/aors= ...). pjsip.conf is looked at in the files Asterisk loads together
// with it (its load group); pjsip_wizard.conf shares their objects, and its wizards create some (model/pjsip-wizard).
import { findOption } from "../knowledge/options/index";
import { LIST_REFERENCE_KEYS } from "../knowledge/options/types";
import { loadGroups } from "../model/load-groups";
import { objectOf } from "../model/objects";
import { wizardObjects } from "../model/pjsip-wizard";
import type { ConfUnit, PlacedOption, PlacedSection } from "../model/units";
import type { Workspace } from "../model/workspace";
import type { Span } from "../text/span";
import { valueItems } from "../model/value-items";

/** A PJSIP object by name and type (`aor`, `auth`, `transport`, `endpoint` ...). */
export interface PjsipObjectRef {
  name: string;
  type: string;
}

export interface PjsipLocation {
  uri: string;
  span: Span;
}

interface Placed {
  unit: ConfUnit;
  section: PlacedSection;
}

const PJSIP_DIALECTS = new Set(["pjsip", "pjsip_wizard"]);

/**
 * The sections whose objects `uri` can name or be named by: for pjsip.conf, the files loaded with it (its includes,
 * VICIdial's carriers) and the wizards; for pjsip_wizard.conf, every pjsip.conf and wizard file.
 */
function loadedWith(workspace: Workspace, uri: string): Placed[] {
  const units = workspace.unitsContaining(uri).filter((unit) => PJSIP_DIALECTS.has(unit.dialect));
  const fromWizard = units.some((unit) => unit.dialect === "pjsip_wizard");
  const groups = loadGroups(workspace).filter((g) => g.units.some((unit) => PJSIP_DIALECTS.has(unit.dialect)));
  return groups
    .filter((g) => fromWizard || g.units.some((unit) => unit.dialect === "pjsip_wizard" || units.includes(unit)))
    .flatMap((g) => g.sections);
}

/** The object type a PJSIP option names (`aors` -> aor), or undefined when it names no object. */
function referencedType(unit: ConfUnit, section: PlacedSection, option: PlacedOption): string | undefined {
  const info = objectOf(unit, section);
  if (!info || (info.driver !== "pjsip" && info.driver !== "pjsip_wizard") || !info.object) return undefined;
  const type = findOption(info.driver, info.object, option.node.key).option?.type;
  return type?.kind === "reference" ? type.to : undefined;
}

/** The names an option's value holds, each with its span (a list for aors=, auth=, outbound_auth=). */
function namedItems(workspace: Workspace, option: PlacedOption) {
  // A wizard key names the object's option after a prefix: `endpoint/aors`.
  const key = option.node.key.trim().toLowerCase();
  const split = LIST_REFERENCE_KEYS.has(key.slice(key.lastIndexOf("/") + 1));
  return valueItems(option, workspace.document(option.uri)?.text, split).filter((item) => item.exact && item.text.length > 0);
}

/** The PJSIP object under the cursor: a section header's name, or a name in a reference option's value. */
export function pjsipObjectAt(workspace: Workspace, uri: string, offset: number): { ref: PjsipObjectRef; span: Span } | undefined {
  for (const unit of workspace.unitsContaining(uri)) {
    if (!PJSIP_DIALECTS.has(unit.dialect)) continue;
    for (const section of unit.sections) {
      const header = section.header;
      // A wizard's header names the wizard, not one object: only its reference options are navigable.
      if (unit.dialect === "pjsip" && section.uri === uri && header && !header.isTemplate && offset >= header.nameSpan.start && offset <= header.nameSpan.end) {
        const type = objectOf(unit, section)?.typeValue?.trim().toLowerCase();
        return type ? { ref: { name: section.name, type }, span: header.nameSpan } : undefined;
      }
      for (const option of section.options) {
        const v = option.node.valueSpan;
        if (option.uri !== uri || offset < v.start || offset > v.end) continue;
        const type = referencedType(unit, section, option);
        const item = type ? namedItems(workspace, option).find((i) => offset >= i.span.start && offset <= i.span.end) : undefined;
        return item && type ? { ref: { name: item.text, type }, span: item.span } : undefined;
      }
    }
  }
  return undefined;
}

/** The headers of the sections that define the object (non-template sections of that name and type). */
export function pjsipDefinitions(workspace: Workspace, uri: string, ref: PjsipObjectRef): PjsipLocation[] {
  const result: PjsipLocation[] = [];
  for (const { unit, section } of loadedWith(workspace, uri)) {
    const header = section.header;
    if (!header || header.isTemplate || header.isAppend || section.name !== ref.name) continue;
    if (unit.dialect === "pjsip" && objectOf(unit, section)?.typeValue?.trim().toLowerCase() === ref.type) result.push({ uri: section.uri, span: header.nameSpan });
  }
  // An object a wizard creates: the wizard's header.
  for (const object of wizardObjects(workspace)) {
    if (object.name === ref.name && object.type === ref.type && object.section.header) result.push({ uri: object.section.uri, span: object.section.header.nameSpan });
  }
  return result;
}

/** Every name in a reference option of the load group that points at the object. */
export function pjsipReferences(workspace: Workspace, uri: string, ref: PjsipObjectRef): PjsipLocation[] {
  const result: PjsipLocation[] = [];
  for (const { unit, section } of loadedWith(workspace, uri)) {
    for (const option of section.options) {
      if (referencedType(unit, section, option) !== ref.type) continue;
      for (const item of namedItems(workspace, option)) if (item.text === ref.name) result.push({ uri: option.uri, span: item.span });
    }
  }
  return result;
}
