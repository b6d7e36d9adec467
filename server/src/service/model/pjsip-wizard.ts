// The PJSIP objects res_pjsip_config_wizard creates from each `type=wizard` section: an endpoint and an aor named
// like the section, `<name>-identify`, and `<name>-oauth` / `<name>-iauth` auths when the wizard sends or accepts
// authentication. They live in the same sorcery as pjsip.conf, so pjsip.conf objects may name them.
import { isTrueWord } from "../knowledge/options/types";
import type { ConfUnit, PlacedSection } from "./units";
import { effectiveOptions, effectiveValue } from "./units";
import type { Workspace } from "./workspace";

export interface WizardObject {
  name: string;
  type: "endpoint" | "aor" | "identify" | "auth";
  /** The wizard section that creates it. */
  section: PlacedSection;
}

function objectsOfWizard(unit: ConfUnit, section: PlacedSection): WizardObject[] {
  const options = effectiveOptions(unit, section);
  const value = (key: string) => effectiveValue(unit, section, key) ?? "";
  if (value("type").trim().toLowerCase() !== "wizard") return [];
  const keys = options.map((o) => o.node.key.trim().toLowerCase());
  const objects: WizardObject[] = [
    { name: section.name, type: "endpoint", section },
    { name: section.name, type: "aor", section },
    { name: `${section.name}-identify`, type: "identify", section },
  ];
  if (isTrueWord(value("sends_auth")) || keys.some((k) => k.startsWith("outbound_auth/"))) objects.push({ name: `${section.name}-oauth`, type: "auth", section });
  if (isTrueWord(value("accepts_auth")) || keys.some((k) => k.startsWith("inbound_auth/"))) objects.push({ name: `${section.name}-iauth`, type: "auth", section });
  return objects;
}

/** Every object the workspace's wizard sections create. */
export function wizardObjects(workspace: Workspace): WizardObject[] {
  const result: WizardObject[] = [];
  for (const unit of workspace.units()) {
    if (unit.dialect !== "pjsip_wizard") continue;
    for (const section of unit.sections) {
      if (section.header?.isTemplate || section.header?.isAppend) continue;
      result.push(...objectsOfWizard(unit, section));
    }
  }
  return result;
}
