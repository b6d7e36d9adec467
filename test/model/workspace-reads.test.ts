// `workspaceReads` of the peer, auth, codec and register workspace rules: an edit in a file of a dialect a rule does
// not read reuses its findings; an edit in one it reads runs it again, with the findings of a fresh analysis.
import { test } from "node:test";
import { checkReads, replace, type Step } from "./workspace-reads-harness";

const EXTENSIONS = "[from-trunk]\nexten => s,1,Answer()\nexten => s,n,Hangup()\n";
const PJSIP = "[phone9]\ntype=endpoint\ncontext=from-phones\n";

/** Edits in files of dialects the peer rules do not read. */
const extensionsEdit: Step = { what: "an extensions.conf edit", change: replace("extensions.conf", "Answer()", "Wait(1)"), reads: false };
const genericEdit: Step = { what: "a sip_notify.conf (generic) edit", change: replace("sip_notify.conf", "Event=check-sync", "Event=resync"), reads: false };
const pjsipEdit: Step = { what: "a pjsip.conf edit", change: replace("pjsip.conf", "from-phones", "phones"), reads: false };
const iaxEdit: Step = { what: "an iax.conf edit", change: replace("iax.conf", "4569", "4570"), reads: false };

const OTHERS = {
  "extensions.conf": EXTENSIONS,
  "pjsip.conf": PJSIP,
  "sip_notify.conf": "[reboot]\nEvent=check-sync\n",
  "iax.conf": "[general]\nbindport=4569\n",
};

const REGISTERING_TRUNK = "[general]\ncontext=default\nregister => user1:pw1@trunk1\n[trunk1]\ntype=peer\nhost=203.0.113.5\ninsecure=invite\n";

test("auth/missing-context reads the peer units and whether the system is VICIdial's", () => {
  checkReads({
    code: "auth/missing-context",
    files: { ...OTHERS, "sip.conf": REGISTERING_TRUNK, "extensions.conf": "[trunkinbound]\nexten => s,1,Answer()\n" },
    steps: [
      extensionsEdit,
      genericEdit,
      { what: "extensions.conf no longer VICIdial's", change: replace("extensions.conf", "[trunkinbound]", "[inbound]"), reads: true },
      { what: "a context for the trunk", change: replace("sip.conf", "insecure=invite", "insecure=invite\ncontext=from-trunk"), reads: true },
    ],
  });
});

test("auth/mixed-registration-ip-auth reads sip and iax units only", () => {
  checkReads({
    code: "auth/mixed-registration-ip-auth",
    files: { ...OTHERS, "sip.conf": REGISTERING_TRUNK },
    steps: [extensionsEdit, genericEdit, pjsipEdit, { what: "a secret for the peer", change: replace("sip.conf", "insecure=invite", "insecure=invite\nsecret=Xy7pQ2rT9wLm"), reads: true }],
  });
});

test("auth/register-peer-mismatch reads sip and iax units only", () => {
  const sip = "[general]\nregister => user1:pw1@trunk1\n[trunk1]\ntype=peer\nhost=203.0.113.5\ndefaultuser=user2\nsecret=pw1\ncontext=from-trunk\n";
  checkReads({
    code: "auth/register-peer-mismatch",
    files: { ...OTHERS, "sip.conf": sip },
    steps: [extensionsEdit, genericEdit, pjsipEdit, { what: "the same user on both", change: replace("sip.conf", "defaultuser=user2", "defaultuser=user1"), reads: true }],
  });
});

test("codec/no-common-codec reads every unit but extensions", () => {
  const sip = "[general]\ndisallow=all\nallow=ulaw\n[p1]\ntype=peer\nhost=203.0.113.5\ndisallow=all\nallow=gsm\n";
  checkReads({
    code: "codec/no-common-codec",
    files: { ...OTHERS, "sip.conf": sip },
    steps: [extensionsEdit, { what: "a shared codec", change: replace("sip.conf", "allow=gsm", "allow=ulaw"), reads: true }],
  });
});

test("peer/duplicate-section reads the peer units and the carrier records", () => {
  const carrier = (id: string, ip: string) => `carrier_id: ${id}\nprotocol: SIP\nserver_ip: ${ip}\nactive: Y\n[[account_entry]]\n[x]\ntype=peer\nhost=192.0.2.1\n`;
  checkReads({
    code: "peer/duplicate-section",
    files: {
      ...OTHERS,
      "sip.conf": "[general]\n[dup]\ntype=peer\nhost=203.0.113.5\n[dup]\ntype=peer\nhost=203.0.113.6\n",
      "A1.carrier": carrier("A1", "10.0.0.1"),
      "B1.carrier": carrier("B1", "10.0.0.2"),
    },
    steps: [
      extensionsEdit,
      genericEdit,
      { what: "both carriers on one server", change: replace("B1.carrier", "10.0.0.2", "10.0.0.1"), reads: true },
      { what: "the second [dup] renamed", change: replace("sip.conf", "[dup]\ntype=peer\nhost=203.0.113.6", "[dup2]\ntype=peer\nhost=203.0.113.6"), reads: true },
    ],
  });
});

test("peer/nat-differs reads sip units only", () => {
  checkReads({
    code: "peer/nat-differs",
    files: { ...OTHERS, "sip.conf": "[general]\nnat=force_rport\n[p1]\ntype=peer\nhost=203.0.113.5\nnat=no\n" },
    steps: [extensionsEdit, iaxEdit, pjsipEdit, genericEdit, { what: "the same nat", change: replace("sip.conf", "nat=no", "nat=force_rport"), reads: true }],
  });
});

test("register/pjsip-outbound-auth reads pjsip and wizard units only", () => {
  const pjsip = "[reg]\ntype=registration\nserver_uri=sip:203.0.113.5\nclient_uri=sip:u@203.0.113.5\noutbound_auth=trunk-oauth\n";
  checkReads({
    code: "register/pjsip-outbound-auth",
    files: { ...OTHERS, "pjsip.conf": pjsip, "pjsip_wizard.conf": "[phones]\ntype=wizard\n", "sip.conf": "[general]\nbindport=5060\n" },
    steps: [
      extensionsEdit,
      iaxEdit,
      { what: "a sip.conf edit", change: replace("sip.conf", "5060", "5061"), reads: false },
      { what: "a wizard that sends auth", change: replace("pjsip_wizard.conf", "[phones]", "[trunk]\ntype=wizard\nsends_auth=yes\nremote_hosts=203.0.113.5\n[phones]"), reads: true },
    ],
  });
});
