// Findings of a workspace rule kept per dialplan. Some rules check each dialplan on its own, reading nothing but its
// lines, the globals its lines name (as the dialplan's server sees them) and the Asterisk version. Those findings are
// kept with the dialplan's unit, with the value each global it read had, and an edit to another file reports them
// again without checking the dialplan anew, unless one of those globals now has another value.
import type { Dialplan, DialplanIndex } from "../../model/dialplan";
import { unitFact } from "../../model/unit-facts";
import type { AsteriskVersion } from "../../settings";
import type { FindingInput, RuleContext } from "../types";

interface KeptFindings {
  version: AsteriskVersion | undefined;
  /** Each global the check looked up, with the value it had then. */
  read: Map<string, string | undefined>;
  findings: FindingInput[] | undefined;
}

/** Whether every global the kept findings read still has the value it had. */
function sameGlobals(kept: KeptFindings, index: DialplanIndex, dialplan: Dialplan): boolean {
  for (const [name, value] of kept.read) if (index.globalValue(dialplan, name) !== value) return false;
  return true;
}

/**
 * Reports what `check` finds in `dialplan`, given a lookup of the globals as the dialplan sees them; `key` names the
 * rule (one constant object per rule). `check` must read nothing else that can change (no other dialplan, no peer,
 * no setting but the Asterisk version): its findings are kept with the dialplan's unit while the version and the
 * value of every global it looked up stay the same.
 */
export function reportPerDialplan(
  ctx: RuleContext,
  index: DialplanIndex,
  dialplan: Dialplan,
  key: object,
  check: (lookup: (name: string) => string | undefined, report: (finding: FindingInput) => void) => void,
): void {
  const kept = unitFact(dialplan.unit, key, (): KeptFindings => ({ version: undefined, read: new Map(), findings: undefined }));
  if (!kept.findings || kept.version !== ctx.asteriskVersion || !sameGlobals(kept, index, dialplan)) {
    const read = new Map<string, string | undefined>();
    const lookup = (name: string) => {
      const value = index.globalValue(dialplan, name);
      read.set(name, value);
      return value;
    };
    const findings: FindingInput[] = [];
    check(lookup, (finding) => findings.push(finding));
    kept.version = ctx.asteriskVersion;
    kept.read = read;
    kept.findings = findings;
  }
  for (const finding of kept.findings) ctx.report(finding);
}
