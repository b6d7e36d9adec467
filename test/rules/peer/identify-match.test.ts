// peer/identify-match: an item of an identify's match= that is clearly not an address, network or host[:port]: an
// error on the item (PJSIP does not create the identify, so the carrier's calls come in anonymous). A stray comma is
// a warning whose fix removes only that comma.
import { test } from "node:test";
import { checkFix, checkFixture, checkNoFix } from "../../fixture";

const CODE = "peer/identify-match";
const ONLY = { only: [CODE] };
const TAIL = `
    [t]
    type=endpoint
    aors=t
    [t]
    type=aor`;

test("addresses, networks (prefix or mask), host names, IPv6 and ports are fine", () => {
  checkFixture(`
    //- pjsip.conf
    [trunk]
    type=identify
    endpoint=trunk
    match=192.0.2.1, 198.51.100.0/24,203.0.113.0/255.255.255.0
    match=sip.carrier.example, sip2.carrier.example:5060, 192.0.2.7:5080
    match=2001:db8::1,2001:db8::/32,[2001:db8::2]:5060
    [trunk]
    type=endpoint
    aors=trunk
    [trunk]
    type=aor
  `, { ...ONLY, exhaustive: true });
});

test("bad octets, prefixes, masks, URIs, blanks and ports are errors on the item", () => {
  checkFixture(`
    //- pjsip.conf
    [t]
    type=identify
    endpoint=t
    match=192.0.2.256
    ;     ^^^^^^^^^^^ error peer/identify-match: each of the 4 numbers of an IPv4 address is 0-255
    match=192.0.2
    ;     ^^^^^^^ error peer/identify-match: has 3 numbers, not the 4 of an IPv4 address
    match=10.0.0.0/33,2001:db8::/129
    ;     ^^^^^^^^^^^ error peer/identify-match: longer than the 32 bits
    ;                 ^^^^^^^^^^^^^^ error peer/identify-match: longer than the 128 bits
    match=sip:192.0.2.1
    ;     ^^^^^^^^^^^^^ error peer/identify-match: is a URI, not an address
    match=192.0.2.1 192.0.2.2
    ;     ^^^^^^^^^^^^^^^^^^^ error peer/identify-match: has a blank inside
    match=10.0.0.0/255.255.0
    ;     ^^^^^^^^^^^^^^^^^^ error peer/identify-match: Mask '255.255.0' has 3 numbers
    match=192.0.2.1:70000
    ;     ^^^^^^^^^^^^^^^ error peer/identify-match: not a port number (1-65535)${TAIL}
  `, ONLY);
});

test("a mask after a host name and a mask that is not a number are errors; a match= with no value is not this rule's", () => {
  checkFixture(`
    //- pjsip.conf
    [t]
    type=identify
    endpoint=t
    match=
    match=host.example/24
    ;     ^^^^^^^^^^^^^^^ error peer/identify-match: puts a network mask after a host name: a network needs an IP address before '/'. PJSIP does not create this identify, so calls
    match=192.0.2.0/abc
    ;     ^^^^^^^^^^^^^ error peer/identify-match: '/abc' is not a prefix length or a dotted mask${TAIL}
  `, ONLY);
});

test("only identify objects: match= elsewhere is not this rule's; an inherited match= is reported once, at the template", () => {
  checkFixture(`
    //- pjsip.conf
    [a]
    type=aor
    contact=sip:192.0.2.1
    match=999.9.9.9
    [id](!)
    type=identify
    match=999.1.1.1
    ;     ^^^^^^^^^ error peer/identify-match: has 999 in it
    [x](id)
    endpoint=a
  `, ONLY);
});

test("a stray comma is a warning, reported once, and the fix removes only it", () => {
  const before = `
    //- pjsip.conf
    [t]
    type=identify
    endpoint=t
    match=192.0.2.1,
    ;              ^ warning peer/identify-match: (a stray comma)
    match=192.0.2.2,,192.0.2.3
    ;              ^ warning peer/identify-match: (a stray comma)
    match=,192.0.2.4
    ;     ^ warning peer/identify-match: (a stray comma)
    match=,
    ;     ^ warning peer/identify-match: (a stray comma)${TAIL}
  `;
  checkFixture(before, ONLY);
  checkFix(before, before.replace("match=192.0.2.1,\n", "match=192.0.2.1\n"), { code: CODE, title: "Remove the stray comma" });
  const second = `
    //- pjsip.conf
    [t]
    type=identify
    endpoint=t
    match=192.0.2.2,,192.0.2.3${TAIL}
  `;
  checkFix(second, second.replace(",,", ","), { code: CODE });
  const leading = `
    //- pjsip.conf
    [t]
    type=identify
    endpoint=t
    match=,192.0.2.4${TAIL}
  `;
  checkFix(leading, leading.replace("=,", "="), { code: CODE });
});

test("a bad address offers no fix: only the user knows the right one", () => {
  checkNoFix(`
    //- pjsip.conf
    [t]
    type=identify
    endpoint=t
    match=192.0.2.256${TAIL}
  `, { code: CODE });
});
