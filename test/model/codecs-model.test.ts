// Codec model: list parsing with offsets, evaluation in file order (Asterisk 20 probes C01–C16, T09), `+=` gluing,
// starting lists ([general], chan_sip defaults, PJSIP empty), VICIdial template appending and the host [general].
import { test } from "node:test";
import assert from "node:assert/strict";
import { codecRole, describeEvaluation, evaluateSection, peerStart } from "../../server/src/service/model/codecs";
import { checkFraming, codecLines } from "../../server/src/service/model/codec-lines";
import { suggestCodecs } from "../../server/src/service/model/suggest";
import { editDistance } from "../../server/src/service/text/edit-distance";
import type { ConfUnit } from "../../server/src/service/model/units";
import { WS, workspaceOf } from "../helpers";

function unitOf(files: Record<string, string>, id: string) {
  const service = workspaceOf(files);
  const unit = service.workspace.units().find((u) => u.id === id || u.root === WS + id);
  assert.ok(unit, `no unit ${id}`);
  return { service, unit: unit as ConfUnit };
}

function codecsOf(files: Record<string, string>, unitId: string, section: string, withWorkspace = false): string[] {
  const { service, unit } = unitOf(files, unitId);
  const found = unit.sections.find((s) => s.name === section);
  assert.ok(found, `no section ${section}`);
  const evaluation = evaluateSection(unit, found, withWorkspace ? peerStart(unit, service.workspace) : undefined);
  assert.ok(evaluation.known, "list should be known");
  return evaluation.codecs;
}

const peer = (lines: string) => ({ "sip.conf": `[general]\n[peer1]\ntype=friend\n${lines}\n` });

test("items keep their offsets: name, '!' and ':ms' parts", () => {
  const text = "[p]\nallow = ulaw, ALAW|!gsm:20 ,alaw:abc\n";
  const { unit } = unitOf({ "sip-x.conf": text }, "sip-x.conf");
  const [line] = codecLines(unit.sections[0].options, "sip");
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  assert.deepEqual(line.items.map((i) => slice(i.span)), ["ulaw", "ALAW", "!gsm:20", "alaw:abc"]);
  assert.deepEqual(line.items.map((i) => slice(i.nameSpan)), ["ulaw", "ALAW", "gsm", "alaw"]);
  assert.equal(line.items[2].negated, true);
  assert.equal(slice(line.items[3].framingSpan!), "abc");
});

test("evaluation follows Asterisk's probes", () => {
  assert.deepEqual(codecsOf(peer("allow=ulaw"), "sip.conf", "peer1"), ["ulaw", "alaw", "gsm", "h263"]); // C01
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=g711"), "sip.conf", "peer1"), []); // C02
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=ulaw,alaw"), "sip.conf", "peer1"), ["ulaw", "alaw"]); // C03
  assert.deepEqual(codecsOf(peer("allow=ulaw\ndisallow=all"), "sip.conf", "peer1"), []); // C04
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=!gsm"), "sip.conf", "peer1"), []); // C06
  assert.deepEqual(codecsOf(peer("disallow=all\nallow = ulaw, ALAW"), "sip.conf", "peer1"), ["ulaw", "alaw"]); // C09
  const c10 = codecsOf(peer("allow=all\ndisallow=ulaw"), "sip.conf", "peer1");
  assert.equal(c10.includes("ulaw"), false);
  assert.deepEqual(c10.slice(0, 4), ["alaw", "gsm", "h263", "codec2"]);
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=ulaw|alaw"), "sip.conf", "peer1"), ["ulaw", "alaw"]); // C12
  assert.deepEqual(codecsOf(peer("disallow=all\nallow="), "sip.conf", "peer1"), []); // C13
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=g711,ulaw"), "sip.conf", "peer1"), ["ulaw"]); // C15
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=ulaw:30,alaw:abc"), "sip.conf", "peer1"), ["ulaw"]); // C16
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=(alaw|ulaw)"), "sip.conf", "peer1"), ["alaw", "ulaw"]);
});

test("[general] sets the starting list of sip peers (C14); templates come first (T09)", () => {
  const general = { "sip.conf": "[general]\ndisallow=all\nallow=g711\nallow=ulaw\n[peer1]\ntype=friend\n" };
  assert.deepEqual(codecsOf(general, "sip.conf", "peer1"), ["ulaw"]);
  const t09 = { "sip.conf": "[general]\n[tmpl](!)\ntype=friend\ndisallow=all\nallow=alaw\n[peer1](tmpl)\nallow=ulaw\n" };
  assert.deepEqual(codecsOf(t09, "sip.conf", "peer1"), ["alaw", "ulaw"]);
});

test("'+=' glues onto the previous value of the same key without a separator", () => {
  const { unit } = unitOf(peer("disallow=all\nallow=ulaw\nallow+=alaw"), "sip.conf");
  const lines = codecLines(unit.sections[1].options, "sip");
  assert.equal(lines.length, 2);
  assert.equal(lines[1].value, "ulawalaw");
  assert.equal(lines[1].items[0].joined, true);
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=ulaw\nallow+=alaw"), "sip.conf", "peer1"), []);
  assert.deepEqual(codecsOf(peer("disallow=all\nallow=ulaw\nallow+=,alaw"), "sip.conf", "peer1"), ["ulaw", "alaw"]);
  assert.deepEqual(codecsOf(peer("disallow=all\nallow+=alaw"), "sip.conf", "peer1"), ["alaw"]);
});

test("several '+=' lines glue onto one line, split once with exact offsets; interleaved keys keep their own line", () => {
  const text = "[general]\n[peer1]\ntype=friend\nallow=ulaw\ndisallow=all\nallow+=,alaw\nallow+=,gsm:20\ndisallow+=,!g729\n";
  const { unit } = unitOf({ "sip.conf": text }, "sip.conf");
  const lines = codecLines(unit.sections[1].options, "sip");
  assert.deepEqual(lines.map((l) => [l.value, l.appended.length]), [["ulaw,alaw,gsm:20", 2], ["all,!g729", 1]]);
  const gsm = lines[0].items[2];
  assert.equal(gsm.joined, false);
  assert.equal(text.slice(gsm.nameSpan.start, gsm.nameSpan.end), "gsm");
  assert.equal(text.slice(gsm.framingSpan!.start, gsm.framingSpan!.end), "20");
  assert.equal(text.slice(lines[1].items[1].span.start, lines[1].items[1].span.end), "!g729");
});

test("PJSIP endpoints start empty; only endpoints have a codec role", () => {
  const files = { "pjsip.conf": "[t](!)\ntype=endpoint\n[e1](t)\nallow=ulaw\n[a1]\ntype=aor\nallow=ulaw\n" };
  const { unit } = unitOf(files, "pjsip.conf");
  assert.deepEqual(codecsOf(files, "pjsip.conf", "e1"), ["ulaw"]);
  assert.equal(codecRole(unit, unit.sections[1]), "peer");
  assert.equal(codecRole(unit, unit.sections[2]), undefined);
  const wizard = { "pjsip_wizard.conf": "[w1]\ntype=wizard\nendpoint/disallow=all\nendpoint/allow=alaw\n" };
  assert.deepEqual(codecsOf(wizard, "pjsip_wizard.conf", "w1"), ["alaw"]);
});

test("VICIdial template text is applied after the carrier's account entry", () => {
  const files = {
    "a.carrier": "carrier_id: A1\nprotocol: SIP\ntemplate_id: T1\n[[account_entry]]\n[a1]\ntype=peer\ndisallow=all\nallow=ulaw\n",
    "t.conftemplate": "template_id: T1\n[[template_contents]]\ndisallow=all\nallow=g729\n",
  };
  assert.deepEqual(codecsOf(files, "vicidial:sip", "a1"), ["g729"]);
});

test("carriers start from the [general] of the sip.conf that includes sip-vicidial.conf", () => {
  const files = {
    "sip.conf": "[general]\ndisallow=all\nallow=alaw\n#include sip-vicidial.conf\n",
    "a.carrier": "carrier_id: A1\nprotocol: SIP\n[[account_entry]]\n[a1]\ntype=peer\nallow=gsm\n",
  };
  assert.deepEqual(codecsOf(files, "vicidial:sip", "a1", true), ["alaw", "gsm"]);
  const { service, unit } = unitOf(files, "vicidial:sip");
  assert.match(describeEvaluation(evaluateSection(unit, unit.sections[1], peerStart(unit, service.workspace))), /alaw, gsm \(in this order\)/);
});

test("iax peers without disallow=all start from a default we do not model", () => {
  const { unit } = unitOf({ "iax.conf": "[general]\n[p]\ntype=friend\nallow=ulaw\n" }, "iax.conf");
  const evaluation = evaluateSection(unit, unit.sections[1]);
  assert.equal(evaluation.known, false);
  assert.match(describeEvaluation(evaluation), /default list, plus ulaw/);
});

test("packetization parsing and codec suggestions", () => {
  assert.deepEqual(checkFraming("20"), { ok: true, ms: 20 });
  assert.deepEqual(checkFraming("abc"), { ok: false });
  assert.deepEqual(checkFraming("-5"), { ok: false });
  assert.equal(checkFraming("20ms").ok, true);
  assert.deepEqual(suggestCodecs("g711u"), ["ulaw"]);
  assert.deepEqual(suggestCodecs("G.723.1"), ["g723"]);
  assert.deepEqual(suggestCodecs("g729ab"), ["g729"]);
  assert.deepEqual(suggestCodecs("PCMA"), ["alaw"]);
  assert.deepEqual(suggestCodecs("g711"), ["ulaw", "alaw"]);
  assert.deepEqual(suggestCodecs("ulwa"), ["ulaw"]);
  assert.deepEqual(suggestCodecs("zzzzzz"), []);
  assert.equal(editDistance("g792", "g729"), 1);
});
