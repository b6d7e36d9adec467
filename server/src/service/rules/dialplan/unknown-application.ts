// dialplan/unknown-application: an application the targeted Asterisk version does not have.
import { findApplication, suggestApplication } from "../../knowledge/applications";
import type { Rule } from "../types";
import { fixesFromData, unitDialplan, withFixes } from "./common";

export const unknownApplication: Rule = {
  code: "dialplan/unknown-application",
  area: "dialplan",
  severity: "error",
  summary: "An application name Asterisk does not know (or no longer ships in the configured version): the call hangs up when it reaches that line.",
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    for (const step of dialplan.steps) {
      if (step.isHint || step.dropped) continue;
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
        continue;
      }
      if (/[${}[\]]/.test(name)) continue;
      const version = ctx.asteriskVersion;
      const found = findApplication(name, version);
      if (found.info && !found.unavailable) continue;
      if (found.info && found.unavailable === "removed") {
        ctx.report({
          uri: step.uri,
          span: token.span,
          message: `${found.info.name} was removed in Asterisk ${found.info.removedIn}, and the settings target Asterisk ${version}: the call hangs up at this line ("No application"). ${replacementHint(found.info.name)}`,
        });
        continue;
      }
      if (found.info && found.unavailable === "not-yet") {
        ctx.report({
          uri: step.uri,
          span: token.span,
          severity: "warning",
          message: `${found.info.name} first appears in Asterisk ${found.info.addedIn}; the settings target Asterisk ${version}, where the call would hang up at this line.`,
        });
        continue;
      }
      const suggestion = suggestApplication(name, version);
      if (suggestion) {
        ctx.report({
          uri: step.uri,
          span: token.span,
          message: `Unknown application '${name}' — did you mean '${suggestion}'? Asterisk loads the line, but the call hangs up when it gets here ("No application '${name}'").`,
          data: withFixes({ suggestion }, [{ title: `Change to '${suggestion}'`, edits: [{ uri: step.uri, span: token.span, newText: suggestion }], isPreferred: true }]),
        });
      } else {
        ctx.report({
          uri: step.uri,
          span: token.span,
          severity: "warning",
          message: `'${name}' is not an application Asterisk ${version} ships: unless an add-on module provides it, the call hangs up when it gets here ("No application '${name}'").`,
        });
      }
    }
  },
  fix: fixesFromData,
};

function replacementHint(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith("macro")) return "Use Gosub (subroutines) instead.";
  if (lower.startsWith("sip")) return "chan_sip is gone: move the carrier to PJSIP (headers via the PJSIP_HEADER function).";
  if (lower.startsWith("meetme")) return "Use ConfBridge instead.";
  if (lower.includes("monitor")) return "Use MixMonitor instead.";
  return "";
}
