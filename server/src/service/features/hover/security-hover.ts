// Hover on `[general]` and `context=` lines of sip/iax/pjsip files: what callers who need no password can reach (the
// security audit, model/security-audit.ts), then the usual section or option hover below it.
import { objectOf } from "../../model/objects";
import { carrierDials, type Reach } from "../../model/reachability";
import { securityAudit, type SecurityAudit } from "../../model/security-audit";
import { carriersOf, dialText } from "../../model/security-carriers";
import type { Location } from "../locate";
import type { HoverResult } from "./types";
import { optionHover } from "./option-hover";
import { sectionHover } from "./section-hover";

const MAX_CONTEXTS = 12;
const MAX_DIALS = 5;

/** A few lines on what a call entering `reach.start` can get to. */
export function reachSummary(location: Location, reach: Reach): string[] {
  const lines: string[] = [];
  const shown = reach.contexts.slice(0, MAX_CONTEXTS).map((c) => `[${c}]`);
  if (shown.length > 0) lines.push(`  - reaches ${shown.join(", ")}${reach.contexts.length > MAX_CONTEXTS ? ` and ${reach.contexts.length - MAX_CONTEXTS} more` : ""}`);
  const dials = carrierDials(reach);
  for (const site of dials.slice(0, MAX_DIALS)) {
    const at = location.workspace.lineReference(site.step.uri, site.step.option.node.line.start, location.doc.uri);
    lines.push(`  - ⚠ can dial carrier ${carriersOf(site).map((c) => `\`${c.name}\``).join(", ")}: \`Dial(${dialText(site)})\` in [${site.context}] (${at})`);
  }
  if (dials.length > MAX_DIALS) lines.push(`  - … ${dials.length - MAX_DIALS} more carrier Dial lines`);
  if (dials.length === 0) lines.push("  - no Dial to a carrier");
  if (reach.unknown.length > 0) lines.push(`  - leads to ${reach.unknown.slice(0, 5).map((c) => `[${c}]`).join(", ")}, not in the workspace: unknown`);
  return lines;
}

function isGeneralHeader(location: Location): boolean {
  const line = location.line;
  return line?.kind === "section" && line.name.toLowerCase() === "general" && location.offset >= line.nameSpan.start && location.offset <= line.nameSpan.end;
}

function contextKey(location: Location): boolean {
  const key = location.option?.node.key.trim().toLowerCase();
  return key === "context" || key === "endpoint/context" || key === "allowguest";
}

function entriesMarkdown(location: Location, audit: SecurityAudit, only?: (contexts: string[]) => boolean): string | undefined {
  const parts: string[] = [];
  for (const entry of audit.entries) {
    if (only && !only(entry.contexts)) continue;
    const at = location.workspace.lineReference(entry.uri, entry.span.start, location.doc.uri);
    parts.push(`- ${entry.label} (${at}) → [${entry.contexts.join("], [")}]`);
    for (const reach of entry.reaches) parts.push(...reachSummary(location, reach));
  }
  return parts.length > 0 ? parts.join("\n") : undefined;
}

export function securityHover(location: Location): HoverResult | undefined {
  const dialect = location.doc.kind.kind === "conf" ? location.doc.kind.dialect : undefined;
  const general = isGeneralHeader(location);
  if (!general && !contextKey(location)) return undefined;
  if (!general && location.unit && location.section) {
    const info = objectOf(location.unit, location.section);
    if (!info) return undefined;
  } else if (general && dialect !== "sip" && dialect !== "iax") return undefined;
  const audit = securityAudit(location.workspace);
  let body: string | undefined;
  if (general) {
    const sipEntry = audit.entries.some((e) => e.kind === "sip-guest");
    const listed = entriesMarkdown(location, audit);
    const guests = dialect === "sip" && !sipEntry ? "chan_sip guests are refused (allowguest=no).\n\n" : "";
    body = `**Callers who need no password** (security audit)\n\n${guests}${listed ?? "None in this workspace."}`;
  } else {
    const value = location.option!.node.value.trim();
    const key = location.option!.node.key.trim().toLowerCase();
    const listed = key === "allowguest" ? entriesMarkdown(location, audit, () => true) : entriesMarkdown(location, audit, (contexts) => contexts.includes(value));
    if (listed) body = `**Callers who need no password and land here** (security audit)\n\n${listed}`;
    else if (key !== "allowguest" && value.length > 0) {
      const inbound = audit.inbound.find((i) => i.context === value);
      if (inbound) body = [`**Calls in [${value}]** (security audit: no password-free caller lands here)`, ...reachSummary(location, inbound.reach)].join("\n");
    }
  }
  if (!body) return undefined;
  const base = general ? sectionHover(location) : optionHover(location);
  return { markdown: base ? `${base.markdown}\n\n---\n\n${body}` : body, span: base?.span ?? (general ? location.line!.kind === "section" ? location.line!.nameSpan : undefined : location.option!.node.line) };
}
