// PJSIP objects as res_sorcery_config sees them, for the registration rules: typed sections of pjsip units.
import type { ConfUnit, PlacedOption, PlacedSection } from "../../model/units";
import { wizardObjects } from "../../model/pjsip-wizard";
import { effectiveOptions, lastEffectiveOption } from "../../model/units";
import type { Workspace } from "../../model/workspace";

export interface PjsipObject {
  unit: ConfUnit;
  section: PlacedSection;
  /** Options after template inheritance, in order. */
  options: readonly PlacedOption[];
  /** Lower-cased `type`, when set. */
  type?: string;
}

export function lastOption(object: PjsipObject, key: string): PlacedOption | undefined {
  return lastEffectiveOption(object.unit, object.section, key);
}

/** Every non-template section of a pjsip.conf-like unit, with its effective options and type. */
export function pjsipObjects(unit: ConfUnit): PjsipObject[] {
  if (unit.dialect !== "pjsip") return [];
  const objects: PjsipObject[] = [];
  for (const section of unit.sections) {
    if (section.header?.isTemplate || section.header?.isAppend) continue;
    const object: PjsipObject = { unit, section, options: effectiveOptions(unit, section) };
    object.type = lastOption(object, "type")?.node.value.trim().toLowerCase();
    objects.push(object);
  }
  return objects;
}

export function registrationObjects(unit: ConfUnit): PjsipObject[] {
  return pjsipObjects(unit).filter((o) => o.type === "registration");
}

/** The two URIs a registration needs, with an example of each for messages. */
export const REGISTRATION_URI_EXAMPLES = { server_uri: "sip:provider.example.com", client_uri: "sip:user@provider.example.com" } as const;

export type RegistrationUriKey = keyof typeof REGISTRATION_URI_EXAMPLES;

/** Each registration object's server_uri and client_uri lines (the last of each; undefined when absent). */
export function registrationUris(unit: ConfUnit): { object: PjsipObject; key: RegistrationUriKey; option: PlacedOption | undefined }[] {
  const result: { object: PjsipObject; key: RegistrationUriKey; option: PlacedOption | undefined }[] = [];
  for (const object of registrationObjects(unit)) {
    for (const key of Object.keys(REGISTRATION_URI_EXAMPLES) as RegistrationUriKey[]) result.push({ object, key, option: lastOption(object, key) });
  }
  return result;
}

/** Object name → the types defined under it, over every pjsip unit, plus the auth objects wizards create. */
export function pjsipNames(workspace: Workspace): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const add = (name: string, type: string) => {
    let types = names.get(name);
    if (!types) names.set(name, (types = new Set()));
    types.add(type);
  };
  for (const unit of workspace.units()) {
    if (unit.dialect === "pjsip") {
      for (const object of pjsipObjects(unit)) if (object.type) add(object.section.name, object.type);
    }
  }
  for (const object of wizardObjects(workspace)) if (object.type === "auth") add(object.name, object.type);
  return names;
}
