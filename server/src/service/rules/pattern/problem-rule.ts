// Shared shape of the pattern rules that report one kind of pattern problem on the first line naming an extension.
import { parseExtension, type PatternProblem, type PatternProblemKind } from "../../model/extension-pattern";
import type { DialplanStep } from "../../model/dialplan";
import type { QuickFix, Rule, Severity } from "../types";
import { extensionOffset, firstNamingSteps, fixesFromData, textOf, withFixes } from "../dialplan/common";

export interface ProblemRuleSpec {
  code: string;
  kind: PatternProblemKind;
  severity: Severity;
  summary: string;
  message(problem: PatternProblem, step: DialplanStep): string;
  fixes?(problem: PatternProblem, step: DialplanStep, span: { start: number; end: number }, text: string): QuickFix[];
}

export function patternProblemRule(spec: ProblemRuleSpec): Rule {
  return {
    code: spec.code,
    area: "pattern",
    severity: spec.severity,
    summary: spec.summary,
    checkContext(context, ctx) {
      for (const step of firstNamingSteps(context)) {
        const text = textOf(ctx.workspace, step.uri);
        if (text === undefined) continue;
        for (const problem of parseExtension(step.extensionText).problems) {
          if (problem.kind !== spec.kind) continue;
          const span = { start: extensionOffset(step, text, problem.start), end: extensionOffset(step, text, problem.end - 1) + 1 };
          const fixes = spec.fixes?.(problem, step, span, text) ?? [];
          ctx.report({ uri: step.uri, span, message: spec.message(problem, step), data: withFixes(undefined, fixes) });
        }
      }
    },
    fix: fixesFromData,
  };
}
