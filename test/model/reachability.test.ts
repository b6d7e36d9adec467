// model/reachability.ts on its own: includes, literal jumps (Goto, GotoIf, Gosub, Macro, Local channels), cycles,
// extension filters, what is missing or unknown, and carrier Dials resolved through globals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { dialplanIndex } from "../../server/src/service/model/dialplan";
import { carrierDials, pathTo, reachFrom, serverContextSource, type ContextSource } from "../../server/src/service/model/reachability";

function sourceOf(files: Record<string, string>, carriers: string[] = ["SIP:trunk"]): ContextSource {
  const workspace = new Workspace();
  for (const [name, text] of Object.entries(files)) workspace.setDocument("/ws/" + name, text);
  const index = dialplanIndex(workspace);
  return serverContextSource(index, (uri) => workspace.document(uri)?.text, (tech, peer) =>
    carriers.includes(`${tech}:${peer}`) ? { name: peer, tech, why: "test carrier", uri: "/ws/x", span: { start: 0, end: 0 } } : undefined,
  );
}

test("includes are followed, in breadth-first order, and the path names each hop", () => {
  const source = sourceOf({
    "extensions.conf": "[a]\ninclude => b\n[b]\ninclude => c\n[c]\nexten => _9X.,1,Dial(SIP/trunk/${EXTEN:1})\n[unrelated]\nexten => 1,1,Dial(SIP/trunk/1)\n",
  });
  const reach = reachFrom(source, "a");
  assert.deepEqual(reach.contexts, ["a", "b", "c"]);
  const dials = carrierDials(reach);
  assert.equal(dials.length, 1);
  assert.equal(dials[0].destinations[0].carrier?.name, "trunk");
  assert.deepEqual(pathTo(reach, "c").map((e) => `${e.kind}:${e.from}>${e.to}`), ["include:a>b", "include:b>c"]);
});

test("literal Goto, GotoIf (both branches), Gosub, Macro and Local/ext@context lead on; dynamic targets are listed", () => {
  const source = sourceOf({
    "extensions.conf": [
      "[start]",
      "exten => _X.,1,GotoIf($[${X}]?yes,s,1:no,s,1)",
      "exten => _X.,n,Gosub(sub,s,1(arg))",
      "exten => _X.,n,Macro(mac,1)",
      "exten => _X.,n,Dial(Local/s@viaLocal)",
      "exten => _X.,n,Goto(${DEST},s,1)",
      "[yes]\nexten => s,1,NoOp()",
      "[no]\nexten => s,1,NoOp()",
      "[sub]\nexten => s,1,Return()",
      "[macro-mac]\nexten => s,1,NoOp()",
      "[viaLocal]\nexten => s,1,NoOp()",
    ].join("\n"),
  });
  const reach = reachFrom(source, "start");
  assert.deepEqual([...reach.contexts].sort(), ["macro-mac", "no", "start", "sub", "viaLocal", "yes"]);
  assert.equal(reach.dynamicJumps.length, 1);
  assert.equal(pathTo(reach, "viaLocal")[0].kind, "local");
  assert.equal(pathTo(reach, "macro-mac")[0].kind, "macro");
  assert.equal(pathTo(reach, "sub")[0].kind, "gosub");
});

test("cycles of includes and jumps end; a long chain is walked without recursion", () => {
  const cyclic = sourceOf({ "extensions.conf": "[a]\ninclude => b\n[b]\nexten => 1,1,Goto(a,1,1)\ninclude => a\n" });
  assert.deepEqual(reachFrom(cyclic, "a").contexts, ["a", "b"]);
  const chain = Array.from({ length: 3000 }, (_, i) => `[c${i}]\ninclude => c${i + 1}`).join("\n") + "\n[c3000]\nexten => _X.,1,Dial(SIP/trunk/${EXTEN})\n";
  const reach = reachFrom(sourceOf({ "extensions.conf": chain }), "c0");
  assert.equal(reach.contexts.length, 3001);
  assert.equal(carrierDials(reach).length, 1);
  assert.equal(pathTo(reach, "c3000").length, 3000);
});

test("a Goto naming a literal extension reaches only the extensions that match it", () => {
  const source = sourceOf({
    "extensions.conf": "[start]\nexten => 100,1,Goto(out,100,1)\n[out]\nexten => 100,1,NoOp()\nexten => _91NXXNXXXXXX,1,Dial(SIP/trunk/${EXTEN:1})\n",
  });
  const reach = reachFrom(source, "start");
  assert.deepEqual(reach.contexts, ["start", "out"]);
  assert.equal(carrierDials(reach).length, 0);
  const open = reachFrom(source, "out");
  assert.equal(carrierDials(open)[0].literalRoute, false);
});

test("Dial destinations are resolved through globals; other technologies and unknown peers are no carrier", () => {
  const source = sourceOf({
    "extensions.conf": "[globals]\nTRUNK=SIP/trunk\n[a]\nexten => _X.,1,Dial(${TRUNK}/${EXTEN}&DAHDI/g1/${EXTEN}&SIP/phone9)\n",
  });
  const site = reachFrom(source, "a").dials[0];
  assert.deepEqual(site.destinations.map((d) => [d.channel, d.carrier?.name]), [
    ["SIP/trunk/${EXTEN}", "trunk"],
    ["DAHDI/g1/${EXTEN}", undefined],
    ["SIP/phone9", undefined],
  ]);
  assert.equal(site.unresolved, false);
});

test("with a main extensions.conf a context it lacks is missing; without one it is unknown", () => {
  const closed = reachFrom(sourceOf({ "extensions.conf": "[a]\ninclude => gone\n" }), "a");
  assert.deepEqual([closed.missing, closed.unknown], [["gone"], []]);
  const open = reachFrom(sourceOf({ "extensions_custom.conf": "[a]\ninclude => elsewhere\n" }), "a");
  assert.deepEqual([open.missing, open.unknown], [[], ["elsewhere"]]);
});

test("VICIdial's generated [vicidial-auto] leads to the carriers' [vicidial-auto-external]", () => {
  const source = sourceOf({
    "extensions.conf": "[globals]\n#include extensions-vicidial.conf\n[default]\ninclude => vicidial-auto\n",
    "t.carrier": "carrier_id: T\nprotocol: SIP\nglobals_string: T1 = SIP/trunk\n[[account_entry]]\n[trunk]\ntype=peer\nhost=192.0.2.9\n[[dialplan_entry]]\nexten => _91NXXNXXXXXX,1,Dial(${T1}/${EXTEN:1})\n",
  });
  const reach = reachFrom(source, "default");
  assert.deepEqual(reach.contexts, ["default", "vicidial-auto", "vicidial-auto-external"]);
  assert.equal(carrierDials(reach).length, 1);
  assert.deepEqual(reach.missing, []);
});
