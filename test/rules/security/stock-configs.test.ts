// Stock systems stay clean: a VICIdial install laid out like its stock configs (guests refused, carriers in
// trunkinbound, the dialplan including VICIdial's generated file), Asterisk's own samples and examples/ give no
// security error.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LanguageService } from "../../../server/src/service/language-service";
import { loadWorkspace } from "../../../server/src/cli/cli";
import { lint } from "../../helpers";

const ROOT = path.resolve(__dirname, "../../../..");
const security = (findings: { code: string; severity: string; message: string }[]) => findings.filter((f) => f.code.startsWith("security/"));

test("a VICIdial server laid out like the stock configs, with the sample carriers, has no security finding", () => {
  const findings = lint({
    "sip.conf": "[general]\ncontext=trunkinbound\nallowguest=no\nbindport=5060\n#include sip-vicidial.conf\n",
    "iax.conf": "[general]\nbindport=4569\ncontext=trunkinbound\n#include iax-vicidial.conf\n",
    "pjsip.conf": "[global]\ntype=global\nendpoint_identifier_order=ip,username,anonymous\n[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0:5061\n#include \"pjsip-vicidial.conf\"\n",
    "extensions.conf": [
      "[general]\nstatic=yes\nwriteprotect=no",
      "[globals]\nTRUNK=DAHDI/r1\n#include extensions-vicidial.conf",
      "[trunkinbound]\nexten => _X.,1,AGI(agi-DID_route.agi)\nexten => _X.,n,Hangup()",
      "[default]\ninclude => vicidial-auto\nexten => _08600XXX,1,Dial(${TRUNKblind}/6${EXTEN:1},55,To)\nexten => _08600XXX,n,Hangup()\nexten => _881NXXNXXXXXX,1,Dial(${TRUNKloop}/9${EXTEN:2},,To)",
    ].join("\n"),
    "sipexample.carrier": [
      "carrier_id: SIPExample\nprotocol: SIP\nserver_ip: 0.0.0.0\nactive: Y\nglobals_string: SIPTRUNK = SIP/ExampleSIP",
      "[[account_entry]]\n[ExampleSIP]\ntype=peer\ncontext=trunkinbound\nhost=10.10.10.15\nqualify=yes\ninsecure=port,invite\ndisallow=all\nallow=ulaw",
      "[[dialplan_entry]]\nexten => _91999NXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91999NXXXXXX,2,Dial(${SIPTRUNK}/${EXTEN:1},${CAMPDTO},To)\nexten => _91999NXXXXXX,3,Hangup",
    ].join("\n"),
    "pjsipexample.carrier": [
      "carrier_id: PJSIPExample\nprotocol: PJSIP\nserver_ip: 0.0.0.0\nactive: Y\nglobals_string: PJTRUNK=ExamplePJSIP",
      "[[account_entry]]\n[ExamplePJSIP]\ntype=aor\ncontact=sip:10.10.10.15\n[ExamplePJSIP]\ntype=identify\nendpoint=ExamplePJSIP\nmatch=10.10.10.15\n[ExamplePJSIP]\ntype=endpoint\ncontext=trunkinbound\ndisallow=all\nallow=ulaw\naors=ExamplePJSIP",
      "[[dialplan_entry]]\nexten => _91999NXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91999NXXXXXX,n,Dial(PJSIP/${EXTEN:1}@${PJTRUNK},${CAMPDTO},To)\nexten => _91999NXXXXXX,n,Hangup()",
    ].join("\n"),
  });
  assert.deepEqual(security(findings).map((f) => `${f.code} ${f.message}`), []);
});

test("the same server with allowguest removed is a toll-fraud error only if guests can reach a carrier: [default] can", () => {
  const findings = lint({
    "sip.conf": "[general]\nbindport=5060\n",
    "extensions.conf": "[globals]\n#include extensions-vicidial.conf\n[trunkinbound]\nexten => _X.,1,AGI(agi-DID_route.agi)\n[default]\ninclude => vicidial-auto\n",
    "c.carrier": "carrier_id: C\nprotocol: SIP\nglobals_string: CT = SIP/c\n[[account_entry]]\n[c]\ntype=peer\nhost=10.10.10.15\ncontext=trunkinbound\n[[dialplan_entry]]\nexten => _91NXXNXXXXXX,1,Dial(${CT}/${EXTEN:1},,To)\n",
  });
  assert.deepEqual(security(findings).map((f) => f.code), ["security/unauthenticated-carrier-path"]);
  assert.match(security(findings)[0].message, /\[default\] -> \[vicidial-auto\] -> \[vicidial-auto-external\]/);
});

const CORPUS = [path.resolve(process.cwd(), "../shared/corpus/asterisk-20-samples"), path.resolve(ROOT, "../shared/corpus/asterisk-20-samples")].find((d) => fs.existsSync(d));

test("Asterisk's sample configs (guests and an IAX2 guest in [public], no trunk defined) give no security error", (t) => {
  if (!CORPUS) {
    t.skip("no ../shared/corpus/asterisk-20-samples");
    return;
  }
  const service = new LanguageService();
  for (const name of fs.readdirSync(CORPUS)) service.setDocument(path.join(CORPUS, name.replace(/\.sample$/, "")), fs.readFileSync(path.join(CORPUS, name), "utf8"));
  const errors = [...service.allDiagnostics().values()].flat().filter((f) => f.code.startsWith("security/") && f.severity === "error");
  assert.deepEqual(errors.map((f) => f.message), []);
});

test("examples/ gives no security error", () => {
  const service = loadWorkspace([path.join(ROOT, "examples")]);
  const errors = [...service.allDiagnostics().values()].flat().filter((f) => f.code.startsWith("security/") && f.severity === "error");
  assert.deepEqual(errors.map((f) => f.message), []);
});
