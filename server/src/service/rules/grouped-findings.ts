// The runner's last step: every finding of a round grouped by document uri (each document of the workspace has a
// list, empty when clean), repeats dropped (two rules, or two paths of one rule, may report the same thing), each
// list in document order.
import type { Workspace } from "../model/workspace";
import type { Finding } from "./types";

export class FindingGrouping {
  /** What makes two findings the same, worked out once per finding object (most findings outlive an edit). */
  private readonly keys = new WeakMap<Finding, string>();

  byUri(findings: Finding[], workspace: Workspace): Map<string, Finding[]> {
    const keys = this.keys;
    const result = new Map<string, Finding[]>();
    for (const doc of workspace.documents()) result.set(doc.uri, []);
    const seen = new Set<string>();
    for (const finding of findings) {
      let key = keys.get(finding);
      if (key === undefined) keys.set(finding, (key = `${finding.code}|${finding.uri}|${finding.span.start}|${finding.span.end}|${finding.message}`));
      if (seen.has(key)) continue;
      seen.add(key);
      const list = result.get(finding.uri);
      if (list) list.push(finding);
    }
    for (const list of result.values()) list.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
    return result;
  }
}
