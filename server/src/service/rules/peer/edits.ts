// The fix peer rules share: change a misspelt key, or delete the line. Plain line edits live in ../line-edits.ts.
import type { Span } from "../../text/span";
import type { Finding, FixContext, QuickFix } from "../types";
import { deleteLine, replace } from "../line-edits";
import { checkedReplacement } from "./rename";


/**
 * The fix of a finding on an option key whose data says `replacement` (the key to write instead, preferred) or
 * `remove` (the line to delete).
 */
export function replaceOrRemoveKeyFix(finding: Finding, ctx: FixContext): QuickFix[] {
  const replacement = checkedReplacement(finding, ctx.workspace);
  const remove = finding.data?.remove as Span | undefined;
  const text = ctx.textOf(finding.uri);
  if (remove && text !== undefined) return [{ title: "Remove the line", edits: [deleteLine(finding.uri, text, remove)] }];
  if (typeof replacement !== "string") return [];
  return [{ title: `Change to '${replacement}'`, isPreferred: true, edits: [replace(finding.uri, finding.span, replacement)] }];
}
