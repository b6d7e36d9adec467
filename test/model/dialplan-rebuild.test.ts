// A dialplan rebuilt after an edit parses only the step lines the re-parse made anew: the lines above the edit keep
// their parsed form (the same object), the edited line gets a new one, and the rebuilt dialplan reads the new text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import { dialplanIndex } from "../../server/src/service/model/dialplan";

const TEXT = "[from-trunk]\nexten => 100,1,Answer()\nsame => n,Dial(SIP/a)\nexten => 200,1,Dial(SIP/b)\n";

test("step lines above an edit keep their parsed form; the edited one is parsed again", () => {
  const ws = new Workspace();
  ws.setDocument("/ws/extensions.conf", TEXT);
  const steps = () => dialplanIndex(ws).dialplans[0].steps;
  const before = steps();
  ws.setDocument("/ws/extensions.conf", TEXT.replace("Dial(SIP/b)", "Dial(SIP/c)"));
  const after = steps();
  assert.notEqual(after, before, "the dialplan is rebuilt");
  assert.equal(after[0].line, before[0].line);
  assert.equal(after[1].line, before[1].line);
  assert.notEqual(after[2].line, before[2].line);
  assert.equal(after[2].args[0].text, "SIP/c");
});

test("a context a rebuild builds whole keeps each exten line's parsed name and key on the line: a later rebuild reads them back", () => {
  const ws = new Workspace();
  // An include line added with each edit: a window of steps cannot hold it, so the context is built whole rather
  // than spliced (see model/context-splice.ts).
  const edited = (n: number) => TEXT.replace("Dial(SIP/b)", `Dial(SIP/b${n})`) + `include => x${n}\n`;
  ws.setDocument("/ws/extensions.conf", edited(0));
  const context = () => dialplanIndex(ws).dialplans[0].contexts.get("from-trunk")!;
  // A first build keeps nothing on its lines; the rebuild after an edit keeps what it worked out.
  assert.equal(context().steps[0].line.kept, undefined);
  ws.setDocument("/ws/extensions.conf", edited(1));
  const kept = context().steps[0].line.kept?.find((value) => (value as { key?: string } | undefined)?.key === "=100") as { parsed: object } | undefined;
  assert.ok(kept, "the exten line holds its naming");
  assert.equal(kept.parsed, context().extensions[0].parsed);
  ws.setDocument("/ws/extensions.conf", edited(2));
  assert.equal(context().extensions[0].parsed, kept.parsed, "the next rebuild names the extension from the kept naming");
  assert.equal(context().steps[1].line.kept, undefined, "a same line names no extension of its own: nothing kept");
});
