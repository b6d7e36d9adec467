// Hover on a field name of a .carrier / .conftemplate record: what VICIdial does with that field.
import { recordFieldInfo, type RecordFieldInfo } from "../../knowledge/record-fields";
import { renderEntry } from "../../knowledge/render";
import type { Location } from "../locate";
import type { HoverResult } from "./types";

export function recordFieldHover(location: Location): HoverResult | undefined {
  const record = location.doc.record;
  const field = location.field;
  if (!record || !field || !location.onFieldName) return undefined;
  const info = recordFieldInfo(record.kind, field.name);
  if (!info) return undefined;
  return { markdown: renderEntry({ name: info.name, summary: info.summary, detail: detailOf(info) }, `${info.label} (\`${info.name}\`)`), span: field.nameSpan };
}

function detailOf(info: RecordFieldInfo): string {
  const rows: string[] = [];
  if (info.writtenTo) rows.push(`- **Where it goes:** ${info.writtenTo}`);
  if (info.stripped) rows.push(`- **Removed when saved:** ${info.stripped}`);
  if (info.limits) rows.push(`- **Limits:** ${info.limits}`);
  if (!info.writtenTo) rows.push("- Not written to any conf file.");
  return rows.join("\n");
}
