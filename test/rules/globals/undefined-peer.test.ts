// globals/undefined-peer: a Dial or global naming a peer no file defines; one note when an #include is missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture, checkNoFix } from "../../fixture";
import { findingsOf, workspaceOf, WS } from "../../helpers";
import { ALL_RULES } from "../../../server/src/service/rules/registry";

test("a peer no sip file defines is a warning in a complete configuration", () => {
  checkFixture(`
    //- sip.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [out]
    exten => _9X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^^^ warning globals/undefined-peer: which is not defined in sip.conf
  `, { only: ["globals/undefined-peer"] });
});

test("with a missing #include in sip.conf it is one information note per peer", () => {
  checkFixture(`
    //- sip.conf
    #include sip_trunks.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [out]
    exten => _9X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^^^ information globals/undefined-peer: none of the files checked defines; 1 #include of the SIP configuration
    exten => _8X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
  `, { only: ["globals/undefined-peer"], exhaustive: true });
});

test("with only fragments of the SIP configuration (no sip.conf), an unknown peer is a note", () => {
  checkFixture(`
    //- sip_additional.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions_custom.conf
    [out]
    exten => _9X.,1,Dial(SIP/carrier_b/\${EXTEN:1})
                         ^^^^^^^^^^^^^^^^^^^^^^^^ information globals/undefined-peer: sip.conf itself is not among them
  `, { only: ["globals/undefined-peer"], exhaustive: true });
});

test("peers named by globals and Dials must exist; host names and a technology with no peers defined are not checked", () => {
  checkFixture(`
    //- sip.conf
    [general]
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [globals]
    GOOD=SIP/carrier_a
    BAD=SIP/carier_a
    ;   ^^^^^^^^^^^^ warning globals/undefined-peer: names peer 'carier_a', which is not defined in sip.conf or a SIP carrier: the Dial fails with CHANUNAVAIL. Did you mean 'carrier_a'?
    HOST=SIP/sip.example.com
    IAXT=IAX2/nobody
    [t]
    exten => _9X.,1,Dial(\${GOOD}/\${EXTEN:1}&\${BAD}/\${EXTEN:1}&\${HOST}/\${EXTEN:1}&\${IAXT}/\${EXTEN:1})
    same => n,Dial(SIP/\${EXTEN:1}@missing_peer)
    ;              ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning globals/undefined-peer: names peer 'missing_peer'
  `, { only: ["globals/undefined-peer"] });
});

test("carrier account entries define peers too", () => {
  checkFixture(`
    //- C1.carrier
    carrier_id: C1
    protocol: SIP
    globals_string: C1T = SIP/c1
    [[account_entry]]
    [c1]
    type=peer
    host=192.0.2.1

    [[dialplan_entry]]
    exten => _9X.,1,Dial(\${C1T}/\${EXTEN:1},,To)
  `, { only: ["globals/undefined-peer"], exhaustive: true });
});

test("no fix is offered, even with a suggestion: the peer may be missing rather than misspelt", () => {
  checkNoFix(`
    //- sip.conf
    [carrier_a]
    type=peer
    host=192.0.2.1
    //- extensions.conf
    [globals]
    BAD=SIP/carier_a
    [t]
    exten => _9X.,1,Dial(\${BAD}/\${EXTEN:1})
  `, { code: "globals/undefined-peer" });
});

test("after edits of a context of hundreds of Dial lines, of the globals and of the peers, the findings are a fresh analysis's", () => {
  // Several chunks of steps (model/origin-chunks.ts): an edit moves the whole context (kept), makes one chunk anew
  // and moves the lines below it, or changes what every chunk resolves (a global) or what is defined (a peer).
  const peers = ["carrier_a", "carrier_b", "${THIRD}"];
  const dials = Array.from({ length: 300 }, (_, i) => `exten => _${100 + i}X.,1,Dial(SIP/${peers[i % 3]}/\${EXTEN})`);
  dials[250] = "exten => _350X.,1,Dial(SIP/nowhere/${EXTEN})";
  const sip = "[carrier_a]\ntype=peer\nhost=192.0.2.1\n[carrier_b]\ntype=peer\nhost=192.0.2.2\n";
  const dialplan = `[globals]\nTHIRD=carrier_c\n[top]\nexten => s,1,NoOp()\n[out]\n${dials.join("\n")}\n`;
  const files = { "sip.conf": sip, "extensions.conf": dialplan };
  // This rule alone: no other rule reads the Dial lines (and has the lines below an edit follow it) first.
  const alone = { severities: Object.fromEntries(ALL_RULES.filter((r) => r.code !== "globals/undefined-peer").map((r) => [r.code, "off" as const])) };
  const service = workspaceOf(files, alone);
  const found = (s: typeof service) => findingsOf(s).filter((f) => f.code === "globals/undefined-peer").map((f) => `${f.uri} ${f.span.start}-${f.span.end} ${f.message}`);
  assert.equal(found(service).length, 101, "the hundred Dials to ${THIRD}, and nowhere");
  const edits: Record<string, string>[] = [
    { "extensions.conf": dialplan.replace("NoOp()", "NoOp(moves [out])") },
    { "extensions.conf": dialplan },
    { "extensions.conf": dialplan.replace("_100X.,1,Dial(", "_100X.,1,Dial( ") },
    { "extensions.conf": dialplan.replace("_100X.,1,Dial(", "_100X.,1,Dial") },
    { "extensions.conf": dialplan.replace("_241X.,1,Dial(SIP/carrier_b", "_241X.,1,Dial(SIP/carrier_d") },
    { "extensions.conf": dialplan.replace("THIRD=carrier_c", "THIRD=carrier_a") },
    { "extensions.conf": dialplan, "sip.conf": sip + "[carrier_c]\ntype=peer\nhost=192.0.2.3\n" },
    { "sip.conf": sip },
  ];
  for (const edit of edits) {
    for (const [name, text] of Object.entries(edit)) {
      service.setDocument(WS + name, text);
      files[name as keyof typeof files] = text;
    }
    assert.deepEqual(found(service), found(workspaceOf(files, alone)), JSON.stringify(edit).slice(0, 80));
  }
});
