// Hover on the value of a carrier's server_ip, protocol, active or template_id field: what that value makes VICIdial do.
import { ACTIVE_VALUES, protocolValueInfo, SERVER_IP_VALUES, TEMPLATE_ID_VALUES } from "../../knowledge/record-values";
import { isIpv4 } from "../../text/ip-address";
import { renderEntry } from "../../knowledge/render";
import type { KnowledgeEntry } from "../../knowledge/types";
import type { Location } from "../locate";
import type { HoverResult } from "./types";

export function recordValueHover(location: Location): HoverResult | undefined {
  const record = location.doc.record;
  const field = location.field;
  if (record?.kind !== "carrier" || !field || location.onFieldName || field.block) return undefined;
  if (location.offset < field.valueSpan.start || location.offset > field.valueSpan.end) return undefined;
  const value = field.value;
  const entry = entryFor(location, field.name, value);
  if (!entry) return undefined;
  return { markdown: renderEntry(entry.entry, entry.heading), span: field.valueSpan };
}

function entryFor(location: Location, name: string, value: string): { entry: KnowledgeEntry; heading: string } | undefined {
  switch (name) {
    case "server_ip": {
      if (value === "0.0.0.0") return { entry: SERVER_IP_VALUES[0], heading: "server_ip `0.0.0.0` — all servers" };
      if (!isIpv4(value)) return undefined;
      return { entry: SERVER_IP_VALUES[1], heading: `server_ip \`${value}\` — one server` };
    }
    case "protocol": {
      const info = protocolValueInfo(value);
      if (!info) return undefined;
      const rows = [
        `- **Account entry goes to:** ${info.file ?? "no file"}`,
        `- **Account entry:** ${info.accountEntry}`,
        `- **Dialing out:** ${info.dialString}`,
        `- **Registration:** ${info.registration}`,
      ];
      return { entry: { ...info, detail: rows.join("\n") }, heading: `protocol \`${info.name}\`` };
    }
    case "active": {
      const info = ACTIVE_VALUES.find((a) => a.name === value.toUpperCase());
      return info ? { entry: info, heading: `active \`${info.name}\`` } : undefined;
    }
    case "template_id":
      return templateEntry(location, value);
    default:
      return undefined;
  }
}

function templateEntry(location: Location, id: string): { entry: KnowledgeEntry; heading: string } | undefined {
  if (id.length === 0 || id === "--NONE--") return { entry: TEMPLATE_ID_VALUES[0], heading: "template_id `--NONE--`" };
  const base = TEMPLATE_ID_VALUES[1];
  const template = location.workspace.templates().get(id);
  const facts: string[] = [];
  if (template) {
    const name = template.doc.record?.fields.get("template_name")?.value;
    const file = template.uri.slice(template.uri.lastIndexOf("/") + 1);
    facts.push(`Defined in \`${file}\`${name ? `: ${name}` : ""}.`);
  } else {
    facts.push("No conf template with this ID is in the workspace: if VICIdial has none either, nothing is appended.");
  }
  const account = location.doc.fieldTrees.get("account_entry");
  let last: string | undefined;
  for (const line of account?.lines ?? []) if (line.kind === "section") last = line.name;
  if (last !== undefined) facts.push(`Its lines join \`[${last}]\`, the last section of this account entry.`);
  return { entry: { ...base, detail: [base.detail, ...facts].filter(Boolean).join("\n\n") }, heading: `template_id \`${id}\`` };
}
