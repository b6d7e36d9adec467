// Register line parsers: chan_sip's own unit-test cases, the behaviour probed on a real Asterisk 20, chan_iax2's
// split at the first '@', offsets of every part, and the sensitive marking of the password.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRegisterValue, part, type RegisterLine } from "../../server/src/service/model/register-line";

const sip = (value: string, offset = 0) => parseRegisterValue("sip", value, offset);
const iax = (value: string, offset = 0) => parseRegisterValue("iax", value, offset);

function fields(line: RegisterLine): Record<string, string> {
  return Object.fromEntries(line.parts.map((p) => [p.name, p.value]));
}

const kinds = (line: RegisterLine) => line.problems.map((p) => p.kind);

test("chan_sip unit-test cases parse to the same fields", () => {
  assert.deepEqual(fields(sip("name@domain")), { user: "name", host: "domain" });
  assert.deepEqual(fields(sip("name:pass@domain")), { user: "name", secret: "pass", host: "domain" });
  assert.deepEqual(fields(sip("name@namedomain:pass:authuser@domain")), {
    user: "name",
    domain: "namedomain",
    secret: "pass",
    authuser: "authuser",
    host: "domain",
  });
  const full = sip("peer?tcp://name@namedomain:pass:authuser@domain:1234/extension~111");
  assert.deepEqual(fields(full), {
    peer: "peer",
    transport: "tcp",
    user: "name",
    domain: "namedomain",
    secret: "pass",
    authuser: "authuser",
    host: "domain",
    port: "1234",
    extension: "extension",
    expiry: "111",
  });
  assert.equal(full.transport, "tcp");
  assert.equal(full.port, 1234);
  assert.equal(full.extension, "extension");
  assert.equal(full.expiry, 111);
  assert.deepEqual(full.problems, []);

  const tls = sip("tls://name@namedomain:pass:authuser@domain/extension~111");
  assert.equal(tls.transport, "tls");
  assert.equal(tls.port, 5061, "tls defaults to 5061");
  assert.ok(tls.portDefaulted);
});

test("the 4-field form puts the domain port first and reorders secret and authuser", () => {
  const line = sip("name@namedomain:4321:pass:authuser@domain");
  assert.ok(line.reordered);
  assert.equal(line.domainPort, 4321);
  assert.equal(part(line, "secret")?.value, "pass");
  assert.equal(part(line, "authuser")?.value, "authuser");
  const empty = sip("3456@mydomain:5082::@mysipprovider.com");
  assert.equal(empty.domainPort, 5082);
  assert.equal(part(empty, "secret")?.value, "");
  assert.equal(part(empty, "authuser")?.value, "");
  assert.deepEqual(empty.problems, []);
});

test("chan_sip's expected failures are rejected", () => {
  const noHost = sip("peer?name:pass:authuser:1234/extension~111");
  assert.equal(noHost.accepted, false);
  assert.deepEqual(kinds(noHost), ["missing-host"]);
  const noUser = sip("@domin:1234");
  assert.equal(noUser.accepted, false);
  assert.deepEqual(kinds(noUser), ["empty-user"]);
  assert.equal(sip("").accepted, false);
  assert.deepEqual(kinds(sip("")), ["empty"]);
  assert.equal(sip("user:pass@").accepted, false);
  assert.equal(sip("udp:/user:pass@host").accepted, false, "a single slash is a broken transport prefix");
  assert.deepEqual(kinds(sip("udp:/user:pass@host")), ["slash-in-user"]);
});

test("probed chan_sip behaviour: defaults, notices and silent fallbacks", () => {
  // R01, R04, R05, R06: the plain forms.
  const r01 = sip("user:pass@127.0.0.1:5060");
  assert.equal(r01.port, 5060);
  assert.equal(r01.extension, "s");
  assert.equal(r01.expiry, undefined);
  assert.equal(sip("user:pass@127.0.0.1:5060/1000").extension, "1000");
  assert.equal(sip("user:pass@127.0.0.1:5060~120").expiry, 120);
  // R11/R12: bad port → NOTICE and 5060.
  const r11 = sip("user:pass@127.0.0.1:abc");
  assert.deepEqual(kinds(r11), ["bad-port"]);
  assert.equal(r11.port, 5060);
  assert.equal(r11.problems[0].silent, false);
  const r12 = sip("user:pass@127.0.0.1:70000");
  assert.deepEqual(kinds(r12), ["port-range"]);
  assert.equal(r12.port, 5060);
  // sscanf reads the leading digits of "50a60": port 50, no notice.
  const partial = sip("user:pass@127.0.0.1:50a60");
  assert.equal(partial.port, 50);
  assert.deepEqual(kinds(partial), ["bad-port"]);
  assert.equal(partial.problems[0].silent, true);
  // R13: empty user is accepted, silently.
  const r13 = sip(":pass@127.0.0.1");
  assert.ok(r13.accepted);
  assert.deepEqual(kinds(r13), ["empty-user"]);
  // R14/R15: blanks inside a part stay, blanks around '@' are trimmed.
  assert.deepEqual(kinds(sip("us er:pass@127.0.0.1")), ["space-in-part"]);
  const r15 = sip("user:pass @ 127.0.0.1");
  assert.deepEqual(r15.problems, []);
  assert.equal(part(r15, "host")?.value, "127.0.0.1");
  // R16: trailing slash → extension s.
  const r16 = sip("user:pass@127.0.0.1:5060/");
  assert.equal(r16.extension, "s");
  assert.deepEqual(kinds(r16), ["trailing-slash"]);
  // R17: ~abc → Expires 0.
  const r17 = sip("user:pass@127.0.0.1:5060~abc");
  assert.equal(r17.expiry, 0);
  assert.deepEqual(kinds(r17), ["bad-expiry"]);
  assert.deepEqual(kinds(sip("user:pass@h~")), ["bad-expiry"]);
  assert.equal(sip("user:pass@h~90s").expiry, 90);
  // R18: unknown transport → UDP with a notice; only the first three letters count.
  const r18 = sip("foo://user:pass@127.0.0.1");
  assert.equal(r18.transport, "udp");
  assert.deepEqual(kinds(r18), ["unknown-transport"]);
  assert.equal(sip("TCP://user:pass@h").transport, "tcp");
  // R19, R24: no secret; peer prefix.
  assert.deepEqual(sip("user@127.0.0.1").problems, []);
  assert.equal(part(sip("nosuchpeer?user:pass@127.0.0.1"), "peer")?.value, "nosuchpeer");
  // The password may contain '@': the split is at the last one.
  assert.equal(part(sip("user:p@ss@host"), "secret")?.value, "p@ss");
  // Surrounding quotes are stripped from each field.
  assert.equal(part(sip('"user":pass@host'), "user")?.value, "user");
});

test("values longer than 255 characters are cut", () => {
  const line = sip("user:pass@" + "h".repeat(300));
  assert.deepEqual(kinds(line), ["too-long"]);
  assert.equal(part(line, "host")?.value.length, 245);
});

test("chan_iax2 splits at the first '@' and the first ':'", () => {
  const i01 = iax("user:secret@127.0.0.1");
  assert.deepEqual(fields(i01), { user: "user", secret: "secret", host: "127.0.0.1" });
  assert.equal(i01.port, 4569);
  assert.ok(i01.portDefaulted);
  assert.deepEqual(i01.problems, []);
  assert.deepEqual(fields(iax("user@127.0.0.1")), { user: "user", host: "127.0.0.1" });
  assert.equal(part(iax("marko:[torkey]@tormenta.example.net"), "secret")?.value, "[torkey]");
  // I03: no host → rejected.
  assert.equal(iax("user:secret").accepted, false);
  assert.deepEqual(kinds(iax("user:secret")), ["missing-host"]);
  // I04: 70000 wraps to 4464, silently.
  const i04 = iax("user:secret@127.0.0.1:70000");
  assert.equal(i04.port, 4464);
  assert.deepEqual(kinds(i04), ["port-range"]);
  assert.equal(i04.problems[0].silent, true);
  // I05: non-numeric port drops the line.
  const i05 = iax("user:secret@127.0.0.1:abc");
  assert.equal(i05.accepted, false);
  assert.deepEqual(kinds(i05), ["bad-port"]);
  // Leading digits are read: 50a60 → 50.
  assert.equal(iax("user:secret@h:50a60").port, 50);
  // I06: SIP-only suffixes end up in the host name.
  const i06 = iax("user:secret@127.0.0.1/1000~120");
  assert.equal(part(i06, "host")?.value, "127.0.0.1/1000~120");
  assert.deepEqual(kinds(i06), ["sip-syntax-on-iax"]);
  // Empty host: the DNS manager refuses it and the line is dropped.
  assert.equal(iax("user@").accepted, false);
  // Blanks are not trimmed by chan_iax2.
  assert.deepEqual(kinds(iax("user:secret @ host")), ["space-in-part", "space-in-part"]);
});

test("SIP habits on IAX lines are recognised", () => {
  const domain = iax("user@domain:pass@host");
  assert.deepEqual(kinds(domain), ["sip-syntax-on-iax", "bad-port"]);
  assert.equal(part(domain, "host")?.value, "domain");
  assert.ok(part(domain, "port")?.sensitive, "the port slot holds the SIP password here");
  assert.deepEqual(kinds(iax("tcp://user:pass@host")), ["sip-syntax-on-iax"]);
  assert.deepEqual(kinds(iax("user:pass:auth@host")), ["sip-syntax-on-iax"]);
  assert.deepEqual(kinds(iax("peer?user:pass@host")), ["sip-syntax-on-iax"]);
});

test("parts carry document offsets", () => {
  const prefix = "register => ";
  const value = "peer?tcp://name@namedomain:pass:authuser@domain:1234/extension~111";
  const doc = prefix + value;
  const line = sip(value, prefix.length);
  for (const p of line.parts) assert.equal(doc.slice(p.span.start, p.span.end), p.raw, p.name);
  assert.equal(doc.slice(part(line, "host")!.span.start, part(line, "host")!.span.end), "domain");
  const iaxLine = iax("user:secret@host:4569", 10);
  assert.deepEqual(part(iaxLine, "port")!.span, { start: 27, end: 31 });
});

test("the password, and fields that may hold it, are marked sensitive", () => {
  const plain = sip("user:S3cr3tPw@host");
  assert.deepEqual(plain.parts.filter((p) => p.sensitive).map((p) => p.name), ["secret"]);
  assert.ok(plain.secrets.includes("S3cr3tPw"));
  // Trailing ':' triggers the 4-field reorder: the intended password sits in the domain port slot.
  const shifted = sip("user:S3cr3tPw:auth:@host");
  assert.ok(part(shifted, "domainport")?.sensitive);
  assert.ok(shifted.secrets.includes("S3cr3tPw"));
  // An IAX line whose password contains '@': the tail lands in the host.
  const iaxAt = iax("user:S3cr@tPw@host");
  assert.ok(part(iaxAt, "host")?.sensitive);
});

test("chan_iax2's reading given chan_sip's reading of the same value equals the reading that parses it itself", () => {
  // Values made of the characters both grammars split on, so every layout of '@', ':', '/', '~' and '?' turns up.
  const pieces = ["user", ":", "@", "pw", "host", "5060", "/", "~", "?", "tcp://", "", " ", "a:b", "::", "@@"];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let i = 0; i < 3000; i++) {
    let value = "";
    for (let k = 1 + next(7); k > 0; k--) value += pieces[next(pieces.length)];
    const offset = next(40);
    const sipReading = parseRegisterValue("sip", value, offset);
    assert.deepEqual(parseRegisterValue("iax", value, offset, sipReading), parseRegisterValue("iax", value, offset), JSON.stringify(value));
  }
  // The sensitive parts come from the chan_sip reading: the IAX2 host holding the tail of an '@' password stays marked.
  const value = "user:S3cr@tPw@host";
  for (const offset of [0, 30]) {
    assert.ok(part(parseRegisterValue("iax", value, offset, parseRegisterValue("sip", value, offset)), "host")?.sensitive);
    assert.ok(part(parseRegisterValue("iax", value, offset), "host")?.sensitive);
  }
});
