// The runner's last step: every finding of a round grouped by document uri (each document of the workspace has a
// list, empty when clean), repeats dropped (two rules, or two paths of one rule, may report the same thing), each
// list in document order. A document whose findings are the very ones of the last round keeps its list from then:
// an edit changes the findings of one document or a few, and a real install holds thousands of them elsewhere.
import type { Workspace } from "../model/workspace";
import type { Finding } from "./types";
import { sameItems } from "../util/lists";

export class FindingGrouping {
  /**
   * What makes two findings the same, worked out once per finding object (most findings outlive an edit), with the
   * offsets it was worked out at: a finding may hold a parsed node's span, which a re-parse moves in place.
   */
  private readonly keys = new WeakMap<Finding, { key: string; start: number; end: number }>();
  /** Each document's findings as the last round gave them, and its list made of them. */
  private last = new Map<string, { found: Finding[]; list: Finding[] }>();

  byUri(findings: Finding[], workspace: Workspace): Map<string, Finding[]> {
    const found = new Map<string, Finding[]>();
    for (const doc of workspace.documents()) found.set(doc.uri, []);
    for (const finding of findings) found.get(finding.uri)?.push(finding);
    const result = new Map<string, Finding[]>();
    const next = new Map<string, { found: Finding[]; list: Finding[] }>();
    for (const [uri, mine] of found) {
      const before = this.last.get(uri);
      const list = before && sameItems(before.found, mine) ? before.list : this.listOf(mine);
      result.set(uri, list);
      next.set(uri, { found: mine, list });
    }
    this.last = next;
    return result;
  }

  /** One document's findings without repeats (a repeat has the same code, span and message), in document order. */
  private listOf(findings: readonly Finding[]): Finding[] {
    const seen = new Set<string>();
    const list: Finding[] = [];
    for (const finding of findings) {
      const key = this.keyOf(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(finding);
    }
    // Codes compared by code unit (lower-case words, `/` and `-`: the order localeCompare gives them, without ICU).
    return list.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  private keyOf(finding: Finding): string {
    const { start, end } = finding.span;
    // The lines a message quotes tell it apart too (its numbers are marks until shown: rules/line-quotes.ts).
    if (finding.quotes) return `${finding.code}|${finding.uri}|${start}|${end}|${finding.message}|${finding.quotes.map((q) => `${q.uri}@${q.line.start}`).join("|")}`;
    const known = this.keys.get(finding);
    if (known !== undefined && known.start === start && known.end === end) return known.key;
    const key = `${finding.code}|${finding.uri}|${start}|${end}|${finding.message}`;
    this.keys.set(finding, { key, start, end });
    return key;
  }
}
