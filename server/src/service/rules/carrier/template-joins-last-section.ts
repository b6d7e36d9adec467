// carrier/template-joins-last-section: VICIdial appends a carrier's template right after its account entry, so when
// the entry has several sections the template's lines reach only the last one. For PJSIP it is an error when some
// template keys are not options of the last object's type (PJSIP then refuses that object).
import { findOption, pjsipTypesWith } from "../../knowledge/options/index";
import { objectOf } from "../../model/objects";
import type { Assignment, ConfLine, SectionHeader } from "../../parse/conf-syntax";
import type { Rule } from "../types";
import { isSkippedKey } from "../peer/common";
import { accountTree, generatedSections, headersOf, listNames } from "./structure-common";

/** The template's option lines that join the carrier's open section: those before the template's own first header. */
function joiningLines(lines: readonly { kind: string }[]): Assignment[] {
  const result: Assignment[] = [];
  for (const line of lines) {
    if (line.kind === "section") break;
    if (line.kind === "option") result.push(line as Assignment);
  }
  return result;
}

/** The `type=` value written under a header, up to the next header. */
function typeAfter(lines: readonly ConfLine[], header: SectionHeader): string | undefined {
  let type: string | undefined;
  for (let i = lines.indexOf(header) + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === "section") break;
    if (line.kind === "option" && line.key.trim().toLowerCase() === "type") type = line.value.trim();
  }
  return type;
}

export const templateJoinsLastSection: Rule = {
  code: "carrier/template-joins-last-section",
  area: "carrier",
  severity: "warning",
  summary: "A carrier whose account entry has several sections uses a template: VICIdial appends the template after the entry, so its lines join only the last section (for PJSIP an error when they are not options of that object's type).",
  // Carrier and template records only (the generated units it reads are rebuilt from them).
  workspaceReads: ["records"],
  checkWorkspace(workspace, ctx) {
    const templates = workspace.templates();
    let pjsipSections: ReturnType<typeof generatedSections> | undefined;
    for (const carrier of workspace.carriers()) {
      const field = carrier.field("template_id");
      const template = carrier.templateId ? templates.get(carrier.templateId) : undefined;
      if (!carrier.dialect || !field || !template) continue;
      const joining = joiningLines(template.doc.fieldTrees.get("template_contents")?.lines ?? []);
      const tree = accountTree(carrier);
      const headers = headersOf(tree);
      if (joining.length === 0 || headers.length < 2) continue;
      const last = headers[headers.length - 1];
      const named = (h: SectionHeader, type = headers.some((o) => o !== h && o.name === h.name) ? typeAfter(tree?.lines ?? [], h) : undefined) =>
        type ? `[${h.name}] (type=${type})` : `[${h.name}]`;
      const others = [...new Set(headers.slice(0, -1).map((h) => named(h)))];
      const before = headers.length - 1;
      const related = [{ uri: carrier.uri, span: last.nameSpan, message: `the template's lines join [${last.name}]` }];
      const head = (lastNamed: string) => `Template '${template.id}' is appended right after the account entry, so its lines join only the last section, ${lastNamed}`;

      if (carrier.dialect === "pjsip") {
        pjsipSections ??= generatedSections(workspace, "pjsip");
        const placed = pjsipSections.get(last);
        const info = placed ? objectOf(placed.unit, placed.section) : undefined;
        const type = info?.object;
        if (type) {
          const misplaced = new Map<string, string[]>();
          for (const line of joining) {
            const key = line.key.trim();
            if (isSkippedKey("pjsip", key) || findOption("pjsip", type, key).option) continue;
            const owners = pjsipTypesWith(key, type);
            if (owners.length > 0 && !misplaced.has(key)) misplaced.set(key, owners);
          }
          if (misplaced.size === 0) continue; // every key fits the last object: the usual PJSIP layout.
          const owners = [...new Set([...misplaced.values()].flat())];
          ctx.report({
            uri: carrier.uri,
            span: field.valueSpan,
            severity: "error",
            message:
              `${head(named(last, type))}. Its ${misplaced.size === 1 ? "key" : "keys"} ${listNames([...misplaced.keys()].map((k) => `'${k}'`))} ` +
              `${misplaced.size === 1 ? "is not an option" : "are not options"} of type=${type} (${misplaced.size === 1 ? "it belongs" : "they belong"} to type=${owners.join("/")}): ` +
              `PJSIP refuses to create the ${type} [${last.name}]. Put the type=${owners[0]} section last in the account entry, or move these keys into it.`,
            related,
          });
          continue;
        }
      }
      ctx.report({
        uri: carrier.uri,
        span: field.valueSpan,
        message:
          `${head(named(last))}; the ${before === 1 ? "section" : `${before} sections`} before it (${listNames(others)}) ${before === 1 ? "gets" : "get"} none of its ${joining.length} ${joining.length === 1 ? "line" : "lines"}. ` +
          `Copy the lines every section needs into the account entry, or make sure the section that needs the template comes last.`,
        related,
      });
    }
  },
};
