// template/missing: a carrier's template_id names no conf template known to the workspace.
import type { Rule } from "../types";

export const missingTemplate: Rule = {
  code: "template/missing",
  area: "template",
  severity: "warning",
  summary: "A carrier's `template_id` names a conf template that is not in the workspace; VICIdial silently appends nothing for an unknown template.",
  // Carrier and template records only (the generated units it reads are rebuilt from them).
  workspaceReads: ["records"],
  checkWorkspace(workspace, ctx) {
    const templates = workspace.templates();
    const lowerIds = new Map([...templates.keys()].map((id) => [id.toLowerCase(), id]));
    for (const carrier of workspace.carriers()) {
      const field = carrier.field("template_id");
      const id = field?.value.trim() ?? "";
      if (!field || id.length === 0 || id === "--NONE--" || templates.has(id)) continue;
      const near = lowerIds.get(id.toLowerCase());
      const hint = near ? ` Template '${near}' differs only in letter case.` : "";
      ctx.report({
        uri: carrier.uri,
        span: field.valueSpan,
        message:
          `No conf template '${id}' in this workspace: if VICIdial lacks it too, nothing is appended after the account ` +
          `entry and no error is shown. If it lives only in VICIdial's database, add it as a .conftemplate file.${hint}`,
        data: { templateId: id },
      });
    }
  },
};
