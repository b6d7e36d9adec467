// globals/undefined-variable: `${NAME}` read in the dialplan but defined nowhere in the workspace.
import { knownVariable } from "../../knowledge/channel-variables";
import type { Rule } from "../types";
import { fixesFromData, indexOf, isCarrierStep, isDialStep, textOf, withFixes } from "../dialplan/common";
import { allUses, defineGlobalFix, guessTrunkValue, namesSet } from "./common";

export const undefinedVariable: Rule = {
  code: "globals/undefined-variable",
  area: "globals",
  severity: "warning",
  summary: "A `${NAME}` is read but no [globals] section, carrier globals string or Set() in the workspace defines it, and it is not a channel or VICIdial variable: it expands to nothing. Warning in carrier entries and Dial destinations, note elsewhere.",
  workspaceReads: ["extensions"],
  checkWorkspace(workspace, ctx) {
    const index = indexOf(ctx);
    const setNames = namesSet(index, workspace);
    for (const use of allUses(index, workspace)) {
      if (use.viaGlobal) continue;
      const name = use.name;
      if (knownVariable(name) || setNames.has(name) || index.globalsNamed(name).length > 0) continue;
      const step = use.step;
      const text = textOf(workspace, use.uri) ?? "";
      const inDial = step !== undefined && isDialStep(step) && step.args.length > 0 && use.whole.start >= step.args[0].span.start && use.whole.end <= step.args[0].span.end;
      const important = (step !== undefined && isCarrierStep(step)) || inDial;
      const afterAgi = step?.extension?.steps.some((s) => s.priority! < step.priority! && /^e?agi$/i.test(s.application.trim())) ?? false;
      const severity = important && !afterAgi ? "warning" : "information";
      const caseTwin = index.globals.find((g) => g.name.toLowerCase() === name.toLowerCase());
      const hint = caseTwin ? ` A global '${caseTwin.name}' exists: variable names are case-sensitive.` : "";
      const agiHint = afterAgi ? " (An AGI earlier in the extension may set it.)" : "";
      const consequence = inDial ? "the Dial destination loses that part and the call fails" : "it expands to an empty string";
      const value = guessTrunkValue(workspace, step, use, text);
      const fix = defineGlobalFix(workspace, index, use.uri, use.dialplan, name, value);
      ctx.report({
        uri: use.uri,
        span: use.span,
        severity,
        message: `\${${name}} is not defined in any [globals], carrier globals string or Set() in the workspace, and is not a channel or VICIdial variable: ${consequence}.${hint}${agiHint}`,
        data: withFixes({ name }, fix ? [fix] : []),
      });
    }
  },
  fix: fixesFromData,
};
