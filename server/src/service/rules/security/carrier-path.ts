// security/unauthenticated-carrier-path: a way in that needs no password (chan_sip guests, a PJSIP anonymous endpoint,
// an IAX2 user without a secret, a chan_sip peer without one) lands in a context from which the dialplan reaches a
// Dial to a carrier. Shown with the whole path as related locations; fixes: allowguest=no, or drop the include.
import type { DialSite, Reach } from "../../model/reachability";
import type { QuickFix, Rule, TextEdit } from "../types";
import { deleteLine, insertLineAfter } from "../line-edits";
import type { EntryPoint } from "../../model/security-entries";
import { securityAudit, entryCarrierDials } from "../../model/security-audit";
import { contextChain, firstInclude, pathRelated, where } from "./common";
import { carriersOf, dialText } from "../../model/security-carriers";
import type { Workspace } from "../../model/workspace";
import { LineQuotes } from "../line-quotes";

const COST = "Scanners probe every SIP/IAX2 server on the internet and, once they find such a path, place premium and international calls billed to your carrier account, often thousands of dollars in one night.";

function fixHint(entry: EntryPoint): string {
  switch (entry.kind) {
    case "sip-guest":
      return "Set allowguest=no in [general] (VICIdial's stock sip.conf does), or point [general] context= at a context without carrier routes such as trunkinbound.";
    case "pjsip-anonymous":
      return "Remove the anonymous endpoint (or the catch-all match), or give it a context without carrier routes.";
    case "iax-user":
      return "Give the user a long random secret=, or limit it with deny=0.0.0.0/0.0.0.0 and permit= the addresses that may call, or give it a context without carrier routes.";
    default:
      return entry.ignoredPassword
        ? "chan_sip ignores password=: rename it to secret= (and use a long random value)."
        : "Give the peer a long random secret=, or a context without carrier routes.";
  }
}

export function describeEntryPath(quotes: LineQuotes, entry: EntryPoint, reach: Reach, site: DialSite): string {
  const carriers = carriersOf(site).map((c) => `[${c.name}]`).join(", ");
  const dialAt = where(quotes, site.step.uri, site.step.option.node.line, entry.uri, site.step.carrierId);
  const chain = contextChain(reach, site);
  return (
    `Toll-fraud path: ${entry.label} can call in without any password; their calls run in [${reach.start}] (${entry.contextOrigin}), and ${chain} reaches Dial(${dialText(site)}) at ${dialAt}, which sends the call out through carrier ${carriers}. ` +
    `${COST} Fix: ${fixHint(entry)}`
  );
}

interface FixData extends Record<string, unknown> {
  fixes: QuickFix[];
}

function fixesFor(workspace: Workspace, entry: EntryPoint, reach: Reach, site: DialSite): QuickFix[] {
  const fixes: QuickFix[] = [];
  const textOf = (uri: string) => workspace.document(uri)?.text;
  if (entry.kind === "sip-guest" && entry.section?.header) {
    const allow = entry.section.options.find((o) => o.node.key.trim().toLowerCase() === "allowguest");
    const text = textOf(entry.section.uri);
    let edit: TextEdit | undefined;
    if (allow) edit = { uri: allow.uri, span: allow.node.valueSpan, newText: "no" };
    else if (text !== undefined && workspace.canAddLineAfter(entry.section.uri, entry.section.header.line.start)) edit = insertLineAfter(entry.section.uri, text, entry.section.header.line.start, "allowguest=no");
    if (edit) fixes.push({ title: "Refuse guest calls: allowguest=no", isPreferred: true, edits: [edit] });
  }
  if (entry.kind === "sip-secretless" && entry.ignoredPassword) {
    const o = entry.ignoredPassword;
    fixes.push({ title: "Rename password= to secret= (chan_sip ignores password=)", edits: [{ uri: o.uri, span: o.node.keySpan, newText: "secret" }] });
  }
  const include = firstInclude(reach, site);
  const text = include ? textOf(include.uri) : undefined;
  if (include && text !== undefined && workspace.canAddLineAfter(include.uri, include.span.start)) {
    fixes.push({ title: `Remove 'include => ${include.to}' from [${include.from}]`, edits: [deleteLine(include.uri, text, include.span)] });
  }
  return fixes;
}

export const unauthenticatedCarrierPath: Rule = {
  code: "security/unauthenticated-carrier-path",
  area: "security",
  severity: "error",
  summary: "A way in that needs no password (chan_sip guests, a PJSIP anonymous endpoint, an IAX2 user without a secret, a chan_sip peer without one) lands in a context from which the dialplan reaches a Dial to a carrier: toll fraud.",
  // securityAudit: the dialplan, the peer-driver units and the oversize notes (an unread sip.conf).
  workspaceReads: ["extensions", "sip", "iax", "pjsip", "pjsip_wizard", "skipped"],
  checkWorkspace(workspace, ctx) {
    for (const entry of securityAudit(workspace).entries) {
      const found = entryCarrierDials(entry);
      if (found.length === 0) continue;
      const { reach, site } = found[0];
      const more = found.length > 1 ? ` (${found.length - 1} more carrier Dial line(s) are reachable the same way.)` : "";
      const fixes = fixesFor(workspace, entry, reach, site);
      const data: FixData | undefined = fixes.length > 0 ? { fixes } : undefined;
      const start = entry.contextOption && entry.contextOption.uri !== entry.uri ? { uri: entry.contextOption.uri, span: entry.contextOption.node.line, message: `calls enter [${reach.start}] here` } : undefined;
      const quotes = new LineQuotes();
      const message = describeEntryPath(quotes, entry, reach, site) + more;
      ctx.report({ uri: entry.uri, span: entry.span, message, related: pathRelated(reach, site, start), data, quotes: quotes.quotes });
    }
  },
  fix(finding) {
    const data = finding.data as FixData | undefined;
    return Array.isArray(data?.fixes) ? data!.fixes : [];
  },
};
