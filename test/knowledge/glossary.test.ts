// Glossary and record-field knowledge: coverage of the seed terms, well-formed entries, and the hovers that show them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { GLOSSARY, findGlossaryTerm } from "../../server/src/service/knowledge/glossary";
import { RECORD_FIELDS, recordFieldInfo } from "../../server/src/service/knowledge/record-fields";
import { CARRIER_FIELDS, TEMPLATE_FIELDS } from "../../server/src/service/parse/carrier-file";
import { WS, cursor, workspaceOf } from "../helpers";

/** Every term of the seed glossary pages and the carrier guide, with a word that must bring it up. */
const SEED_TERMS: [string, string][] = [
  ["SIP (Session Initiation Protocol)", "SIP"],
  ["SIP trunk", "trunk"],
  ["Trunk", "trunks"],
  ["Carrier", "carrier"],
  ["Channel", "channel"],
  ["Concurrent calls", "concurrent"],
  ["DID (direct inward dialing)", "DID"],
  ["DIDs", "DIDs"],
  ["IAX2", "IAX2"],
  ["Codec", "codec"],
  ["RTP", "RTP"],
  ["VoIP", "VoIP"],
  ["Packet loss", "packet-loss"],
  ["Phone registration", "registration"],
  ["Registration string", "registration_string"],
  ["IP authentication", "ip-auth"],
  ["Remote agent", "remote_agent"],
  ["Agent", "agent"],
  ["Phone Code Override", "phone_code_override"],
  ["Account entry", "account_entry"],
  ["Global string", "globals_string"],
  ["Global string (singular)", "global_string"],
  ["Dialplan", "dialplan"],
  ["Dialplan entry", "dialplan_entry"],
  ["Dial prefix", "dial_prefix"],
  ["Failover", "failover"],
  ["Least-cost routing", "LCR"],
  ["NPANXX", "NPANXX"],
  ["NANP", "NANP"],
  ["STIR/SHAKEN", "STIR/SHAKEN"],
  ["STIR", "stir"],
  ["SHAKEN", "shaken"],
  ["Call attestation", "attestation"],
  ["Server IP", "server_ip"],
  ["Server trunks", "max_vicidial_trunks"],
  ["Template ID", "template_id"],
  ["Conf file template", "template"],
  ["Carrier ID", "carrier_id"],
  ["Protocol", "protocol"],
  ["PJSIP", "PJSIP"],
  ["PJSIP wizard", "PJSIP_WIZ"],
  ["chan_sip", "chan_sip"],
  ["Context", "context"],
  ["trunkinbound", "trunkinbound"],
  ["CallerID", "CallerID"],
  ["DTMF", "DTMF"],
  ["NAT", "NAT"],
  ["qualify", "qualify"],
  ["Asterisk", "Asterisk"],
  ["VICIdial", "VICIdial"],
  ["PSTN", "PSTN"],
];

test("every seed term has a glossary entry", () => {
  for (const [term, word] of SEED_TERMS) assert.ok(findGlossaryTerm(word), `no glossary entry for ${term} (word '${word}')`);
  assert.equal(findGlossaryTerm("STIR/SHAKEN"), findGlossaryTerm("stir"));
  assert.equal(findGlossaryTerm("trunk")?.name, "SIP trunk");
  assert.equal(findGlossaryTerm("nosuchword"), undefined);
});

test("glossary entries: unique names and matches, no empty text, matches are hoverable words", () => {
  const names = new Set<string>();
  const matches = new Map<string, string>();
  for (const term of GLOSSARY) {
    assert.ok(!names.has(term.name), `name listed twice: ${term.name}`);
    names.add(term.name);
    assert.ok(term.summary.trim().length > 20, `summary too short: ${term.name}`);
    for (const text of [term.detail, term.example]) if (text !== undefined) assert.ok(text.trim().length > 0, `empty text in ${term.name}`);
    assert.ok(term.matches.length > 0, `no matches: ${term.name}`);
    for (const match of term.matches) {
      const key = match.toLowerCase();
      assert.match(key, /^[a-z0-9_\-/]+$/, `match '${match}' of ${term.name} cannot be hovered as one word`);
      assert.ok(!matches.has(key), `match '${match}' used by both ${matches.get(key)} and ${term.name}`);
      matches.set(key, term.name);
    }
  }
});

test("hover over SIP in a sip.conf comment shows the glossary entry", () => {
  const { text, offset } = cursor("[general]\n; outbound calls leave over S|IP to the carrier\ncontext=default\n");
  const service = workspaceOf({ "sip.conf": text });
  const result = service.hover(WS + "sip.conf", offset);
  assert.ok(result);
  assert.match(result.markdown, /Session Initiation Protocol/);
  assert.deepEqual(result.span, { start: text.indexOf("SIP"), end: text.indexOf("SIP") + 3 });
});

test("hover over dialplan_entry in a .carrier comment shows the glossary; on a field name, the field facts", () => {
  const carrier = "# the dialplan_ent|ry below sends calls out\ncarrier_id: ACME\nprotocol: SIP\n[[dialplan_entry]]\nexten => _91NXXNXXXXXX,1,Hangup()\n";
  const { text, offset } = cursor(carrier);
  const service = workspaceOf({ "acme.carrier": text });
  const glossary = service.hover(WS + "acme.carrier", offset);
  assert.ok(glossary);
  assert.equal(glossary.markdown.split("\n")[0], "**Dialplan entry**");

  const onField = service.hover(WS + "acme.carrier", text.indexOf("[[dialplan_entry]]") + 4);
  assert.ok(onField);
  assert.match(onField.markdown, /vicidial-auto-external/);
  assert.match(onField.markdown, /Removed when saved/);
  assert.match(onField.markdown, /backslashes/);
});

test("record field hover: limits, stripping and placement of carrier and template fields", () => {
  const carrier = "carrier_id: ACME\nserver_ip: 0.0.0.0\nactive: Y\nregistration_string: register => u:p@h\n";
  const service = workspaceOf({ "acme.carrier": carrier, "t.conftemplate": "template_id: T1\n[[template_contents]]\ndisallow=all\n" });
  const at = (uri: string, word: string) => service.hover(WS + uri, service.workspace.document(WS + uri)!.text.indexOf(word) + 1)?.markdown ?? "";
  assert.match(at("acme.carrier", "carrier_id"), /2 to 15/);
  assert.match(at("acme.carrier", "server_ip"), /0\.0\.0\.0/);
  assert.match(at("acme.carrier", "active"), /start as `N`/);
  assert.match(at("acme.carrier", "registration_string"), /255/);
  assert.match(at("acme.carrier", "registration_string"), /Every `;`/);
  assert.match(at("t.conftemplate", "template_contents"), /after the account entry/);
  assert.match(at("t.conftemplate", "template_id"), /carriers and phones/);
  // The value of a field is not the field name: no field hover there (the secret is not echoed either).
  const value = service.hover(WS + "acme.carrier", carrier.indexOf("u:p@h") + 1);
  assert.ok(!value || !value.markdown.includes("u:p@h"));
});

test("every record field VICIdial has is described", () => {
  for (const name of CARRIER_FIELDS) assert.ok(recordFieldInfo("carrier", name), `carrier field ${name}`);
  for (const name of TEMPLATE_FIELDS) assert.ok(recordFieldInfo("template", name), `template field ${name}`);
  assert.equal(RECORD_FIELDS.length, CARRIER_FIELDS.length + TEMPLATE_FIELDS.length);
  for (const field of RECORD_FIELDS) assert.ok(field.summary.trim().length > 0 && field.label.trim().length > 0, field.name);
});
