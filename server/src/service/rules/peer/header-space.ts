// peer/header-space: `[peer] (tmpl)` — the blank before `(` makes Asterisk ignore the options, so nothing is inherited.
import { unitDriver } from "../../model/objects";
import { findBase } from "../../model/units";
import type { QuickFix, Rule } from "../types";
import { replace } from "../line-edits";

export const headerSpace: Rule = {
  code: "peer/header-space",
  area: "peer",
  severity: "warning",
  summary: "A blank between `]` and `(` in a section header: Asterisk ignores the `(...)`, so the section inherits nothing (or is not a template).",
  checkUnit(unit, ctx) {
    if (!unitDriver(unit)) return;
    for (const section of unit.sections) {
      const header = section.header;
      const tail = header?.ignoredTail;
      if (!header || !tail) continue;
      const text = ctx.workspace.document(section.uri)?.text;
      if (text === undefined) continue;
      const tailText = text.slice(tail.start, tail.end);
      const match = /^([ \t]+)(\(([^)]*)\))/.exec(tailText);
      if (!match) continue;
      const parts = match[3].split(",").map((p) => p.trim()).filter((p) => p.length > 0);
      const bases = parts.filter((p) => p !== "!" && p !== "+");
      const lost: string[] = [];
      if (bases.length > 0) lost.push(`inherits nothing from ${bases.map((b) => `'${b}'`).join(", ")}`);
      if (parts.includes("!")) lost.push("is not a template (Asterisk builds it as a real peer)");
      if (parts.includes("+")) lost.push("does not add to the earlier section of that name");
      // Joining the options to the header is a fix only when what they name exists above: an unknown template or a
      // '+' with nothing to add to would make Asterisk reject the whole file.
      const before = unit.sections.slice(0, unit.sections.indexOf(section));
      const joinable = bases.every((b) => findBase(unit, section, b)) && (!parts.includes("+") || before.some((s) => s.name === section.name));
      ctx.report({
        uri: section.uri,
        span: { start: tail.start, end: tail.start + match[0].length },
        message: `Blank between ']' and '${match[2]}': Asterisk ignores everything after ']', so [${section.name}] ${lost.join(" and ") || "loses its options"}. Remove the blank.`,
        data: joinable ? { blank: { start: tail.start, end: tail.start + match[1].length } } : undefined,
      });
    }
  },
  fix(finding): QuickFix[] {
    const blank = finding.data?.blank as { start: number; end: number } | undefined;
    if (!blank) return [];
    return [{ title: "Remove the blank before '('", isPreferred: true, edits: [replace(finding.uri, blank, "")] }];
  },
};
