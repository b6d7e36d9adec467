// The PJSIP configuration wizard (pjsip_wizard.conf): type=wizard keys, and the prefixed keys it passes on to the
// PJSIP objects it builds (endpoint/…, aor/…, inbound_auth/…, outbound_auth/…, registration/…, identify/…, phoneprov/…).
import { BOOL, HOST_PORT, STRING, URI, oneOf, opt, ref, type OptionInfo, type OptionTable } from "./types";

export const WIZARD_OPTIONS: OptionInfo[] = [
  opt("type", oneOf([["wizard", "This section is a wizard that builds endpoint, aor, auth, identify and registration objects."]]), "Must be `wizard`: the wizard reads only sections with type=wizard and ignores the others.", {
    example: "[mycarrier]\ntype=wizard\nremote_hosts=sip.carrier.example:5060\nendpoint/context=trunkinbound",
  }),
  opt("transport", ref("transport"), "Transport (from pjsip.conf) used by the endpoint and registrations."),
  opt("remote_hosts", HOST_PORT, "The carrier's servers, `host[:port]` comma-separated; the wizard makes a contact and an identify match for each.", {
    detail: "Needed when sends_registrations=yes. An explicit aor/contact or identify/match replaces what remote_hosts would create.",
  }),
  opt("outbound_proxy", URI, "Shortcut for endpoint/, aor/ and registration/outbound_proxy."),
  opt("sends_auth", BOOL, "Create an outbound auth from outbound_auth/… keys, used to answer the carrier's challenges.", { default: "no" }),
  opt("accepts_auth", BOOL, "Create an inbound auth from inbound_auth/… keys, so the carrier must authenticate to you.", { default: "no" }),
  opt("sends_registrations", BOOL, "Register to every host in remote_hosts (needs sends_auth and outbound_auth/username).", { default: "no" }),
  opt("sends_line_with_registrations", BOOL, "Add line/endpoint to the registrations instead of creating an identify.", { default: "no" }),
  opt("accepts_registrations", BOOL, "Let the party register to you (an aor with dynamic contacts).", { default: "no" }),
  opt("server_uri_pattern", STRING, "Pattern of the registration server_uri; ${REMOTE_HOST} is replaced.", { default: "sip:${REMOTE_HOST}" }),
  opt("client_uri_pattern", STRING, "Pattern of the registration client_uri; ${REMOTE_HOST} and ${USERNAME} are replaced.", { default: "sip:${USERNAME}@${REMOTE_HOST}" }),
  opt("contact_pattern", STRING, "Pattern of the aor contacts; ${REMOTE_HOST} is replaced.", { default: "sip:${REMOTE_HOST}" }),
  opt("has_phoneprov", BOOL, "Create a phoneprov object from phoneprov/… keys.", { default: "no" }),
  opt("has_hint", BOOL, "Create a dialplan hint for this endpoint.", { default: "no" }),
  opt("hint_context", STRING, "Context for the hint (default: endpoint/context)."),
  opt("hint_exten", STRING, "Extension of the hint."),
  opt("hint_application", STRING, "Application the hint extension runs."),
];

/** Key prefixes the wizard passes to the objects it creates: prefix → PJSIP object type. */
export const WIZARD_PREFIXES: [string, string, string][] = [
  ["endpoint/", "endpoint", "Passed to the endpoint the wizard creates."],
  ["aor/", "aor", "Passed to the aor the wizard creates."],
  ["inbound_auth/", "auth", "Passed to the inbound auth (accepts_auth=yes)."],
  ["outbound_auth/", "auth", "Passed to the outbound auth (sends_auth=yes)."],
  ["registration/", "registration", "Passed to each registration (sends_registrations=yes)."],
  ["identify/", "identify", "Passed to the identify the wizard creates."],
  ["phoneprov/", "phoneprov", "Passed to the phoneprov object (has_phoneprov=yes)."],
];

export const WIZARD_TABLE: OptionTable = {
  driver: "pjsip_wizard",
  object: "wizard",
  title: "PJSIP wizard",
  summary: "One section that the wizard expands into an endpoint, aor, auths, identify and registrations for one party.",
  options: WIZARD_OPTIONS,
};

/** The prefix of a wizard pass-through key (`endpoint/context` → endpoint/, endpoint, context). */
export function splitWizardKey(key: string): { prefix: string; object: string; name: string } | undefined {
  const lower = key.toLowerCase();
  for (const [prefix, object] of WIZARD_PREFIXES) {
    if (lower.startsWith(prefix)) return { prefix: key.slice(0, prefix.length), object, name: key.slice(prefix.length) };
  }
  return undefined;
}
