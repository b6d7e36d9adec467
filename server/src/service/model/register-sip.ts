// chan_sip's reading of a register value (`sip_parse_register_line`, channels/sip/config_parser.c): the fields split
// in chan_sip's order, then the transport, ports, user and host, callback extension and expiry checked as it does.
import type { Span } from "../text/span";
import {
  REGISTER_MAX_LENGTH,
  SIP_DEFAULT_PORT,
  SIP_TLS_DEFAULT_PORT,
  type RegisterLine,
  type RegisterPart,
  type RegisterPartName,
} from "./register-types";
import { atoi, emptyLine, finishSensitivity, isDigits, pointAfter, portStr2Int, problem, reject, scanInt, separate, stripQuoted, type Seg } from "./register-scan";

/** The fields of a chan_sip register value, as segments of the (truncated) value. */
interface SipFields {
  atSign: number;
  peer?: Seg;
  transport?: Seg;
  user?: Seg;
  domain?: Seg;
  domainPort?: Seg;
  secret?: Seg;
  authuser?: Seg;
  host?: Seg;
  port?: Seg;
  extension?: Seg;
  expiry?: Seg;
}

/** The parts of a chan_sip register line, once added to it. */
interface SipParts {
  peer?: RegisterPart;
  transport?: RegisterPart;
  user?: RegisterPart;
  domain?: RegisterPart;
  domainPort?: RegisterPart;
  secret?: RegisterPart;
  authuser?: RegisterPart;
  host?: RegisterPart;
  port?: RegisterPart;
  extension?: RegisterPart;
  expiry?: RegisterPart;
}

/**
 * `[peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]`, split exactly in
 * chan_sip's order: last `@`, then `?`, `/` (transport), `:` (user, secret, authuser), `~`, `/`, `:` (host, port),
 * `@` (user, domain), and the 4-field `user@domain:domainport:secret:authuser` reordering.
 */
export function parseSipRegister(value: string, offset = 0): RegisterLine {
  const line = emptyLine("sip", value, offset, SIP_DEFAULT_PORT);
  const v = value.slice(0, REGISTER_MAX_LENGTH);
  if (value.length > REGISTER_MAX_LENGTH) {
    problem(line, "too-long", { start: offset + REGISTER_MAX_LENGTH, end: offset + value.length }, { silent: true });
  }
  const fields = splitSipFields(line, value, v, offset);
  if (!fields) return line;
  const parts = addSipParts(line, v, offset, fields);
  checkSipTransport(line, parts.transport);
  checkSipPorts(line, parts.port, parts.domainPort);
  checkSipUserAndHost(line, parts, offset + fields.atSign);
  checkSipExtensionAndExpiry(line, parts.extension, parts.expiry);
  // Blanks inside a part are sent as they are (blanks around separators are trimmed by chan_sip).
  for (const p of [parts.peer, parts.user, parts.domain, parts.secret, parts.authuser, parts.host, parts.extension]) {
    if (p && /\s/.test(p.value)) problem(line, "space-in-part", p.span, { part: p.name, silent: true });
  }
  finishSensitivity(line, [], offset);
  return line;
}

/** Splits the value into its fields the way chan_sip does; undefined (and the line rejected) when it gives up. */
function splitSipFields(line: RegisterLine, value: string, v: string, offset: number): SipFields | undefined {
  if (v.trim().length === 0) {
    reject(line, "empty", { start: offset, end: offset + value.length }, false);
    return undefined;
  }
  const atSign = v.lastIndexOf("@");
  if (atSign < 0) {
    reject(line, "missing-host", { start: offset, end: offset + v.length }, false, "no-at");
    return undefined;
  }
  const userSeg: Seg = { start: 0, end: atSign };
  const hostSeg: Seg = { start: atSign + 1, end: v.length };
  if (userSeg.end === userSeg.start) {
    reject(line, "empty-user", { start: offset + atSign, end: offset + atSign + 1 }, false, "no-user-part");
    return undefined;
  }
  if (hostSeg.end === hostSeg.start) {
    reject(line, "missing-host", { start: offset + atSign, end: offset + atSign + 1 }, false, "nothing-after-at");
    return undefined;
  }
  const front = splitSipPrefixes(line, v, offset, userSeg);
  if (!front) return undefined;

  const user1 = front.userpart ? separate(v, front.userpart.start, front.userpart.end, ":", 3) : [];
  const host1 = separate(v, hostSeg.start, hostSeg.end, "~", 2);
  const host2 = host1[0] ? separate(v, host1[0].start, host1[0].end, "/", 2) : [];
  const host3 = host2[0] ? separate(v, host2[0].start, host2[0].end, ":", 2) : [];
  const user2 = user1[0] ? separate(v, user1[0].start, user1[0].end, "@", 2) : [];
  const user3 = user1[2] ? separate(v, user1[2].start, user1[2].end, ":", 2) : [];

  const fields: SipFields = {
    atSign,
    peer: front.peer,
    transport: front.transport,
    user: user2[0],
    domain: user2[1],
    secret: user1[1],
    authuser: user3[0],
    host: host3[0],
    port: host3[1],
    extension: host2[1],
    expiry: host1[1],
  };
  if (user3.length === 2) {
    fields.domainPort = user1[1];
    fields.secret = user3[0];
    fields.authuser = user3[1];
    line.reordered = true;
  }
  return fields;
}

/** `peer?` and `transport://` in front of the user part; undefined (line rejected) for `a/b/c` user parts. */
function splitSipPrefixes(line: RegisterLine, v: string, offset: number, userSeg: Seg): { peer?: Seg; transport?: Seg; userpart?: Seg } | undefined {
  // pre1: peer?rest
  const pre1 = separate(v, userSeg.start, userSeg.end, "?", 2);
  let peerSeg: Seg | undefined = pre1[0];
  let rest: Seg | undefined = pre1[1];
  if (!rest || rest.end === rest.start) {
    rest = peerSeg;
    peerSeg = undefined;
  }
  // pre2: transport:/blank/rest
  const pre2 = rest ? separate(v, rest.start, rest.end, "/", 3) : [];
  let transportSeg: Seg | undefined = pre2[0];
  const blankSeg: Seg | undefined = pre2[1];
  let userpart: Seg | undefined = pre2[2];
  if (!userpart || userpart.end === userpart.start) {
    userpart = transportSeg;
    transportSeg = undefined;
  } else if (transportSeg) {
    transportSeg = { start: transportSeg.start, end: Math.max(transportSeg.start, transportSeg.end - 1) };
  }
  if (blankSeg && blankSeg.end > blankSeg.start) {
    const slash = blankSeg.start - 1;
    reject(line, "slash-in-user", { start: offset + slash, end: offset + slash + 1 }, false);
    return undefined;
  }
  return { peer: peerSeg, transport: transportSeg, userpart };
}

/** Adds the parts in the order hovers list them; the password and the 4-field domain port are sensitive. */
function addSipParts(line: RegisterLine, v: string, offset: number, f: SipFields): SipParts {
  const add = (name: RegisterPartName, s: Seg | undefined, sensitive = false): RegisterPart | undefined => {
    if (!s) return undefined;
    const raw = v.slice(s.start, s.end);
    const p: RegisterPart = { name, raw, value: stripQuoted(raw), span: { start: offset + s.start, end: offset + s.end }, sensitive };
    line.parts.push(p);
    return p;
  };
  return {
    peer: add("peer", f.peer),
    transport: add("transport", f.transport),
    user: add("user", f.user),
    domain: add("domain", f.domain),
    // In the 4-field form the field after the user is the domain port, but people often put the password there.
    domainPort: add("domainport", f.domainPort, true),
    secret: add("secret", f.secret, true),
    authuser: add("authuser", f.authuser),
    host: add("host", f.host),
    port: add("port", f.port),
    extension: add("extension", f.extension),
    expiry: add("expiry", f.expiry),
  };
}

/** Transport: first three letters, case-insensitive; anything else falls back to UDP with a NOTICE. */
function checkSipTransport(line: RegisterLine, transport: RegisterPart | undefined): void {
  if (!transport) return;
  const t = transport.raw.slice(0, 3).toLowerCase();
  if (t === "tcp" || t === "tls" || t === "udp") line.transport = t;
  else {
    line.transport = "udp";
    problem(line, "unknown-transport", transport.span, { part: "transport", silent: false, effective: "udp" });
  }
}

function checkSipPorts(line: RegisterLine, port: RegisterPart | undefined, domainPort: RegisterPart | undefined): void {
  line.port = line.transport === "tls" ? SIP_TLS_DEFAULT_PORT : SIP_DEFAULT_PORT;
  line.portDefaulted = true;
  if (port) {
    const n = readSipPort(line, port, line.port);
    if (n !== 0) {
      line.port = n;
      line.portDefaulted = false;
    }
  }
  if (domainPort) {
    const n = readSipPort(line, domainPort, undefined);
    if (n !== 0) line.domainPort = n;
  }
}

/**
 * A port read like chan_sip's `port_str2int`: 0, reported, when it is not a port 1-65535 (`fallback` is the port
 * used instead, when there is one); text after the digits is ignored, silently.
 */
function readSipPort(line: RegisterLine, p: RegisterPart, fallback: number | undefined): number {
  const n = portStr2Int(p.raw);
  if (n === 0) {
    const read = scanInt(p.raw);
    const reason = p.raw.trim().length === 0 ? "empty" : read ? "out-of-range" : "not-a-number";
    const effective = fallback === undefined ? {} : { effective: fallback };
    problem(line, reason === "out-of-range" ? "port-range" : "bad-port", p.span, { part: p.name, silent: false, reason, ...effective });
  } else if (!isDigits(p.raw.trim())) {
    problem(line, "bad-port", p.span, { part: p.name, silent: true, reason: "trailing-junk", effective: n });
  }
  return n;
}

/** Empty user and host are accepted by the parser but cannot work. `atSign` is the document offset of the last `@`. */
function checkSipUserAndHost(line: RegisterLine, parts: SipParts, atSign: number): void {
  const { user, host } = parts;
  const atSpan: Span = { start: atSign, end: atSign + 1 };
  if (user && user.value.length === 0) {
    problem(line, "empty-user", user.span.start === user.span.end ? pointAfter(user.span) : user.span, { part: "user", silent: true });
  } else if (!user) {
    problem(line, "empty-user", atSpan, { part: "user", silent: true });
  }
  if (!host || host.value.length === 0) {
    const span = host && host.span.end > host.span.start ? host.span : atSpan;
    problem(line, "missing-host", span, { part: "host", silent: true, reason: "empty-host" });
  }
}

/** Callback extension (an empty one is `s`) and expiry (read with atoi). */
function checkSipExtensionAndExpiry(line: RegisterLine, extension: RegisterPart | undefined, expiry: RegisterPart | undefined): void {
  if (extension) {
    line.extension = extension.value;
    if (extension.raw.length === 0) {
      line.extension = "s";
      const slash = extension.span.start - 1;
      problem(line, "trailing-slash", { start: slash, end: slash + 1 }, { part: "extension", silent: true, effective: "s" });
    }
  }
  if (expiry) {
    const text = expiry.value;
    line.expiry = atoi(text);
    if (line.expiry <= 0) {
      const span = expiry.span.end > expiry.span.start ? expiry.span : { start: expiry.span.start - 1, end: expiry.span.start };
      problem(line, "bad-expiry", span, { part: "expiry", silent: true, reason: text.length === 0 ? "empty" : "zero", effective: line.expiry });
    } else if (!isDigits(text)) {
      problem(line, "bad-expiry", expiry.span, { part: "expiry", silent: true, reason: "trailing-junk", effective: line.expiry });
    }
  }
}
