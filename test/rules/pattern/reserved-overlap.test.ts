// pattern/reserved-overlap: VICIdial's include order ([vicidial-auto]: internal, phones, then external) and the
// carrier's own server's dial-around prefix (the zero-padded server_ip) decide which overlaps take calls away.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dialAroundPattern } from "../../../server/src/service/rules/pattern/reserved-overlap";
import { checkFixture } from "../../fixture";
import { findingsOf, workspaceOf, WS } from "../../helpers";
import { ALL_RULES } from "../../../server/src/service/rules/registry";

test("VICIdial zero-pads the server IP into the dial-around prefix", () => {
  assert.equal(dialAroundPattern("10.10.10.15"), "_010*010*010*015*.");
  assert.equal(dialAroundPattern("192.168.1.5"), "_192*168*001*005*.");
  assert.equal(dialAroundPattern("0.0.0.0"), undefined);
  assert.equal(dialAroundPattern("not an ip"), undefined);
});

test("with VICIdial's own include order, a broad carrier pattern takes nothing from its internal extensions", () => {
  checkFixture(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 10.10.10.15
    [[dialplan_entry]]
    exten => _X.,1,Dial(SIP/c1/\${EXTEN},,To)
    //- c2.carrier
    carrier_id: C2
    protocol: SIP
    server_ip: 0.0.0.0
    [[dialplan_entry]]
    exten => _8XXX,1,Dial(SIP/c2/\${EXTEN},,To)
    //- extensions.conf
    [globals]
    #include extensions-vicidial.conf
    [default]
    include => vicidial-auto
  `, { only: ["pattern/reserved-overlap"] });
});

test("a pattern that sorts before its own server's dial-around takes those calls; another server's is not met", () => {
  checkFixture(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 10.10.10.15
    [[dialplan_entry]]
    exten => _010*010*010*015*9X.,1,Dial(SIP/c1/\${EXTEN},,To)
             ^^^^^^^^^^^^^^^^^^^^ warning pattern/reserved-overlap: VICIdial's server dial-around '_010*010*010*015*.'
    //- c2.carrier
    carrier_id: C2
    protocol: SIP
    server_ip: 10.10.10.16
    [[dialplan_entry]]
    exten => _010*010*010*015*8X.,1,Dial(SIP/c2/\${EXTEN},,To)
  `, { only: ["pattern/reserved-overlap"] });
});

test("where a context searches [vicidial-auto-external] first, internal extensions are taken", () => {
  checkFixture(`
    //- c1.carrier
    carrier_id: C1
    protocol: SIP
    server_ip: 10.10.10.15
    [[dialplan_entry]]
    exten => _8XXX,1,Dial(SIP/c1/\${EXTEN},,To)
             ^^^^^ warning pattern/reserved-overlap: [custom] searches [vicidial-auto-external] before
    //- extensions.conf
    [globals]
    #include extensions-vicidial.conf
    [custom]
    include => vicidial-auto-external
    include => vicidial-auto-internal
  `, { only: ["pattern/reserved-overlap"] });
});

test("the same broad pattern in an ordinary context is not a carrier's business", () => {
  checkFixture("//- extensions.conf\n[general]\n[globals]\n[test]\nexten => _X.,1,NoOp()\n", { only: ["pattern/reserved-overlap"] });
});

test("after edits of a large carrier context, of its dial-arounds, of the include order and of a server_ip, the findings are a fresh analysis's", () => {
  // The verdict of each carrier pattern is kept on its line in a rebuilt context, with what else it read.
  const patterns = Array.from({ length: 200 }, (_, i) => `exten => _${i % 2 === 0 ? "8" : "9"}${100 + i}X.,1,Dial(SIP/c/\${EXTEN},,To)`);
  patterns[20] = "exten => _85XX,1,Dial(SIP/c/${EXTEN},,To)";
  const extensions = `[custom]\ninclude => vicidial-auto-internal\ninclude => vicidial-auto-external\n[vicidial-auto-external]\nexten => _010*010*010*015*.,1,Dial(IAX2/around)\n${patterns.join("\n")}\n`;
  const carrier = "carrier_id: C1\nprotocol: SIP\nserver_ip: 10.10.10.16\n[[dialplan_entry]]\nexten => _010*010*010*016*5X.,1,Dial(SIP/c1/${EXTEN},,To)\n";
  const files: Record<string, string> = { "extensions.conf": extensions, "c1.carrier": carrier };
  const alone = { severities: Object.fromEntries(ALL_RULES.filter((r) => r.code !== "pattern/reserved-overlap").map((r) => [r.code, "off" as const])) };
  const service = workspaceOf(files, alone);
  const found = (s: typeof service) => findingsOf(s).filter((f) => f.code === "pattern/reserved-overlap").map((f) => `${f.uri} ${f.span.start}-${f.span.end} ${f.message}`);
  const edits: Record<string, string>[] = [
    { "extensions.conf": extensions.replace("_8150X.,1,Dial(", "_8150X.,1,Dial( ") },
    { "extensions.conf": extensions.replace("_9101X.", "_010*010*010*015*9X.") },
    { "extensions.conf": extensions.replace("_010*010*010*015*.,1", "_010*010*010*017*.,1") },
    { "extensions.conf": extensions.replace("include => vicidial-auto-internal\ninclude => vicidial-auto-external", "include => vicidial-auto-external\ninclude => vicidial-auto-internal") },
    { "extensions.conf": extensions, "c1.carrier": carrier.replace("10.10.10.16", "10.10.10.15") },
    { "c1.carrier": carrier.replace("10.10.10.16", "10.10.10.17") },
  ];
  const counts: number[] = [];
  for (const edit of edits) {
    for (const [name, text] of Object.entries(edit)) {
      service.setDocument(WS + name, text);
      files[name] = text;
    }
    assert.deepEqual(found(service), found(workspaceOf(files, alone)), JSON.stringify(edit).slice(0, 80));
    counts.push(found(service).length);
  }
  assert.deepEqual(counts, [1, 2, 1, 2, 0, 0], "the carrier's own dial-around; one more; the written one changed; _85XX once external is first; other server_ips");
});

test("an edit of extensions.conf alone re-checks the carriers' patterns: [custom] now searches external first", () => {
  // The carriers' patterns are in VICIdial's generated unit, which an edit of extensions.conf does not rebuild.
  const carrier = "carrier_id: C1\nprotocol: SIP\nserver_ip: 10.10.10.15\n[[dialplan_entry]]\nexten => _8XXX,1,Dial(SIP/c1/${EXTEN},,To)\n";
  const internalFirst = "[globals]\n#include extensions-vicidial.conf\n[custom]\ninclude => vicidial-auto-internal\ninclude => vicidial-auto-external\n";
  const externalFirst = internalFirst.replace("include => vicidial-auto-internal\ninclude => vicidial-auto-external", "include => vicidial-auto-external\ninclude => vicidial-auto-internal");
  const service = workspaceOf({ "c1.carrier": carrier, "extensions.conf": internalFirst });
  const found = () => findingsOf(service).filter((f) => f.code === "pattern/reserved-overlap").length;
  assert.equal(found(), 0);
  service.setDocument(WS + "extensions.conf", externalFirst);
  assert.equal(found(), 1, "external first: 8500 ... go out through the carrier");
  service.setDocument(WS + "extensions.conf", internalFirst);
  assert.equal(found(), 0);
});
