// VICIdial's generated conf files rebuilt from the carrier and template records, the way ADMIN_keepalive_ALL.pl
// writes them: sip-, iax-, pjsip-, pjsip_wizard- and extensions-vicidial.conf, plus a unit per unused template.
import { PROTOCOL_BY_DIALECT, type Dialect } from "./file-kind";
import { UnitBuilder, type ConfUnit, type SourceField } from "./units";
import type { AnalyzedDocument, CarrierRecord, TemplateRecord } from "./analyzed-document";

/** Order in which ADMIN_keepalive_ALL.pl writes carrier groups. */
const PROTOCOL_ORDER = ["IAX2", "SIP", "PJSIP_WIZ", "PJSIP"];

/**
 * Carriers in the order VICIdial writes their dialplan entries into [vicidial-auto-external]: IAX2, then SIP,
 * PJSIP_WIZ, PJSIP, each group by carrier_id (the order `carriers()` keeps). Zap and EXTERNAL are never written.
 */
export function dialplanOrder(carriers: readonly CarrierRecord[]): CarrierRecord[] {
  const rank = (c: CarrierRecord) => PROTOCOL_ORDER.indexOf(c.protocol.toUpperCase());
  return carriers.filter((c) => rank(c) >= 0).sort((a, b) => rank(a) - rank(b));
}

/** Identifies the record documents' revisions: the record units are rebuilt only when it changes. */
export function recordsKey(docs: Iterable<AnalyzedDocument>): string {
  return [...docs]
    .filter((d) => d.record)
    .map((d) => d.uri + "@" + d.revision)
    .sort()
    .join("|");
}

/** Rebuilds sip-, iax-, pjsip-, pjsip_wizard- and extensions-vicidial.conf the way ADMIN_keepalive_ALL.pl writes them. */
export function buildRecordUnits(carriers: readonly CarrierRecord[], templates: Map<string, TemplateRecord>, previous: readonly ConfUnit[] = []): ConfUnit[] {
  // Sections of unchanged records are kept from the previous build (see UnitBuilder).
  const previousById = new Map(previous.map((unit) => [unit.id, unit]));
  const builderFor = (id: string, dialect: Dialect, root: string) => new UnitBuilder(id, dialect, root, false, previousById.get(id));
  const units: ConfUnit[] = [];
  for (const [dialect, protocol] of Object.entries(PROTOCOL_BY_DIALECT) as [Dialect, string][]) {
    const group = carriers.filter((c) => c.protocol.toUpperCase() === protocol);
    if (group.length === 0) continue;
    const builder = builderFor(`vicidial:${dialect}`, dialect, `vicidial:${dialect}`);
    if (dialect === "sip" || dialect === "iax") {
      builder.openSection("general", group[0].uri);
      for (const carrier of group) placeField(builder, carrier.doc, "registration_string", carrier.id);
    }
    for (const carrier of group) {
      placeField(builder, carrier.doc, "account_entry", carrier.id);
      const template = carrier.templateId ? templates.get(carrier.templateId) : undefined;
      if (template) placeField(builder, template.doc, "template_contents", carrier.id);
    }
    units.push(builder.finish());
  }
  units.push(...unusedTemplateUnits(carriers, templates, builderFor));
  const written = carriers.filter((c) => c.dialect);
  if (written.length > 0) units.push(buildExtensionsUnit(written, builderFor));
  return units;
}

/** Makes the builder of a unit, given its previous build when there is one. */
type BuilderFor = (id: string, dialect: Dialect, root: string) => UnitBuilder;

function buildExtensionsUnit(carriers: CarrierRecord[], builderFor: BuilderFor): ConfUnit {
  const builder = builderFor("vicidial:extensions", "extensions", "vicidial:extensions");
  builder.openSection("globals", carriers[0].uri);
  for (const carrier of carriers) placeField(builder, carrier.doc, "globals_string", carrier.id);
  builder.openSection("vicidial-auto-external", carriers[0].uri);
  for (const carrier of dialplanOrder(carriers)) placeField(builder, carrier.doc, "dialplan_entry", carrier.id);
  return builder.finish();
}

/** Templates no carrier uses still get checked on their own, in a unit of their own. */
function unusedTemplateUnits(carriers: readonly CarrierRecord[], templates: Map<string, TemplateRecord>, builderFor: BuilderFor): ConfUnit[] {
  const used = new Set(carriers.map((c) => c.templateId));
  const units: ConfUnit[] = [];
  for (const template of templates.values()) {
    if (used.has(template.id)) continue;
    const builder = builderFor(`vicidial-template:${template.uri}`, "generic", template.uri);
    builder.openSection(template.id || "template", template.uri);
    placeField(builder, template.doc, "template_contents");
    units.push(builder.finish());
  }
  return units;
}

function placeField(builder: UnitBuilder, doc: AnalyzedDocument, field: SourceField, carrierId?: string): void {
  const tree = doc.fieldTrees.get(field);
  if (!tree) return;
  builder.unit.uris.add(doc.uri);
  for (const line of tree.lines) {
    if (line.kind === "section") builder.openSection(line.name, doc.uri, line, carrierId, field);
    else if (line.kind === "option") builder.addOption(line, doc.uri, field, carrierId);
    else if (line.kind === "directive") builder.addDirective(line, doc.uri, undefined);
  }
}
