// `workspaceReads` of the dialplan-wide, security and skipped-input workspace rules: an edit in a file of a dialect
// (or a note) a rule does not read reuses its findings; an edit in one it reads runs it again, as a fresh analysis.
import { test } from "node:test";
import { forgetOversize, noteOversize, noteSkippedInclude } from "../../server/src/service/model/skipped-input";
import { checkReads, replace, WS, type Change, type Step } from "./workspace-reads-harness";

const genericEdit: Step = { what: "a sip_notify.conf (generic) edit", change: replace("sip_notify.conf", "Event=check-sync", "Event=resync"), reads: false };
const unknownEdit: Step = { what: "an edit of a file of no known kind", change: replace("notes.txt", "old", "new"), reads: false };
const GENERIC = { "sip_notify.conf": "[reboot]\nEvent=check-sync\n", "notes.txt": "old notes\n" };

const oversize = (name: string): Change => (workspace) => {
  workspace.setDocument(WS + name, "");
  noteOversize(workspace, { uri: WS + name, size: 9_000_000, limit: 5_000_000 });
};

test("carrier/dial-technology reads the dialplan, the peers of every technology and the carrier records", () => {
  const carrier = "carrier_id: S1\nprotocol: SIP\nserver_ip: 0.0.0.0\nactive: Y\n[[account_entry]]\n[s1]\ntype=peer\nhost=192.0.2.1\n[[dialplan_entry]]\nexten => _91NXXNXXXXXX,1,Dial(PJSIP/${EXTEN:1}@s1,,To)\n";
  checkReads({
    code: "carrier/dial-technology",
    files: { ...GENERIC, "S1.carrier": carrier, "pjsip.conf": "[other]\ntype=endpoint\n" },
    steps: [genericEdit, unknownEdit, { what: "a PJSIP endpoint s1 in pjsip.conf", change: replace("pjsip.conf", "[other]", "[s1]"), reads: true }],
  });
});

test("globals/undefined-peer reads the dialplan and the peer units, not generic ones", () => {
  checkReads({
    code: "globals/undefined-peer",
    files: { ...GENERIC, "sip.conf": "[general]\n[trunk1]\ntype=peer\nhost=203.0.113.5\n", "extensions.conf": "[out]\nexten => _9X.,1,Dial(SIP/trunk2/${EXTEN:1})\n" },
    steps: [
      genericEdit,
      { what: "the peer renamed", change: replace("sip.conf", "[trunk1]", "[trunk2]"), reads: true },
      { what: "the Dial renamed", change: replace("extensions.conf", "SIP/trunk2", "SIP/trunk3"), reads: true },
    ],
  });
});

/** chan_sip guests (an empty main sip.conf allows them) land in [default], which dials a trunk out. */
const GUESTS = { ...GENERIC, "sip.conf": "", "sip-trunks.conf": "[trunk1]\ntype=peer\nhost=203.0.113.5\n" };
const GUEST_PATH = { ...GUESTS, "extensions.conf": "[default]\nexten => _X.,1,Dial(SIP/trunk1/${EXTEN})\n" };

test("security/unauthenticated-carrier-path reads the dialplan, the peer units and the oversize notes", () => {
  checkReads({
    code: "security/unauthenticated-carrier-path",
    files: GUEST_PATH,
    steps: [
      genericEdit,
      unknownEdit,
      { what: "a second carrier Dial", change: replace("extensions.conf", "Dial(SIP/trunk1/${EXTEN})", "Dial(SIP/trunk1/${EXTEN})\nexten => _X.,n,Dial(SIP/trunk1/9${EXTEN})"), reads: true },
      { what: "an oversize note on the (empty) sip.conf", change: oversize("sip.conf"), reads: true },
    ],
  });
});

test("security/unknown-reach reads the dialplan, the peer units and the oversize notes", () => {
  checkReads({
    code: "security/unknown-reach",
    // Without a main extensions.conf a context the files do not define may exist on the server.
    files: { ...GUESTS, "extensions_custom.conf": "[default]\nexten => _X.,1,Goto(elsewhere,${EXTEN},1)\n" },
    steps: [
      genericEdit,
      { what: "the unknown context changed", change: replace("extensions_custom.conf", "elsewhere", "nowhere"), reads: true },
      { what: "an oversize note on the (empty) sip.conf", change: oversize("sip.conf"), reads: true },
    ],
  });
});

test("security/dial-through reads the dialplan and the peer units", () => {
  const sip = "[general]\nallowguest=no\n[trunk1]\ntype=peer\nhost=203.0.113.5\nsecret=Xy7pQ2rT9wLmZ4\ncontext=from-trunk\n";
  checkReads({
    code: "security/dial-through",
    files: { ...GENERIC, "sip.conf": sip, "extensions.conf": "[from-trunk]\nexten => _X.,1,Dial(SIP/trunk1/${EXTEN})\n" },
    steps: [genericEdit, unknownEdit, { what: "no Dial back out", change: replace("extensions.conf", "Dial(SIP/trunk1/${EXTEN})", "Hangup()"), reads: true }],
  });
});

const PHONES = "[general]\n[phone1]\ntype=friend\nhost=dynamic\nsecret=1234\n[phone2]\ntype=friend\nhost=dynamic\nsecret=1234\n";
const extensionsEdit: Step = { what: "an extensions.conf edit", change: replace("extensions.conf", "Answer()", "Wait(1)"), reads: false };
const WITH_DIALPLAN = { ...GENERIC, "sip.conf": PHONES, "extensions.conf": "[phones]\nexten => s,1,Answer()\n" };

test("security/shared-secret reads the peer units only", () => {
  checkReads({
    code: "security/shared-secret",
    files: WITH_DIALPLAN,
    steps: [extensionsEdit, genericEdit, { what: "a password of its own", change: replace("sip.conf", "secret=1234", "secret=Vq8xLm2Pz7Rt"), reads: true }],
  });
});

test("security/weak-secret reads the peer units only", () => {
  checkReads({
    code: "security/weak-secret",
    files: WITH_DIALPLAN,
    steps: [extensionsEdit, genericEdit, { what: "a strong password", change: replace("sip.conf", "secret=1234", "secret=Vq8xLm2Pz7Rt"), reads: true }],
  });
});

test("syntax/file-too-large reads the oversize notes and their documents only", () => {
  checkReads({
    code: "syntax/file-too-large",
    files: { ...WITH_DIALPLAN, "iax.conf": "[general]\n" },
    setup: oversize("iax.conf"),
    steps: [
      extensionsEdit,
      { what: "a sip.conf edit", change: replace("sip.conf", "[general]", "[general]\nbindport=5060"), reads: false },
      { what: "another oversize file", change: oversize("pjsip.conf"), reads: true },
      { what: "the note on iax.conf dropped", change: (workspace) => void forgetOversize(workspace, WS + "iax.conf"), reads: true },
    ],
  });
});

test("syntax/include-skipped reads the skipped-include notes and the documents that include them only", () => {
  checkReads({
    code: "syntax/include-skipped",
    files: { ...WITH_DIALPLAN, "iax.conf": "[general]\n#include iax-big.conf\n" },
    setup: (workspace) => noteSkippedInclude(workspace, { from: WS + "iax.conf", argument: "iax-big.conf", reason: "too-large", size: 9_000_000, limit: 5_000_000 }),
    steps: [
      extensionsEdit,
      { what: "an include in sip.conf, which no note names", change: replace("sip.conf", "[general]", "[general]\n#tryinclude /dev/zero"), reads: false },
      { what: "a note on that include", change: (workspace) => noteSkippedInclude(workspace, { from: WS + "sip.conf", argument: "/dev/zero", reason: "not-a-file", limit: 5_000_000 }), reads: true },
      { what: "a line above the iax.conf include", change: replace("iax.conf", "[general]", "[general]\nbindport=4569"), reads: true },
    ],
  });
});
