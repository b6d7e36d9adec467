// Builds a rule that reports one kind of parser problem, in conf files and in conf-like record fields alike.
import type { ConfTree, ParseProblem, ParseProblemKind } from "../../parse/conf-syntax";
import type { AnalyzedDocument } from "../../model/workspace";
import type { QuickFix, Rule, Severity } from "../types";

export interface ParseProblemRuleSpec {
  code: string;
  kind: ParseProblemKind;
  severity: Severity;
  summary: string;
  message: (text: string) => string;
  /** Problems another, more specific rule already reports. */
  skip?: (problem: ParseProblem, tree: ConfTree, doc: AnalyzedDocument) => boolean;
  fix?: Rule["fix"];
}

/** Every conf tree of a document: the file itself, or each conf-like field of a record. */
export function confTrees(doc: AnalyzedDocument) {
  return doc.conf ? [doc.conf] : [...doc.fieldTrees.values()];
}

export function parseProblemRule(spec: ParseProblemRuleSpec): Rule {
  return {
    code: spec.code,
    area: "syntax",
    severity: spec.severity,
    summary: spec.summary,
    checkDocument(doc, ctx) {
      for (const tree of confTrees(doc)) {
        for (const problem of tree.problems) {
          if (problem.kind !== spec.kind || spec.skip?.(problem, tree, doc)) continue;
          ctx.report({ uri: doc.uri, span: problem.span, message: spec.message(problem.text.slice(0, 80)) });
        }
      }
    },
    fix: spec.fix,
  };
}

export function noFixes(): QuickFix[] {
  return [];
}
