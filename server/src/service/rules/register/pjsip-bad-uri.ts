// register/pjsip-bad-uri: server_uri / client_uri of a type=registration object that is not a sip:/sips: URI.
import type { Rule } from "../types";
import { REGISTRATION_URI_EXAMPLES, registrationUris } from "./pjsip-common";

/** What is wrong with a registration URI, as res_pjsip validates it; undefined when it is fine. */
export function uriDefect(value: string): "no-scheme" | "other-scheme" | "slashes" | "no-host" | undefined {
  let uri = value.trim();
  if (uri.startsWith("<") && uri.endsWith(">")) uri = uri.slice(1, -1).trim();
  const scheme = /^(sips?):/i.exec(uri);
  if (!scheme) {
    const other = /^([A-Za-z][A-Za-z0-9+.-]*):(?![0-9]+(?:$|[;/?]))/.exec(uri);
    return other ? "other-scheme" : "no-scheme";
  }
  const rest = uri.slice(scheme[0].length);
  if (rest.startsWith("//")) return "slashes";
  const at = rest.lastIndexOf("@");
  const host = at >= 0 ? rest.slice(at + 1) : rest;
  if (host.trim().length === 0 || /^[:;?]/.test(host)) return "no-host";
  return undefined;
}

/** True when the fix for `defect` turns `value` into a URI res_pjsip accepts ('sip:' before '\;' is still no URI). */
function fixedBy(defect: ReturnType<typeof uriDefect>, value: string): boolean {
  const uri = value.trim();
  if (defect === "no-scheme") return !uri.startsWith("<") && uriDefect(`sip:${uri}`) === undefined;
  if (defect === "slashes") return uriDefect(uri.replace("//", "")) === undefined;
  return false;
}

export const pjsipBadUri: Rule = {
  code: "register/pjsip-bad-uri",
  area: "register",
  severity: "error",
  summary: "`server_uri` / `client_uri` of a PJSIP registration is not a `sip:` or `sips:` URI with a host; Asterisk refuses to create the registration.",
  checkUnit(unit, ctx) {
    for (const { object, key, option } of registrationUris(unit)) {
      if (!option || option.node.value.trim().length === 0) continue;
      const defect = uriDefect(option.node.value);
      if (!defect) continue;
      const problem = {
        "no-scheme": `${key} does not start with 'sip:' or 'sips:'`,
        "other-scheme": `${key} is not a sip: or sips: URI`,
        slashes: `${key} has '//' after the scheme (SIP URIs are written 'sip:host', not 'sip://host')`,
        "no-host": `${key} has no host`,
      }[defect];
      ctx.report({
        uri: option.uri,
        span: option.node.valueSpan,
        message: `${problem}: res_pjsip logs an error and does not create registration [${object.section.name}], so nothing registers. Expected e.g. '${REGISTRATION_URI_EXAMPLES[key]}'.`,
        data: { defect: fixedBy(defect, option.node.value) ? defect : undefined, valueSpan: option.node.valueSpan },
      });
    }
  },
  fix(finding, ctx) {
    const span = finding.data?.valueSpan as { start: number; end: number } | undefined;
    const text = ctx.textOf(finding.uri);
    if (!span || text === undefined) return [];
    if (finding.data?.defect === "no-scheme") {
      return [{ title: "Add 'sip:' in front", isPreferred: true, edits: [{ uri: finding.uri, span: { start: span.start, end: span.start }, newText: "sip:" }] }];
    }
    if (finding.data?.defect === "slashes") {
      const value = text.slice(span.start, span.end);
      const slashes = value.indexOf("//");
      if (slashes < 0) return [];
      const at = span.start + slashes;
      return [{ title: "Remove the '//' after the scheme", isPreferred: true, edits: [{ uri: finding.uri, span: { start: at, end: at + 2 }, newText: "" }] }];
    }
    return [];
  },
};
