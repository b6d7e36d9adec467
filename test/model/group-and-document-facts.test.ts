// Facts of a dialplan's load group (groupFact) and of one document revision (documentFact): kept while their inputs
// are the same objects, worked out again once an edit touches them, and the rules built on them follow every edit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dialplanIndex, groupFact } from "../../server/src/service/model/dialplan";
import { documentFact, lineIndexOf } from "../../server/src/service/model/analyzed-document";
import { LineIndex } from "../../server/src/service/text/span";
import { isVicidialSystem } from "../../server/src/service/model/vicidial-system";
import { assertLines, findingsOf, WS, workspaceOf } from "../helpers";

const MAIN = "[from-a]\nexten => s,1,Goto(nowhere,s,1)\nsame => n,Hangup()\n";
const CUSTOM = "[c]\nexten => s,1,Goto(c,t,1)\nsame => n,Hangup()\n";
const FILES = { "extensions.conf": MAIN, "extensions_custom.conf": CUSTOM };
const COUNTED = {};

test("a group fact is kept while only another group's files change, and worked out again when its own change", () => {
  const service = workspaceOf(FILES);
  const computed: string[] = [];
  const factOf = (root: string) => {
    const index = dialplanIndex(service.workspace);
    const dialplan = index.dialplans.find((d) => d.unit.root === WS + root)!;
    return groupFact(index, dialplan, COUNTED, (group) => {
      computed.push(root);
      return group.map((d) => d.unit.root);
    });
  };
  const first = factOf("extensions.conf");
  assert.deepEqual(first, [WS + "extensions.conf"]);
  service.setDocument(WS + "extensions_custom.conf", CUSTOM + "\n");
  assert.equal(factOf("extensions.conf"), first);
  // A blank line at the end changes nothing the unit holds: the unit, and the facts of its group, are kept.
  service.setDocument(WS + "extensions.conf", MAIN + "\n");
  assert.equal(factOf("extensions.conf"), first);
  service.setDocument(WS + "extensions.conf", MAIN + "[more]\n");
  assert.notEqual(factOf("extensions.conf"), first);
  assert.deepEqual(computed, ["extensions.conf", "extensions.conf"]);
});

test("goto-target follows edits to either file while the other file's findings are kept", () => {
  const service = workspaceOf(FILES);
  assertLines(findingsOf(service), "dialplan/goto-target", ["extensions.conf:2", "extensions_custom.conf:2"]);
  service.setDocument(WS + "extensions_custom.conf", CUSTOM.replace("Goto(c,t,1)", "Goto(c,s,2)"));
  assertLines(findingsOf(service), "dialplan/goto-target", ["extensions.conf:2"]);
  service.setDocument(WS + "extensions.conf", MAIN + "[nowhere]\nexten => s,1,Hangup()\n");
  assertLines(findingsOf(service), "dialplan/goto-target", []);
  service.setDocument(WS + "extensions_custom.conf", CUSTOM);
  assertLines(findingsOf(service), "dialplan/goto-target", ["extensions_custom.conf:2"]);
});

test("a document fact is worked out once per document revision", () => {
  const service = workspaceOf(FILES);
  let computed = 0;
  const fact = () => documentFact(service.workspace.document(WS + "extensions.conf")!, COUNTED, (doc) => (computed++, doc.text.length));
  assert.equal(fact(), MAIN.length);
  assert.equal(fact(), MAIN.length);
  service.setDocument(WS + "extensions_custom.conf", CUSTOM + "\n");
  assert.equal(fact(), MAIN.length);
  assert.equal(computed, 1);
  service.setDocument(WS + "extensions.conf", MAIN + "\n");
  assert.equal(fact(), MAIN.length + 1);
  assert.equal(computed, 2);
});

test("the VICIdial verdict, read from each document once, follows a context only VICIdial defines", () => {
  const service = workspaceOf(FILES);
  assert.equal(isVicidialSystem(service.workspace), false);
  service.setDocument(WS + "extensions_custom.conf", CUSTOM + "[trunkinbound]\nexten => _X.,1,Hangup()\n");
  assert.equal(isVicidialSystem(service.workspace), true);
  service.setDocument(WS + "extensions_custom.conf", CUSTOM);
  assert.equal(isVicidialSystem(service.workspace), false);
  // Any case: VICIdial's names as Asterisk matches them.
  service.setDocument(WS + "extensions_custom.conf", CUSTOM + "[VICIDIAL-AUTO-EXTERNAL]\nexten => _X.,1,Hangup()\n");
  assert.equal(isVicidialSystem(service.workspace), true);
  service.setDocument(WS + "extensions_custom.conf", CUSTOM + "[my-trunkinbound]\nexten => _X.,1,Hangup()\n");
  assert.equal(isVicidialSystem(service.workspace), false);
});

test("a line number read from a conf file's tree is the one its text gives, at line breaks and both ends too", () => {
  const texts = ["[a]\ntype=peer\n\nhost=192.0.2.1\n", "[a]\r\ntype=peer\r\n\r\n", "no break at all", "", "\n\n\n", "[a]\rtype=peer\n;--\n--;\n"];
  for (const text of texts) {
    const service = workspaceOf({ "sip.conf": text });
    for (let offset = -1; offset <= text.length + 1; offset++) {
      const clamped = Math.min(Math.max(offset, 0), text.length);
      const expected = text.slice(0, clamped).split("\n").length;
      assert.equal(service.workspace.lineNumber(WS + "sip.conf", offset), expected, `${JSON.stringify(text)} at ${offset}`);
    }
  }
  // A record file has no tree over its whole text: its lines are counted from the text.
  const service = workspaceOf({ "trunk.carrier": "carrier_id: a\nprotocol: SIP\n" });
  assert.equal(service.workspace.lineNumber(WS + "trunk.carrier", 15), 2);
});

test("a conf file's line index, read off its tree, gives what an index of its text gives, after edits that move its lines too", () => {
  const same = (text: string, got: LineIndex, what: string) => {
    const want = new LineIndex(text);
    assert.equal(got.lineCount, want.lineCount, what);
    for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(got.positionAt(offset), want.positionAt(offset), `${what} at ${offset}`);
    for (let line = -1; line <= want.lineCount; line++) {
      if (line >= 0 && line < want.lineCount) {
        assert.equal(got.lineStart(line), want.lineStart(line), `${what} line ${line}`);
        assert.equal(got.lineEnd(line), want.lineEnd(line), `${what} line ${line}`);
      }
      for (let character = -1; character <= 20; character++) assert.equal(got.offsetAt({ line, character }), want.offsetAt({ line, character }), `${what} ${line}:${character}`);
    }
  };
  const texts = ["[a]\ntype=peer\n\nhost=192.0.2.1\n", "[a]\r\ntype=peer\r\n\r\n", "\ufeff[a]\ntype=peer", "no break at all", "", "\n\n\n", "[a]\rtype=peer\n;--\n--;\n"];
  for (const text of texts) {
    const service = workspaceOf({ "sip.conf": text });
    same(text, lineIndexOf(service.workspace.document(WS + "sip.conf")!), JSON.stringify(text));
  }
  // Typing above lines a re-parse keeps moves them in place; so does a line added or removed.
  const base = "[a]\ntype=peer\nhost=192.0.2.1\n\n[b]\ntype=peer\r\nhost=192.0.2.2\n";
  const service = workspaceOf({ "sip.conf": base });
  for (const text of [base.replace("type=peer", "type=friend"), base.replace("[a]", "[a-longer]"), base.replace("[a]\n", "[a]\n; new\n"), base, base.replace("\n\n[b]", "\n[b]"), base]) {
    service.setDocument(WS + "sip.conf", text);
    const index = lineIndexOf(service.workspace.document(WS + "sip.conf")!);
    same(text, index, JSON.stringify(text));
    assert.equal((index as unknown as { starts?: number[] }).starts, undefined, "read off the tree, not the text");
  }
  // A record file's index is made from its text.
  const record = workspaceOf({ "trunk.carrier": "carrier_id: a\nprotocol: SIP\n" });
  same("carrier_id: a\nprotocol: SIP\n", lineIndexOf(record.workspace.document(WS + "trunk.carrier")!), "record");
});
