// carrier/protocol-mismatch: the protocol field and the account entry disagree (a SIP carrier holding PJSIP objects,
// a PJSIP carrier holding chan_sip peers, a PJSIP_WIZ carrier without a wizard ...). VICIdial picks the file from the
// protocol alone, so the entry lands where its driver cannot read it. One finding on the protocol value; the per-key
// details stay with peer/wrong-driver-option. The fix sets the protocol the entry clearly is written for.
import { lookupTable } from "../../util/lookup-table";
import { DRIVER_NAMES, driverOfDialect, optionIn, pjsipTypesWith, splitWizardKey, tableFor } from "../../knowledge/options/index";
import { dialectOfProtocol } from "../../model/file-kind";
import type { ConfTree } from "../../parse/conf-syntax";
import type { Rule } from "../types";
import { isSkippedKey } from "../peer/common";
import { GENERATED_FILES, listNames } from "./structure-common";

type Family = "chan" | "pjsip" | "wizard";

const FAMILY: Record<string, Family> = lookupTable({ SIP: "chan", IAX2: "chan", PJSIP: "pjsip", PJSIP_WIZ: "wizard" });
const CHAN_TYPES = new Set(["peer", "friend", "user"]);
/** Keys that must name two or more before they count as evidence on their own (one may be a stray paste). */
const KEY_EVIDENCE = 2;

interface Evidence {
  pjsipTypes: string[];
  chanTypes: string[];
  wizardType: boolean;
  wizardKeys: string[];
  /** chan_sip peer keys that neither chan_iax2 nor PJSIP knows. */
  sipOnly: string[];
  /** chan_iax2 peer keys that neither chan_sip nor PJSIP knows. */
  iaxOnly: string[];
}

function evidenceOf(tree: ConfTree): Evidence {
  const sipPeer = tableFor("sip", "peer");
  const iaxPeer = tableFor("iax", "peer");
  const found: Evidence = { pjsipTypes: [], chanTypes: [], wizardType: false, wizardKeys: [], sipOnly: [], iaxOnly: [] };
  const add = (list: string[], value: string) => {
    if (!list.includes(value)) list.push(value);
  };
  for (const line of tree.lines) {
    if (line.kind !== "option") continue;
    const key = line.key.trim();
    const lower = key.toLowerCase();
    if (lower === "type") {
      const type = line.value.trim().toLowerCase();
      if (type === "wizard") found.wizardType = true;
      else if (CHAN_TYPES.has(type)) add(found.chanTypes, type);
      else if (tableFor("pjsip", type)) add(found.pjsipTypes, type);
      continue;
    }
    if (splitWizardKey(key)) {
      add(found.wizardKeys, key);
      continue;
    }
    if (isSkippedKey("sip", key) || pjsipTypesWith(key).length > 0) continue;
    const inSip = sipPeer ? optionIn(sipPeer, key) !== undefined : false;
    const inIax = iaxPeer ? optionIn(iaxPeer, key) !== undefined : false;
    if (inSip && !inIax) add(found.sipOnly, lower);
    if (inIax && !inSip) add(found.iaxOnly, lower);
  }
  return found;
}

interface Detected {
  families: Set<Family>;
  /** The one protocol the entry is written for, when that is clear. */
  protocol?: string;
  /** What the entry looks like, for the message. */
  looksLike: string;
  because: string[];
}

function detect(e: Evidence): Detected {
  const families = new Set<Family>();
  const because: string[] = [];
  const looks: string[] = [];
  if (e.pjsipTypes.length > 0) {
    families.add("pjsip");
    looks.push("PJSIP objects");
    because.push(e.pjsipTypes.map((t) => `type=${t}`).join(", "));
  }
  if (e.wizardType || e.wizardKeys.length > 0) {
    families.add("wizard");
    looks.push("a PJSIP wizard");
    because.push(e.wizardType ? "type=wizard" : `wizard keys such as ${listNames(e.wizardKeys.slice(0, 2).map((k) => `'${k}'`))}`);
  }
  const chanKeys = e.sipOnly.length + e.iaxOnly.length;
  if (e.chanTypes.length > 0 || chanKeys >= KEY_EVIDENCE) {
    families.add("chan");
    const sip = e.sipOnly.length > 0 && e.iaxOnly.length === 0;
    const iax = e.iaxOnly.length > 0 && e.sipOnly.length === 0;
    looks.push(sip ? "a chan_sip peer" : iax ? "a chan_iax2 peer" : "a chan_sip or chan_iax2 peer");
    if (e.chanTypes.length > 0) because.push(e.chanTypes.map((t) => `type=${t}`).join(", "));
    if (sip) because.push(`chan_sip keys ${listNames(e.sipOnly.slice(0, 3).map((k) => `'${k}'`))}`);
    if (iax) because.push(`chan_iax2 keys ${listNames(e.iaxOnly.slice(0, 3).map((k) => `'${k}'`))}`);
  }
  let protocol: string | undefined;
  if (families.size === 1) {
    if (families.has("pjsip")) protocol = "PJSIP";
    else if (families.has("wizard")) protocol = "PJSIP_WIZ";
    else if (e.sipOnly.length > 0 && e.iaxOnly.length === 0) protocol = "SIP";
    else if (e.iaxOnly.length > 0 && e.sipOnly.length === 0) protocol = "IAX2";
  }
  return { families, protocol, looksLike: looks.join(" and "), because };
}

export const protocolMismatch: Rule = {
  code: "carrier/protocol-mismatch",
  area: "carrier",
  severity: "error",
  summary: "A carrier's protocol does not match its account entry (PJSIP objects or a wizard under SIP/IAX2, chan_sip peers under PJSIP, no wizard under PJSIP_WIZ): VICIdial writes the entry to a file whose driver cannot read it.",
  checkDocument(doc, ctx) {
    const record = doc.record;
    if (record?.kind !== "carrier") return;
    const protocol = (record.fields.get("protocol")?.value.trim() || "SIP").toUpperCase();
    const dialect = dialectOfProtocol(protocol);
    const tree = doc.fieldTrees.get("account_entry");
    const files = dialect ? GENERATED_FILES[dialect] : undefined;
    if (!dialect || !tree || !files) return;
    const family = FAMILY[protocol];
    const evidence = evidenceOf(tree);
    const detected = detect(evidence);
    if (detected.families.size === 0) return;
    let target: string | undefined;
    let looksLike = detected.looksLike;
    let because = detected.because.join("; ");
    if (!detected.families.has(family)) {
      target = detected.protocol;
    } else if (family === "chan" && !detected.families.has("pjsip") && !detected.families.has("wizard")) {
      // SIP and IAX2 share most peer keys: only several keys of the other driver, and none of its own, decide.
      const [own, other] = protocol === "SIP" ? [evidence.sipOnly, evidence.iaxOnly] : [evidence.iaxOnly, evidence.sipOnly];
      if (own.length > 0 || other.length < KEY_EVIDENCE) return;
      target = protocol === "SIP" ? "IAX2" : "SIP";
      looksLike = target === "SIP" ? "a chan_sip peer" : "a chan_iax2 peer";
      because = `${target === "SIP" ? "chan_sip" : "chan_iax2"} keys ${listNames(other.slice(0, 3).map((k) => `'${k}'`))}`;
    } else return;
    const field = record.fields.get("protocol");
    const driver = driverOfDialect(dialect);
    const reader = driver ? DRIVER_NAMES[driver].replace(/^t/, "T") : "Asterisk";
    const span = field && field.valueSpan.end > field.valueSpan.start ? field.valueSpan : record.fields.get("account_entry")!.nameSpan;
    const expected = target
      ? `Set the protocol to ${target}, or rewrite the entry for ${protocol}.`
      : `Set the protocol the entry is written for, or rewrite the entry for ${protocol}.`;
    ctx.report({
      uri: doc.uri,
      span,
      message:
        `Protocol ${protocol}: VICIdial writes this account entry into ${files.generated} (loaded by ${files.main}), but the entry looks like ` +
        `${looksLike} (${because}). ${reader} cannot use it, and the driver it is written for never sees it, so the carrier does not work. ${expected}`,
      data: target && field ? { protocol: target, span: field.valueSpan } : undefined,
    });
  },
  fix(finding) {
    const protocol = finding.data?.protocol;
    const span = finding.data?.span as { start: number; end: number } | undefined;
    if (typeof protocol !== "string" || !span) return [];
    return [{ title: `Set protocol to ${protocol}`, isPreferred: true, edits: [{ uri: finding.uri, span, newText: protocol }] }];
  },
};
