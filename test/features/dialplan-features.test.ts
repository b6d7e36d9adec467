// Editor features over dialplans at the service level: hover, completion, outline and signature help.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cursor, workspaceOf, WS } from "../helpers";

const GLOBALS = "[globals]\nMAIN=SIP/carrier_a\nSECRETLOOP=IAX2/loop:hunter2@127.0.0.1:40569\n";
const SIP = { "sip.conf": "[general]\n[carrier_a]\ntype=peer\nhost=192.0.2.1\n" };

function at(body: string) {
  const { text, offset } = cursor(body);
  const service = workspaceOf({ "extensions.conf": text, ...SIP });
  return { service, uri: WS + "extensions.conf", offset };
}

test("hover: pattern, ${EXTEN:-10}, application, Dial option, global (secret masked), peer, label, context", () => {
  const base = GLOBALS + "[out]\n";
  const hover = (body: string) => {
    const { service, uri, offset } = at(base + body);
    return service.hover(uri, offset)?.markdown ?? "";
  };
  assert.match(hover("exten => _91|NXXNXXXXXX,1,NoOp()\n"), /12 digits/);
  assert.match(hover("exten => _9X.,1,NoOp()\nexten => _91NXXNXXXX|XX,1,NoOp()\n"), /Also matched \(tried later\): `_9X\.`/);
  assert.match(hover("exten => _91NXXNXXXXXX,1,Dial(SIP/x/${EX|TEN:-10})\n"), /keeps the last 10 characters[\s\S]*yields `2025550143`/);
  assert.match(hover("exten => 1,1,Go|to(out,1,1)\n"), /Goto\(\[\[context,\]extension,\]priority\)/);
  assert.match(hover("exten => 1,1,Dial(SIP/x,,|r)\n"), /fake ringing/);
  const global = hover("exten => 1,1,Dial(${SECRET|LOOP}/1)\n");
  assert.match(global, /SECRETLOOP = IAX2\/loop:\*\*\*\*@127\.0\.0\.1:40569/);
  assert.doesNotMatch(global, /hunter2/);
  assert.match(hover("exten => 1,1,Dial(SIP/carr|ier_a/1)\n"), /SIP peer[\s\S]*sip\.conf:2/);
  assert.match(hover("exten => 1,1(st|art),NoOp()\n"), /Priority 1 of `1`/);
  assert.match(hover("include => o|ut\n"), /\*\*\[out\]\*\* \(context\)/);
  assert.match(hover("exten => 1,1,Set(X=${TRUNK|loop})\n"), /VICIdial/);
});

test("completion: applications, Dial options, variables, peers, contexts and labels", () => {
  const labels = (body: string) => {
    const { service, uri, offset } = at(GLOBALS + "[out]\nexten => 1,1(here),NoOp()\n" + body);
    return service.completions(uri, offset).map((c) => c.label);
  };
  assert.ok(labels("exten => 2,1,Di|\n").includes("Dial"));
  assert.ok(labels("exten => 2,1,Dial(SIP/x,30,|)\n").includes("o"));
  assert.ok(labels("exten => 2,1,NoOp(${MA|)\n").includes("MAIN"));
  assert.ok(labels("exten => 2,1,NoOp(${|)\n").includes("DIALSTATUS"));
  assert.ok(labels("exten => 2,1,Dial(SIP/|)\n").includes("carrier_a"));
  assert.ok(labels("include => |\n").includes("out"));
  assert.ok(labels("same => n,Goto(|)\n").includes("here"));
});

test("outline of a carrier dialplan entry: implicit [vicidial-auto-external] with resolved priorities", () => {
  const service = workspaceOf({
    "c.carrier": "carrier_id: C1\nprotocol: SIP\n[[dialplan_entry]]\nexten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXNXXXXXX,n,Dial(SIP/c/${EXTEN:1},,To)\nexten => _91NXXNXXXXXX,n,Hangup()\n",
  });
  const field = service.symbols(WS + "c.carrier").find((s) => s.name === "dialplan_entry");
  const context = field?.children[0];
  assert.equal(context?.name, "vicidial-auto-external");
  assert.deepEqual(context?.children[0].children.map((c) => `${c.name} ${c.detail}`), ["1 AGI", "2 Dial", "3 Hangup"]);
});

test("signature help names the argument under the cursor", () => {
  const { service, uri, offset } = at("[out]\nexten => 1,1,AGI(agi-LCR-Route.agi,|${EXTEN:2:6})\n");
  const help = service.signatureHelp(uri, offset);
  assert.equal(help?.label, "AGI(command, [args])");
  assert.equal(help?.activeParameter, 1);
});

test("hover and completion follow the configured asteriskVersion", () => {
  const serviceFor = (body: string, asteriskVersion: 18 | 22) => {
    const { text, offset } = cursor("[out]\n" + body);
    return { service: workspaceOf({ "extensions.conf": text }, { asteriskVersion }), offset, uri: WS + "extensions.conf" };
  };
  const hoverText = (body: string, version: 18 | 22) => {
    const { service, uri, offset } = serviceFor(body, version);
    return service.hover(uri, offset)?.markdown ?? "";
  };
  assert.match(hoverText("exten => 1,1,No|CDR()\n", 22), /Not available in Asterisk 22/);
  assert.doesNotMatch(hoverText("exten => 1,1,No|CDR()\n", 18), /Not available/);
  assert.match(hoverText("exten => 1,1,Dial(SIP/x,,|M(m))\n", 22), /Not available in Asterisk 22/);
  const labels = (body: string, version: 18 | 22) => {
    const { service, uri, offset } = serviceFor(body, version);
    return service.completions(uri, offset).map((c) => c.label);
  };
  assert.ok(labels("exten => 1,1,|\n", 18).includes("NoCDR"));
  assert.ok(!labels("exten => 1,1,|\n", 22).includes("NoCDR"));
  assert.ok(labels("exten => 1,1,Dial(SIP/x,,|)\n", 18).includes("M"));
  assert.ok(!labels("exten => 1,1,Dial(SIP/x,,|)\n", 22).includes("M"));
});
