// Findings as the service shows them: each masked with the workspace's secret masker (output-masking.ts), once per
// finding object, and each document's list once per list object while the masker is the same. Most findings, and
// most documents' lists (see rules/grouped-findings.ts), outlive an edit.
import type { Finding } from "./rules/types";
import type { SecretMasker } from "./secrets";
import { maskFinding } from "./output-masking";

export class ShownFindings {
  private byFinding: { masker: SecretMasker; shown: WeakMap<Finding, Finding> } | undefined;
  private readonly byList = new WeakMap<Finding[], { masker: SecretMasker; list: Finding[] }>();

  /** A document's findings as shown under `masker`. */
  list(findings: Finding[], masker: SecretMasker): Finding[] {
    const known = this.byList.get(findings);
    if (known?.masker === masker) return known.list;
    const list = findings.map((f) => this.finding(f, masker));
    this.byList.set(findings, { masker, list });
    return list;
  }

  /** One finding as shown under `masker`. */
  private finding(finding: Finding, masker: SecretMasker): Finding {
    if (this.byFinding?.masker !== masker) this.byFinding = { masker, shown: new WeakMap() };
    let shown = this.byFinding.shown.get(finding);
    if (!shown) this.byFinding.shown.set(finding, (shown = maskFinding(finding, masker)));
    return shown;
  }
}
