// File kinds: which dialect a document's name implies, and which files only look like a driver's conf.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dialectOfProtocol, fileKindOf } from "../../server/src/service/model/file-kind";

test("driver confs, VICIdial's generated files and records are recognised by name", () => {
  assert.deepEqual(fileKindOf("/etc/asterisk/sip.conf"), { kind: "conf", dialect: "sip" });
  assert.deepEqual(fileKindOf("/etc/asterisk/sip-vicidial.conf"), { kind: "conf", dialect: "sip" });
  assert.deepEqual(fileKindOf("/x/pjsip_wizard.conf"), { kind: "conf", dialect: "pjsip_wizard" });
  assert.deepEqual(fileKindOf("/x/iax.conf.sample"), { kind: "conf", dialect: "iax" });
  assert.deepEqual(fileKindOf("/x/extensions-vicidial.conf"), { kind: "conf", dialect: "extensions" });
  assert.deepEqual(fileKindOf("/x/a.carrier"), { kind: "carrier" });
  assert.deepEqual(fileKindOf("/x/a.conftemplate"), { kind: "template" });
  assert.deepEqual(fileKindOf("/x/notes.txt"), { kind: "unknown" });
});

test("NOTIFY and provisioning files are plain conf files, not peer files", () => {
  for (const name of ["sip_notify.conf", "pjsip_notify.conf", "iaxprov.conf", "iax_provisioning.conf.sample"]) {
    assert.deepEqual(fileKindOf(`/etc/asterisk/${name}`), { kind: "conf", dialect: "generic" }, name);
  }
});

test("settings associations win, and protocols map to dialects (Zap/EXTERNAL to none)", () => {
  assert.deepEqual(fileKindOf("/x/trunks.txt", { "trunks.txt": "sip" }), { kind: "conf", dialect: "sip" });
  assert.equal(dialectOfProtocol("pjsip_wiz"), "pjsip_wizard");
  assert.equal(dialectOfProtocol("Zap"), undefined);
  assert.equal(dialectOfProtocol("EXTERNAL"), undefined);
});

test("absurd association globs neither throw nor stall", () => {
  assert.deepEqual(fileKindOf("/x/" + "a".repeat(200) + ".txt", { ["*".repeat(50) + "b"]: "sip" }), { kind: "unknown" });
  assert.deepEqual(fileKindOf("/x/t.conf", { ["a".repeat(300_000)]: "sip" }), { kind: "unknown" });
});
