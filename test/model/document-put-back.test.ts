// Rebuilding a unit after an edit puts back the sections of its unchanged included documents without walking their
// lines (UnitBuilder.putBackDocument): all but the last section of such a document, which lines after its #include
// may still add to; and, in a re-parsed document, the sections whose lines the re-parse kept (keptSectionsOf). The
// rebuilt unit must equal one built from scratch, whatever file the edit was in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Workspace } from "../../server/src/service/model/workspace";
import type { ConfUnit } from "../../server/src/service/model/units";

const FILES = {
  "sip.conf": "[general]\ncontext=default\n#include peers-a.conf\nqualify=yes\n#include peers-b.conf\n",
  "peers-a.conf": "; carriers\n[a1]\nhost=10.0.0.1\n[a2]\nhost=10.0.0.2\n[a3]\nhost=10.0.0.3\n",
  "peers-b.conf": "[b1]\nhost=10.0.0.4\n[b2]\nhost=10.0.0.5\n",
};

function workspaceOf(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.setDocument(`/ws/${name}`, text);
  return ws;
}

const sipUnit = (ws: Workspace): ConfUnit => ws.units().find((u) => u.root === "/ws/sip.conf")!;

/** What a unit holds, section by section: name, document and option lines. */
function shape(unit: ConfUnit): string[] {
  return unit.sections.map((s) => `${s.name}@${s.uri.slice(4)}: ${s.options.map((o) => `${o.node.key}=${o.node.value}`).join(" ")}`);
}

test("an edit to one included file keeps the other's sections and gives the unit a fresh build would give", () => {
  const ws = workspaceOf(FILES);
  const before = sipUnit(ws);
  assert.deepEqual(before.documentRuns?.get("/ws/peers-a.conf"), { tree: ws.document("/ws/peers-a.conf")!.conf, from: 1, to: 4 });
  ws.setDocument("/ws/peers-b.conf", FILES["peers-b.conf"].replace("10.0.0.5", "10.0.0.9"));
  const after = sipUnit(ws);
  assert.notEqual(after, before);
  assert.deepEqual(shape(after), shape(sipUnit(workspaceOf({ ...FILES, "peers-b.conf": FILES["peers-b.conf"].replace("10.0.0.5", "10.0.0.9") }))));
  for (const name of ["a1", "a2", "a3", "b1"]) assert.equal(after.sections.find((s) => s.name === name), before.sections.find((s) => s.name === name), name);
  // The last section of peers-a.conf still has the line sip.conf adds after the #include.
  assert.deepEqual(shape(after)[3], "a3@peers-a.conf: host=10.0.0.3 qualify=yes");
});

test("a line after the #include that goes away leaves the put-back document's last section without it", () => {
  const ws = workspaceOf(FILES);
  const a2 = sipUnit(ws).sections[2];
  const edited = FILES["sip.conf"].replace("qualify=yes\n", "");
  ws.setDocument("/ws/sip.conf", edited);
  const after = sipUnit(ws);
  assert.deepEqual(shape(after), shape(sipUnit(workspaceOf({ ...FILES, "sip.conf": edited }))));
  assert.equal(after.sections[2], a2);
  assert.deepEqual(shape(after)[3], "a3@peers-a.conf: host=10.0.0.3");
});

test("a document whose first lines add to the section open before its #include is walked line by line", () => {
  const files = { ...FILES, "peers-b.conf": "nat=no\n" + FILES["peers-b.conf"] };
  const ws = workspaceOf(files);
  assert.equal(sipUnit(ws).documentRuns?.has("/ws/peers-b.conf"), false);
  ws.setDocument("/ws/peers-a.conf", FILES["peers-a.conf"] + "[a4]\nhost=10.0.0.6\n");
  assert.deepEqual(shape(sipUnit(ws)), shape(sipUnit(workspaceOf({ ...files, "peers-a.conf": FILES["peers-a.conf"] + "[a4]\nhost=10.0.0.6\n" }))));
  assert.match(shape(sipUnit(ws))[4], /^a4@peers-a.conf: host=10.0.0.6 qualify=yes nat=no$/);
});

test("a rebuild that holds exactly what the previous build held gives back the previous unit", () => {
  const ws = workspaceOf(FILES);
  const before = sipUnit(ws);
  ws.setDocument("/ws/peers-b.conf", FILES["peers-b.conf"] + "; a comment at the end\n\n");
  assert.equal(sipUnit(ws), before, "a comment and a blank line after the last section change nothing the unit holds");
  ws.setDocument("/ws/peers-b.conf", FILES["peers-b.conf"] + "nat=no\n");
  const after = sipUnit(ws);
  assert.notEqual(after, before);
  assert.deepEqual(shape(after).at(-1), "b2@peers-b.conf: host=10.0.0.5 nat=no");
});

test("editing one field of a carrier record keeps the other fields' trees and the units built from them", async () => {
  const { LanguageService } = await import("../../server/src/service/language-service");
  const record = (allow: string) =>
    ["carrier_id: T1", "protocol: SIP", "server_ip: 0.0.0.0", "active: Y", "template_id: --NONE--", "", "[[account_entry]]", "[t1]", "type=peer", "host=192.0.2.1", `allow=${allow}`, "", "[[dialplan_entry]]", "exten => _9X.,1,Dial(SIP/t1/${EXTEN:1})", "same => n,Hangup()", ""].join("\n");
  const service = new LanguageService();
  service.setDocument("/ws/t1.carrier", record("ulaw"));
  const dialplanTree = service.workspace.document("/ws/t1.carrier")!.fieldTrees.get("dialplan_entry");
  const extensionsUnit = service.workspace.units().find((u) => u.id === "vicidial:extensions");
  assert.ok(dialplanTree && extensionsUnit);
  service.setDocument("/ws/t1.carrier", record("alaw"));
  assert.equal(service.workspace.document("/ws/t1.carrier")!.fieldTrees.get("dialplan_entry"), dialplanTree);
  assert.notEqual(service.workspace.document("/ws/t1.carrier")!.fieldTrees.get("account_entry"), undefined);
  assert.equal(service.workspace.units().find((u) => u.id === "vicidial:extensions"), extensionsUnit);
  // A longer value moves the dialplan entry: its tree is parsed again at its new offsets.
  service.setDocument("/ws/t1.carrier", record("ulaw,alaw"));
  const moved = service.workspace.document("/ws/t1.carrier")!.fieldTrees.get("dialplan_entry")!;
  assert.notEqual(moved, dialplanTree);
  assert.equal(moved.range.start, record("ulaw,alaw").indexOf("exten =>"));
});

test("a re-parsed document that includes others puts back its kept sections, but never one an #include adds lines to", async () => {
  // [top] holds an #include: what the included file starts with (lines before its first header) lands in [top].
  const main = "[general]\ncontext=default\n[top]\nhost=10.0.0.1\n#include extra.conf\n[mid]\nhost=10.0.0.2\n[low]\nhost=10.0.0.3\n[last]\nhost=10.0.0.4\n";
  const files = { "sip.conf": main, "extra.conf": "[x1]\nhost=10.0.0.9\n" };
  const ws = workspaceOf(files);
  const before = sipUnit(ws);
  const named = (unit: ConfUnit, name: string) => unit.sections.find((s) => s.name === name && s.uri === "/ws/sip.conf");
  const steps: Record<string, string>[] = [
    // An edit in [low] (same length: the lines below move within theirs): [general] and [mid] come back whole.
    { "sip.conf": main.replace("10.0.0.3", "10.0.0.8") },
    // Both files before the next build: [top] is read line by line, and so gets the line the included file now
    // starts with.
    { "sip.conf": main.replace("10.0.0.4", "10.0.0.5"), "extra.conf": "qualify=no\n[x1]\nhost=10.0.0.9\n" },
    // The included file now starts with a line of its own: it joins [top], and the put-back sections stay as they were.
    { "extra.conf": "nat=no\n[x1]\nhost=10.0.0.9\n" },
    { "sip.conf": main.replace("10.0.0.4", "10.0.0.7") },
    // A line added after the #include: it goes to the section open then, the included file's last.
    { "sip.conf": main.replace("#include extra.conf\n", "#include extra.conf\nqualify=yes\n") },
  ];
  const now = { ...files };
  let kept = false;
  for (const step of steps) {
    const previous = sipUnit(ws);
    Object.assign(now, step);
    for (const [name, text] of Object.entries(step)) ws.setDocument(`/ws/${name}`, text);
    const after = sipUnit(ws);
    assert.deepEqual(shape(after), shape(sipUnit(workspaceOf(now))), JSON.stringify(step));
    if (step["sip.conf"] && named(after, "mid") === named(previous, "mid")) kept = true;
  }
  assert.ok(kept, "a section of the re-parsed sip.conf came back as the same object");
  assert.notEqual(named(sipUnit(ws), "top"), named(before, "top"));
  assert.deepEqual(shape(sipUnit(ws)).slice(1, 3), ["top@sip.conf: host=10.0.0.1 nat=no", "x1@extra.conf: host=10.0.0.9 qualify=yes"]);
  // Came back whole: its lines were not added one by one (a long [mid], then an edit in [last]).
  const { UnitBuilder } = await import("../../server/src/service/model/unit-builder");
  const long = main.replace("[mid]\n", "[mid]\n" + "qualify=yes\n".repeat(40));
  ws.setDocument("/ws/sip.conf", long);
  ws.setDocument("/ws/extra.conf", files["extra.conf"]);
  sipUnit(ws);
  const add = UnitBuilder.prototype.addOption;
  let added = 0;
  UnitBuilder.prototype.addOption = function (this: InstanceType<typeof UnitBuilder>, ...args: Parameters<typeof add>) {
    added++;
    return add.apply(this, args);
  };
  try {
    ws.setDocument("/ws/sip.conf", long.replace("10.0.0.4", "10.0.0.6"));
    sipUnit(ws);
  } finally {
    UnitBuilder.prototype.addOption = add;
  }
  assert.ok(added < 10, `${added} lines added one by one`);
  assert.deepEqual(shape(sipUnit(ws)), shape(sipUnit(workspaceOf({ "sip.conf": long.replace("10.0.0.4", "10.0.0.6"), "extra.conf": files["extra.conf"] }))));
});

test("a section whose lines differ takes over the old section's entries for the lines it still holds, placed in it", () => {
  let text = "[general]\ncontext=default\n[p]\nhost=h\ntype=peer\nqualify=yes\nallow=ulaw\ndtmfmode=rfc2833\nnat=no\n";
  const ws = workspaceOf({ "sip.conf": text });
  // A line replaced, then one added, then one removed: the other lines keep their entries, placing them in the new section.
  const edits: [string, string, string[]][] = [
    ["qualify=yes", "qualify=no", ["host", "type", "allow", "dtmfmode", "nat"]],
    ["allow=ulaw", "allow=ulaw\ncanreinvite=no", ["host", "type", "qualify", "allow", "dtmfmode", "nat"]],
    ["dtmfmode=rfc2833\n", "", ["host", "type", "qualify", "allow", "canreinvite", "nat"]],
  ];
  for (const [from, to, keys] of edits) {
    const old = sipUnit(ws).sections.find((s) => s.name === "p")!;
    const before = [...old.options];
    text = text.replace(from, to);
    ws.setDocument("/ws/sip.conf", text);
    const fresh = sipUnit(ws).sections.find((s) => s.name === "p")!;
    assert.notEqual(fresh, old);
    assert.deepEqual(fresh.options.filter((o) => before.includes(o)).map((o) => o.node.key), keys, to);
    for (const option of fresh.options) assert.equal(option.section, fresh);
    assert.deepEqual(shape(sipUnit(ws)), shape(sipUnit(workspaceOf({ "sip.conf": text }))));
  }
});

test("lines removed at once, a few or many, leave the entries of the lines below them taken over", () => {
  const lines = Array.from({ length: 40 }, (_, i) => `setvar=V${i}=1`);
  const text = ["[general]", "[p]", ...lines, ""].join("\n");
  for (const removed of [6, 12]) {
    const ws = workspaceOf({ "sip.conf": text });
    const before = [...sipUnit(ws).sections.find((s) => s.name === "p")!.options];
    const edited = ["[general]", "[p]", ...lines.slice(0, 10), ...lines.slice(10 + removed), ""].join("\n");
    ws.setDocument("/ws/sip.conf", edited);
    const fresh = sipUnit(ws).sections.find((s) => s.name === "p")!;
    assert.equal(fresh.options.filter((o) => before.includes(o)).length, 40 - removed, `${removed} lines removed`);
    assert.deepEqual(shape(sipUnit(ws)), shape(sipUnit(workspaceOf({ "sip.conf": edited }))));
  }
});
