// What one target of a Goto/GotoIf line finds (rules/dialplan/goto-target.ts keeps it per line and per context): a
// context, extension, priority or label that the workspace does not define, or that an #include it could not read
// may define.
import { extensionWithPriority, findMatch, isRuntimeContext, priorityFromOthers, stepAtPriority, type ContextLookup, type Dialplan, type DialplanIndex, type DialplanStep } from "../../model/dialplan";
import { parseExtension } from "../../model/extension-pattern";
import { isDynamic, type GotoTarget } from "../../model/dialplan-values";
import { describeMissingIncludes } from "../../model/units";
import type { FindingInput } from "../types";

/** Where a target that a missing #include may define is noted, by the name it stands for (one note per name). */
export interface NotedTargets {
  add(key: string, finding: FindingInput): void;
}

/**
 * The facts of a dialplan's group that a Goto line's findings read (missing files, whether every context is in sight,
 * the group), the same for every line of a pass; `key` is what kept findings compare.
 */
export interface GroupFacts {
  key: string;
  missing: number;
  closed: boolean;
  groupId: string;
}

export function groupFacts(index: DialplanIndex, dialplan: Dialplan): GroupFacts {
  const missing = index.missingIncludes(dialplan);
  const closed = index.isClosed(dialplan);
  const groupId = index.groupOf(dialplan)[0].unit.id;
  return { key: `${missing}|${closed}|${groupId}`, missing, closed, groupId };
}

type Report = (finding: FindingInput) => void;

/** Checks one target of a Goto line: `facts` are its group's, `index` answers contexts by name as `dialplan` sees them. */
export function checkTarget(step: DialplanStep, target: GotoTarget, dialplan: Dialplan, facts: GroupFacts, index: ContextLookup, report: Report, unseen: NotedTargets): void {
  const { missing, groupId: group, closed } = facts;
  const parts = [target.context, target.extension, target.priority].filter((t) => t !== undefined);
  if (parts.some((t) => t!.text.length === 0 && t !== target.priority)) return;
  let contextName = step.context.name;
  if (target.context) {
    if (isDynamic(target.context.text)) return;
    contextName = target.context.text;
    if (index.contexts(dialplan, contextName).length === 0) {
      if (closed && !isRuntimeContext(contextName) && missing > 0) {
        unseen.add(`${group}\u0000${contextName}`, {
          uri: step.uri,
          span: target.context.span,
          severity: "information",
          message: `${step.application} jumps to context '${contextName}', which none of the files checked defines; ${describeMissingIncludes(missing)} and may define it.`,
        });
      } else if (closed && !isRuntimeContext(contextName)) {
        report({
          uri: step.uri,
          span: target.context.span,
          message: `${step.application} jumps to context '${contextName}', which no extensions file in the workspace defines: at run time Asterisk logs "sent to invalid extension" and hangs up. Check the name (contexts are case-sensitive).`,
        });
      }
      return;
    }
  }
  let extension = step.extension;
  if (target.extension) {
    if (isDynamic(target.extension.text)) return;
    const match = findMatch(index, dialplan, contextName, target.extension.text);
    if (!match) {
      if (index.contexts(dialplan, contextName).length > 0 && findMatch(index, dialplan, contextName, "i")) {
        report({
          uri: step.uri,
          span: target.extension.span,
          severity: "information",
          message: `No extension in [${contextName}] matches '${target.extension.text}': the call goes to that context's 'i' (invalid) extension.`,
        });
      } else if (index.contexts(dialplan, contextName).length > 0 && missing > 0) {
        unseen.add(`${group}\u0000${contextName}\u0000${target.extension.text}`, {
          uri: step.uri,
          span: target.extension.span,
          severity: "information",
          message: `${step.application} jumps to extension '${target.extension.text}' in [${contextName}], which no extension of the files checked matches; ${describeMissingIncludes(missing)} and may add it.`,
        });
      } else if (index.contexts(dialplan, contextName).length > 0) {
        report({
          uri: step.uri,
          span: target.extension.span,
          message: `${step.application} jumps to extension '${target.extension.text}' in [${contextName}], but no extension or pattern there (or in what it includes) matches it: the call hangs up ("sent to invalid extension").`,
        });
      }
      return;
    }
    extension = match.extension;
  }
  if (!extension) return;
  const priority = target.priority.text.trim();
  if (priority.length === 0 || isDynamic(priority) || /^[+-]/.test(priority)) return;
  if (/^\d+$/.test(priority)) {
    if (stepAtPriority(extension, Number(priority))) return;
    // Each priority is looked up on its own: another pattern matching the same number may hold it.
    const dialed = target.extension?.text;
    if (dialed !== undefined && !parseExtension(dialed).isPattern ? extensionWithPriority(extension.context, dialed, Number(priority)) : priorityFromOthers(extension, Number(priority))) return;
    report({
      uri: step.uri,
      span: target.priority.span,
      message: `${step.application} jumps to priority ${priority} of '${extension.name}' in [${extension.context.name}], which has no such priority (it has ${describePriorities(extension.steps.map((s) => s.priority!))}): the call hangs up.`,
    });
    return;
  }
  if (extension.labels.has(priority)) return;
  const labels = [...extension.labels.keys()];
  report({
    uri: step.uri,
    span: target.priority.span,
    message: `${step.application} jumps to label '${priority}', but '${extension.name}' in [${extension.context.name}] has no such label${labels.length > 0 ? ` (labels: ${labels.join(", ")})` : ""}: Asterisk logs "Priority '${priority}' must be a number > 0, or valid label" and hangs up.`,
  });
}

function describePriorities(list: number[]): string {
  if (list.length === 0) return "none";
  const first = list[0];
  const last = list[list.length - 1];
  return last - first === list.length - 1 ? (list.length === 1 ? `only ${first}` : `${first}-${last}`) : list.join(", ");
}

