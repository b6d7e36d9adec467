// Completion of the values of a carrier record's one-line fields: `protocol` (the protocols VICIdial knows), `active`
// (Y/N) and `template_id` (the conf templates of the workspace, plus `--NONE--`). Each item replaces the whole value.
import { ACTIVE_VALUES, PROTOCOL_VALUES, TEMPLATE_ID_VALUES } from "../../knowledge/record-values";
import { baseName } from "../../model/file-kind";
import type { Location } from "../locate";
import type { CompletionEntry } from "./types";

export function recordValueCompletion(location: Location): CompletionEntry[] {
  const field = location.field;
  if (location.doc.record?.kind !== "carrier" || !field || location.onFieldName || field.block) return [];
  if (location.offset < field.valueSpan.start || location.offset > field.valueSpan.end) return [];
  const replace = field.valueSpan;
  switch (field.name) {
    case "protocol":
      return PROTOCOL_VALUES.map((p) => ({ label: p.name, kind: "value" as const, detail: p.summary, replace }));
    case "active":
      return ACTIVE_VALUES.map((a) => ({ label: a.name, kind: "value" as const, detail: a.summary, replace }));
    case "template_id": {
      const items: CompletionEntry[] = [{ label: "--NONE--", kind: "keyword", detail: TEMPLATE_ID_VALUES[0].summary, replace }];
      for (const template of location.workspace.templates().values()) {
        if (template.id.length === 0 || template.id === "--NONE--") continue;
        const name = template.doc.record?.fields.get("template_name")?.value.trim();
        items.push({ label: template.id, kind: "value", detail: `conf template · ${baseName(template.uri)}${name ? ` · ${name}` : ""}`, replace });
      }
      return items;
    }
    default:
      return [];
  }
}
