// Shared shape of the pattern rules that report one kind of pattern problem on the first line naming an extension.
import { parseExtension, type PatternProblem, type PatternProblemKind } from "../../model/extension-pattern";
import type { DialplanContext, DialplanStep } from "../../model/dialplan";
import { weakMemo } from "../../util/weak-memo";
import { LineWork } from "../../model/line-work";
import { keepsLineWork } from "../../model/built-contexts";
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

/**
 * The first lines naming each extension of a context whose pattern has problems, with them: worked out once per
 * context for all the pattern rules (most patterns have none).
 */
const stepsWithProblems = weakMemo((context: DialplanContext) => {
  const found: { step: DialplanStep; problems: readonly PatternProblem[] }[] = [];
  const keep = keepsLineWork(context);
  for (const step of firstNamingSteps(context)) {
    const problems = problemsOf(step, keep);
    if (problems.length > 0) found.push({ step, problems });
  }
  return found;
});

/** An `exten` line's pattern problems (of its extension text alone), kept on the line in a rebuilt context. */
const PROBLEMS = new LineWork<readonly PatternProblem[]>();

function problemsOf(step: DialplanStep, keep: boolean): readonly PatternProblem[] {
  // Problems are placed within the extension text, not in the file: the line need not follow its node (see BuiltStep).
  const line = step.lineKey;
  const kept = PROBLEMS.get(line);
  if (kept !== undefined) return kept;
  const problems = parseExtension(step.extensionText).problems;
  if (keep) PROBLEMS.set(line, problems);
  return problems;
}

export function patternProblemRule(spec: ProblemRuleSpec): Rule {
  return {
    code: spec.code,
    area: "pattern",
    severity: spec.severity,
    summary: spec.summary,
    checkContext(context, ctx) {
      for (const { step, problems } of stepsWithProblems(context)) {
        const text = textOf(ctx.workspace, step.uri);
        if (text === undefined) continue;
        for (const problem of problems) {
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
