// The security hover on `[general]` and `context=` lines: what callers who need no password can reach, with the
// section or option hover kept above it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { workspaceOf } from "../helpers";

const SIP = "[general]\ncontext=public\n\n[acme]\ntype=peer\nhost=192.0.2.10\ncontext=trunkinbound\n";
const EXT = "[public]\ninclude => outbound\n[outbound]\nexten => _91NXXNXXXXXX,1,Dial(SIP/acme/${EXTEN:1})\n[trunkinbound]\nexten => _X.,1,Hangup()\n";

test("hover on [general] lists the guests, the contexts they reach and the carrier Dial", () => {
  const service = workspaceOf({ "sip.conf": SIP, "extensions.conf": EXT });
  const hover = service.hover("/ws/sip.conf", 3)!;
  assert.match(hover.markdown, /chan_sip global settings/, "the section hover stays");
  assert.match(hover.markdown, /\*\*Callers who need no password\*\*/);
  assert.match(hover.markdown, /chan_sip guests .* → \[public\]/);
  assert.match(hover.markdown, /reaches \[public\], \[outbound\]/);
  assert.match(hover.markdown, /⚠ can dial carrier `acme`: `Dial\(SIP\/acme\/\$\{EXTEN:1\}\)` in \[outbound\] \(extensions\.conf line 4\)/);
});

test("hover on a context= line: the guest context shows the path, a carrier's inbound context shows what it reaches", () => {
  const service = workspaceOf({ "sip.conf": SIP, "extensions.conf": EXT });
  const guest = service.hover("/ws/sip.conf", SIP.indexOf("context=public") + 2)!;
  assert.match(guest.markdown, /land here/);
  assert.match(guest.markdown, /can dial carrier `acme`/);
  const inbound = service.hover("/ws/sip.conf", SIP.indexOf("context=trunkinbound") + 2)!;
  assert.match(inbound.markdown, /Calls in \[trunkinbound\]/);
  assert.match(inbound.markdown, /no Dial to a carrier/);
});

test("with allowguest=no the [general] hover says guests are refused", () => {
  const service = workspaceOf({ "sip.conf": "[general]\nallowguest=no\ncontext=public\n", "extensions.conf": EXT });
  assert.match(service.hover("/ws/sip.conf", 3)!.markdown, /chan_sip guests are refused/);
});
