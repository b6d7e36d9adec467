// dialplan/unknown-application: an application the targeted Asterisk version does not have. Which release has which
// application is the per-version table of knowledge/application-versions.ts; names compare case-insensitively.
import { findApplication } from "../../knowledge/applications";
import { goneApplication } from "../../knowledge/application-versions";
import { suggestApplication } from "../../model/suggest";
import { versionList } from "../../text/word-list";
import type { AsteriskVersion } from "../../settings";
import type { Rule } from "../types";
import { argumentProblem } from "./argument-count";
import { fixesFromData, textOf, withFixes } from "./common";

export const unknownApplication: Rule = {
  code: "dialplan/unknown-application",
  area: "dialplan",
  severity: "error",
  summary: "An application name Asterisk does not know (or no longer ships in the configured version): the call hangs up when it reaches that line.",
  checkStep(step, ctx) {
    if (step.isHint || step.dropped) return;
    const token = step.line.application;
    const name = step.application.trim();
    if (!token || name.length === 0) {
      if (step.line.missingParts?.includes("application") || (token && name.length === 0)) {
        ctx.report({
          uri: step.uri,
          span: token && token.span.end > token.span.start ? token.span : step.option.node.valueSpan,
          severity: "warning",
          message: `Priority ${step.priority} of '${step.extensionText}' has no application: Asterisk registers an empty step, and the call stops there. Add the application, e.g. NoOp() or Hangup().`,
        });
      }
      return;
    }
    if (/[${}[\]]/.test(name)) return;
    const version = ctx.asteriskVersion;
    const found = findApplication(name, version);
    if (found.info && !found.unavailable) return;
    if (found.info) {
      const { info } = found;
      const when = found.unavailable === "removed"
        ? `is not in Asterisk ${version}${info.removedIn ? ` (removed in ${info.removedIn})` : ""}`
        : `is not in Asterisk ${version} yet`;
      ctx.report({
        uri: step.uri,
        span: token.span,
        severity: found.unavailable === "removed" ? undefined : "warning",
        message: `${info.name} ${when}; it ships in Asterisk ${versionList(info.versions)}: on ${version} the call hangs up at this line ("No application"). ${replacementHint(info.name)}${versionNote(version)}`,
      });
      return;
    }
    const gone = goneApplication(name);
    if (gone) {
      ctx.report({
        uri: step.uri,
        span: token.span,
        severity: gone.addOn ? "warning" : undefined,
        message: gone.addOn
          ? `'${name}' is not an Asterisk application (${gone.gone}): unless that module is installed, the call hangs up at this line ("No application"). Asterisk's own equivalent is ${gone.instead}.`
          : `'${name}' is in none of Asterisk 16, 18, 20 and 22 (${gone.gone}): the call hangs up at this line ("No application"). Use ${gone.instead}.`,
      });
      return;
    }
    const suggestion = suggestApplication(name, version);
    if (suggestion) {
      // The rename is offered only when the arguments already suit the suggested application ('Dil' alone would
      // become a Dial without a destination, which Asterisk refuses).
      const text = textOf(ctx.workspace, step.uri) ?? "";
      const fits = argumentProblem(step, text, suggestion)?.severity !== "error";
      const fixes = fits ? [{ title: `Change to '${suggestion}'`, edits: [{ uri: step.uri, span: token.span, newText: suggestion }], isPreferred: true }] : [];
      ctx.report({
        uri: step.uri,
        span: token.span,
        message: `Unknown application '${name}' — did you mean '${suggestion}'? Asterisk loads the line, but the call hangs up when it gets here ("No application '${name}'").`,
        data: withFixes({ suggestion }, fixes),
      });
    } else {
      ctx.report({
        uri: step.uri,
        span: token.span,
        severity: "warning",
        message: `'${name}' is not an application Asterisk ${version} ships: unless an add-on module provides it, the call hangs up when it gets here ("No application '${name}'").${versionNote(version)}`,
      });
    }
  },
  fix: fixesFromData,
};

/** Which release the check used, and where to change it. */
function versionNote(version: AsteriskVersion): string {
  return ` (Checked against Asterisk ${version}: set \`vicidialCarriers.asteriskVersion\`, or \`--asterisk-version\` on the command line, to the release you run.)`;
}

function replacementHint(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith("macro")) return "Use Gosub (subroutines) instead.";
  if (lower.startsWith("sip")) return "chan_sip is gone: move the carrier to PJSIP (headers via the PJSIP_HEADER function).";
  if (lower.startsWith("meetme")) return "Use ConfBridge instead.";
  if (lower.includes("monitor")) return "Use MixMonitor instead.";
  if (lower.startsWith("osp")) return "The OSP module is gone; route the call in the dialplan instead.";
  if (lower === "nocdr") return "Use Set(CDR_PROP(disable)=1) instead.";
  if (lower === "setamaflags") return "Use Set(CHANNEL(amaflags)=flag) instead.";
  if (lower === "importvar") return "Use Set(name=${IMPORT(channel,variable)}) instead.";
  if (lower === "if" || lower === "elseif" || lower === "else" || lower === "endif" || lower === "exitif") return "Use GotoIf or ExecIf instead.";
  return "";
}
