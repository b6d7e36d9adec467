// Secrets stay masked across edits: lines a re-parse keeps keep their secrets, a secret typed in later is masked at
// once, and a secret removed from every file is no longer masked (the masker follows the workspace's secrets).
import { test } from "node:test";
import assert from "node:assert/strict";
import { MASK } from "../../server/src/service/secrets";
import { workspaceOf, WS } from "../helpers";

const SIP = "[carrier]\ntype=peer\nsecret=Xk9pLm2Qr7\nhost=192.0.2.1\n";

test("an edit below a secret keeps it masked, and a secret added by an edit is masked at once", () => {
  const service = workspaceOf({ "sip.conf": SIP });
  assert.equal(service.mask("pw Xk9pLm2Qr7"), `pw ${MASK}`);
  service.setDocument(WS + "sip.conf", SIP + "context=from-trunk\n");
  assert.equal(service.mask("pw Xk9pLm2Qr7"), `pw ${MASK}`, "a secret on a line the re-parse kept");
  assert.equal(service.mask("new Zq8wVt5Nn3"), "new Zq8wVt5Nn3");
  service.setDocument(WS + "sip.conf", SIP + "context=from-trunk\n\n[other]\ntype=peer\nsecret=Zq8wVt5Nn3\n");
  assert.equal(service.mask("new Zq8wVt5Nn3"), `new ${MASK}`);
  assert.equal(service.mask("pw Xk9pLm2Qr7"), `pw ${MASK}`);
});

test("a secret edited out of the file is no longer masked, and one written as an escaped value is", () => {
  const service = workspaceOf({ "sip.conf": SIP });
  service.setDocument(WS + "sip.conf", SIP.replace("Xk9pLm2Qr7", "Wd4hGf6Jk1"));
  assert.equal(service.mask("Xk9pLm2Qr7 Wd4hGf6Jk1"), `Xk9pLm2Qr7 ${MASK}`);
  // Asterisk keeps `ab;cd` of `ab\;cd`: both spellings are masked.
  service.setDocument(WS + "sip.conf", SIP.replace("Xk9pLm2Qr7", "Pq3\\;Rs5Tv8"));
  assert.equal(service.mask("Pq3;Rs5Tv8"), MASK);
  assert.equal(service.mask("Pq3\\;Rs5Tv8"), MASK);
});

test("a secret below an edit stays masked, also when the edit moves it to another offset", () => {
  const service = workspaceOf({ "sip.conf": SIP });
  assert.equal(service.mask("Xk9pLm2Qr7"), MASK);
  service.setDocument(WS + "sip.conf", "; a new first line\n" + SIP);
  assert.equal(service.mask("Xk9pLm2Qr7"), MASK);
  service.setDocument(WS + "sip.conf", SIP.replace("type=peer", "type=friend"));
  assert.equal(service.mask("Xk9pLm2Qr7"), MASK);
  service.setDocument(WS + "sip.conf", "[carrier]\n;--\n" + SIP.slice("[carrier]\n".length));
  service.setDocument(WS + "sip.conf", SIP);
  assert.equal(service.mask("Xk9pLm2Qr7"), MASK);
});

test("a finding kept from before an edit is masked once another file's edit makes its text a secret", () => {
  const extensions = "[from-trunk]\nexten => 100,1,Xyzzy7Plugh3()\nsame => n,Hangup()\n";
  const service = workspaceOf({ "sip.conf": SIP, "extensions.conf": extensions });
  const unknownApp = () => service.diagnostics(WS + "extensions.conf").find((f) => f.code === "dialplan/unknown-application");
  assert.match(unknownApp()?.message ?? "", /Xyzzy7Plugh3/);
  service.setDocument(WS + "sip.conf", SIP + "\n[other]\ntype=peer\nsecret=Xyzzy7Plugh3\n");
  const shown = unknownApp();
  assert.ok(shown);
  assert.doesNotMatch(shown.message, /Xyzzy7Plugh3/);
  assert.ok(shown.message.includes(MASK));
  service.setDocument(WS + "sip.conf", SIP);
  assert.match(unknownApp()?.message ?? "", /Xyzzy7Plugh3/);
});

test("an edit within a line that changes no secret keeps the file's secret list; one that changes a secret does not", () => {
  const sip = "[general]\ncontext=default\n[a]\ntype=peer\nsecret=Aa1Bb2Cc3Dd\nhost=192.0.2.1\n[b]\ntype=peer\nsecret=Ee4Ff5Gg6Hh\n";
  const service = workspaceOf({ "sip.conf": sip });
  assert.equal(service.mask("Aa1Bb2Cc3Dd Ee4Ff5Gg6Hh"), `${MASK} ${MASK}`);
  const listOf = () => service.workspace.document(WS + "sip.conf")!.conf!.secretList;
  const before = listOf();
  assert.deepEqual(before, ["Aa1Bb2Cc3Dd", "Ee4Ff5Gg6Hh"]);
  service.setDocument(WS + "sip.conf", sip.replace("context=default", "context=inbound"));
  assert.equal(service.mask("Ee4Ff5Gg6Hh"), MASK);
  assert.equal(listOf(), before, "no secret changed: the list is carried over");
  // The secret of [a] changes within its line: the new one is masked, the old one no longer.
  service.setDocument(WS + "sip.conf", sip.replace("context=default", "context=inbound").replace("Aa1Bb2Cc3Dd", "Zz9Yy8Xx7Ww"));
  assert.equal(service.mask("Aa1Bb2Cc3Dd Zz9Yy8Xx7Ww Ee4Ff5Gg6Hh"), `Aa1Bb2Cc3Dd ${MASK} ${MASK}`);
  assert.notEqual(listOf(), before);
  // A secret line emptied within its line (same number of lines): its secret is gone.
  service.setDocument(WS + "sip.conf", sip.replace("secret=Ee4Ff5Gg6Hh", "secret="));
  assert.equal(service.mask("Ee4Ff5Gg6Hh Aa1Bb2Cc3Dd"), `Ee4Ff5Gg6Hh ${MASK}`);
});

test("edits of one line made while nothing asked for the secrets carry the list over, and a secret changed on the way is not lost", () => {
  const sip = "[general]\ncontext=default\n[a]\ntype=peer\nsecret=Aa1Bb2Cc3Dd\nhost=192.0.2.1\nallow=ulaw\n[b]\ntype=peer\nsecret=Ee4Ff5Gg6Hh\n";
  const service = workspaceOf({ "sip.conf": sip });
  const listOf = () => service.workspace.document(WS + "sip.conf")!.conf!.secretList;
  assert.equal(service.mask("Aa1Bb2Cc3Dd"), MASK);
  const before = listOf();
  // The same line edited twice, the list asked for only after the second edit: it is the first tree's list.
  service.setDocument(WS + "sip.conf", sip.replace("allow=ulaw", "allow=ulw"));
  service.setDocument(WS + "sip.conf", sip.replace("allow=ulaw", "allow=alaw"));
  assert.equal(service.mask("Ee4Ff5Gg6Hh"), MASK);
  assert.equal(listOf(), before, "carried over through the tree nobody asked about");
  // The line in between held a secret of its own: the list is worked out again and holds what the text holds now.
  service.setDocument(WS + "sip.conf", sip.replace("allow=ulaw", "secret=Qq2Ww3Ee4Rr"));
  service.setDocument(WS + "sip.conf", sip.replace("allow=ulaw", "allow=g729"));
  assert.equal(service.mask("Qq2Ww3Ee4Rr Aa1Bb2Cc3Dd"), `Qq2Ww3Ee4Rr ${MASK}`);
  assert.deepEqual(listOf(), ["Aa1Bb2Cc3Dd", "Ee4Ff5Gg6Hh"]);
  // Another line edited in between, gaining a secret: not the same lines, so the list is worked out from the text.
  service.setDocument(WS + "sip.conf", sip);
  assert.equal(service.mask("Aa1Bb2Cc3Dd"), MASK);
  service.setDocument(WS + "sip.conf", sip.replace("context=default", "secret=Oo1Pp2Ll3Kk"));
  service.setDocument(WS + "sip.conf", sip.replace("context=default", "secret=Oo1Pp2Ll3Kk").replace("allow=ulaw", "allow=gsm"));
  assert.equal(service.mask("Oo1Pp2Ll3Kk"), MASK);
});
