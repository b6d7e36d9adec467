// Findings as the service shows them: each with the numbers of the lines its message quotes filled in (see
// rules/line-quotes.ts) and masked with the workspace's secret masker (output-masking.ts), once per finding object
// (and, for a finding that quotes lines, per set of numbers), and each document's list once per list object while
// the masker and those numbers are the same. Most findings, and most documents' lists (see rules/grouped-findings.ts),
// outlive an edit.
import type { Finding } from "./rules/types";
import type { SecretMasker } from "./secrets";
import { maskFinding } from "./output-masking";
import { quotedNumbers, withLineNumbers } from "./rules/line-quotes";

/** The 1-based line of an offset in a document, as the current texts have it. */
export type LineNumberOf = (uri: string, offset: number) => number;

/** A list as last shown, with the numbers its quoting findings (by index) were shown with. */
interface ShownList {
  masker: SecretMasker;
  list: Finding[];
  quoting: { index: number; numbers: string }[];
}

export class ShownFindings {
  private byFinding: { masker: SecretMasker; shown: WeakMap<Finding, { numbers: string; shown: Finding }> } | undefined;
  private readonly byList = new WeakMap<Finding[], ShownList>();

  /** A document's findings as shown under `masker`, quoted lines numbered by `lineNumber`. */
  list(findings: Finding[], masker: SecretMasker, lineNumber: LineNumberOf): Finding[] {
    const known = this.byList.get(findings);
    if (known?.masker === masker && known.quoting.every((q) => numbersOf(findings[q.index], lineNumber) === q.numbers)) return known.list;
    const quoting: ShownList["quoting"] = [];
    const list = findings.map((finding, index) => {
      const numbers = numbersOf(finding, lineNumber);
      if (numbers !== "") quoting.push({ index, numbers });
      return this.finding(finding, masker, numbers);
    });
    this.byList.set(findings, { masker, list, quoting });
    return list;
  }

  /** One finding as shown under `masker`, with the numbers of its quoted lines (`numbers`, comma-separated). */
  private finding(finding: Finding, masker: SecretMasker, numbers: string): Finding {
    if (this.byFinding?.masker !== masker) this.byFinding = { masker, shown: new WeakMap() };
    const known = this.byFinding.shown.get(finding);
    if (known?.numbers === numbers) return known.shown;
    const shown = maskFinding(numbered(finding, numbers), masker);
    this.byFinding.shown.set(finding, { numbers, shown });
    return shown;
  }
}

/** The numbers of the lines a finding quotes, comma-separated ("" when it quotes none). */
function numbersOf(finding: Finding, lineNumber: LineNumberOf): string {
  return finding.quotes ? quotedNumbers(finding.quotes, lineNumber).join(",") : "";
}

/** The finding with its message's marks replaced by `numbers` (the finding itself when it quotes no line). */
function numbered(finding: Finding, numbers: string): Finding {
  if (!finding.quotes) return finding;
  const { quotes: _quotes, ...rest } = finding;
  return { ...rest, message: withLineNumbers(finding.message, numbers.split(",")) };
}
