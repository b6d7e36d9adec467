// What is reported in a file a program generates (FreePBX's *_additional.conf, VICIdial's *-vicidial.conf ...): only
// what breaks loading or calls, and security findings, stay warnings or errors; style, deprecation and harmless unknown keys become
// information, findings about keys the generator writes on purpose are dropped, and every message says where the
// real change is made. Hand-written files are left alone.
import { generatorInfo, type GeneratorInfo } from "../knowledge/generators";
import type { Workspace } from "../model/workspace";
import type { Finding } from "./types";

/**
 * Rules whose warnings mean Asterisk loses part of the file, or calls fail or go where they should not: these stay
 * warnings in generated files. Errors always stay (an error is "Asterisk rejects it or calls certainly fail"); every
 * other warning (style, deprecation, unknown keys the driver ignores, catch-alls, unused names) becomes information.
 */
export const BREAKS_LOADING_OR_CALLS: ReadonlySet<string> = new Set([
  "auth/missing-context",
  "auth/dynamic-without-register",
  "auth/register-peer-mismatch",
  "codec/allow-wiped",
  "codec/no-common-codec",
  "dialplan/argument-count",
  "dialplan/channel-string",
  "dialplan/dial-option",
  "dialplan/duplicate-label",
  "dialplan/duplicate-priority",
  "dialplan/first-priority",
  "dialplan/goto-target",
  "dialplan/invalid-priority",
  "dialplan/missing-include",
  "dialplan/next-on-first",
  "dialplan/unclosed-paren",
  "dialplan/unknown-application",
  "dialplan/unknown-keyword",
  "globals/undefined-peer",
  "globals/undefined-variable",
  "pattern/empty-set",
  "pattern/lone-underscore",
  "pattern/reserved-overlap",
  "pattern/reversed-range",
  "pattern/shadowed",
  "pattern/slash",
  "pattern/undialable",
  "peer/duplicate-section",
  "peer/invalid-value",
  "peer/missing-type",
  "peer/unknown-type",
  "register/bad-port",
  "register/port-range",
  "register/space-in-part",
  "register/too-long",
  "register/trailing-slash",
  "register/transport-disabled",
  "register/unknown-peer",
  "register/unknown-transport",
  "syntax/empty-key",
  "syntax/missing-equals",
  "syntax/unclosed-block-comment",
  "syntax/unknown-directive",
]);

/** Rules whose finding sits on an option's key: dropped when the generator writes that key on purpose. */
const KEY_RULES: ReadonlySet<string> = new Set(["peer/unknown-option", "peer/wrong-driver-option", "peer/deprecated"]);

/** The sentence added to every message in a generated file. */
export function whereToFix(generator: GeneratorInfo): string {
  return `(${generator.name === "a generator" ? "A generator" : generator.name} writes this file: make the change in ${generator.fixIn}.)`;
}

/**
 * The finding as it is shown when its file is generated: unchanged for hand-written files, undefined when dropped.
 * `explicit` is true when the user set this rule's severity: that severity is kept.
 */
export function applyGeneratedPolicy(finding: Finding, workspace: Workspace, explicit: boolean): Finding | undefined {
  const doc = workspace.document(finding.uri);
  if (!doc?.generator) return finding;
  const generator = generatorInfo(doc.generator);
  if (KEY_RULES.has(finding.code)) {
    const dialect = doc.kind.kind === "conf" ? doc.kind.dialect : undefined;
    const keys = dialect ? generator.writesKeys[dialect] : undefined;
    const key = doc.text.slice(finding.span.start, finding.span.end).trim().toLowerCase();
    if (keys?.includes(key)) return undefined;
  }
  let severity = finding.severity;
  // An open door is no matter of style: security findings keep their severity wherever the file comes from.
  const kept = BREAKS_LOADING_OR_CALLS.has(finding.code) || finding.code.startsWith("security/");
  if (!explicit && severity === "warning" && !kept) severity = "information";
  return { ...finding, severity, message: `${finding.message} ${whereToFix(generator)}` };
}
