// Pure parsers for the value of a `register =>` line, replicating how Asterisk itself takes it apart:
// chan_sip (`sip_parse_register_line`, channels/sip/config_parser.c) and chan_iax2 (`iax2_register`).
// Every part keeps its offsets in the document; the password (and anything that may hold it) is marked
// `sensitive` so that no message or hover ever shows it.
import type { Span } from "../text/span";

export type RegisterGrammar = "sip" | "iax";

export type RegisterPartName =
  | "peer"
  | "transport"
  | "user"
  | "domain"
  | "domainport"
  | "secret"
  | "authuser"
  | "host"
  | "port"
  | "extension"
  | "expiry";

export interface RegisterPart {
  name: RegisterPartName;
  /** Text as written, without the separators. Never render it when `sensitive`. */
  raw: string;
  /** What Asterisk keeps: for chan_sip, blanks and one pair of surrounding `"` removed; for IAX2 the raw text. */
  value: string;
  span: Span;
  /** The password, or text that may be (part of) it under another reading of the line: show MASK instead. */
  sensitive: boolean;
}

export type RegisterProblemKind =
  | "empty"
  | "missing-host"
  | "empty-user"
  | "slash-in-user"
  | "bad-port"
  | "port-range"
  | "unknown-transport"
  | "bad-expiry"
  | "space-in-part"
  | "trailing-slash"
  | "sip-syntax-on-iax"
  | "too-long";

export interface RegisterProblem {
  kind: RegisterProblemKind;
  span: Span;
  /** The part concerned, when there is one. */
  part?: RegisterPartName;
  /** Asterisk drops the whole line (no registration at all). */
  rejected: boolean;
  /** Asterisk logs nothing about it. */
  silent: boolean;
  /** Finer reason, for messages: e.g. `not-a-number`, `trailing-junk`, `out-of-range`, `empty`, `wraps`. */
  reason?: string;
  /** The value Asterisk ends up using instead (a port, an expiry, a transport); never secret. */
  effective?: number | string;
}

export type SipTransport = "udp" | "tcp" | "tls";

export interface RegisterLine {
  grammar: RegisterGrammar;
  /** The parsed value's span in the document. */
  span: Span;
  parts: RegisterPart[];
  /** False when Asterisk rejects the line and sends no registration. */
  accepted: boolean;
  /** SIP: transport used (UDP unless a valid prefix says otherwise). IAX2: always "udp". */
  transport: SipTransport;
  /** Port Asterisk sends to (after defaults, truncation and wrapping). */
  port: number;
  /** True when no usable port was written and the default applies. */
  portDefaulted: boolean;
  /** SIP: the port in the 4-field `user@domain:port:secret:authuser` form, when valid. */
  domainPort?: number;
  /** SIP: the callback extension (Contact user); `s` unless given. */
  extension: string;
  /** SIP: the expiry written after `~`, as Asterisk reads it (`atoi`); undefined means the default. */
  expiry?: number;
  /** SIP: the 4-field form was recognised (fields reordered). */
  reordered: boolean;
  problems: RegisterProblem[];
  /** Texts of sensitive parts, for a last-resort redaction of messages. */
  secrets: string[];
}

/** chan_sip and chan_iax2 copy the value into a 256-byte buffer: anything past 255 characters is lost. */
export const REGISTER_MAX_LENGTH = 255;
export const SIP_DEFAULT_PORT = 5060;
export const SIP_TLS_DEFAULT_PORT = 5061;
export const IAX_DEFAULT_PORT = 4569;
export const SIP_DEFAULT_EXPIRY = 120;
export const IAX_REFRESH = 60;

export function part(line: RegisterLine, name: RegisterPartName): RegisterPart | undefined {
  return line.parts.find((p) => p.name === name);
}

/** Parses a register value with the grammar of the channel driver; `offset` is where `value` starts in the document. */
export function parseRegisterValue(grammar: RegisterGrammar, value: string, offset = 0): RegisterLine {
  return grammar === "iax" ? parseIaxRegister(value, offset) : parseSipRegister(value, offset);
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers that mirror small C library functions Asterisk relies on.

interface Seg {
  start: number;
  end: number;
}

/**
 * `__ast_app_separate_args` without removing characters (AST_NONSTANDARD_RAW_ARGS): splits `v[from, to)` on `delim`
 * into at most `max` pieces, the last one taking the rest; delimiters inside `( )`, `[ ]` or `" "` and after `\` do
 * not split; a trailing delimiter yields one more, empty, piece. An empty input gives no pieces.
 */
function separate(v: string, from: number, to: number, delim: string, max: number): Seg[] {
  const args: Seg[] = [];
  let scan = from;
  let wasDelim = -1;
  let paren = 0;
  let bracket = 0;
  let quote = false;
  while (scan < to && args.length < max - 1) {
    const start = scan;
    let end = -1;
    for (; scan < to; scan++) {
      const c = v[scan];
      if (c === "(") paren++;
      else if (c === ")") {
        if (paren) paren--;
      } else if (c === "[") bracket++;
      else if (c === "]") {
        if (bracket) bracket--;
      } else if (c === '"' && delim !== '"') quote = !quote;
      else if (c === "\\") {
        if (scan + 1 < to) scan++;
      } else if (c === delim && !paren && !quote && !bracket) {
        wasDelim = scan;
        end = scan;
        scan++;
        break;
      }
    }
    args.push({ start, end: end >= 0 ? end : scan });
  }
  if (scan < to || (scan > from && scan - 1 === wasDelim)) args.push({ start: scan, end: to });
  return args;
}

const C_SPACE = /[ \t\n\v\f\r]/;

/** `ast_strip_quoted(s, "\"", "\"")`: trim blanks, then drop one pair of surrounding double quotes. */
function stripQuoted(s: string): string {
  let t = s;
  let a = 0;
  let b = t.length;
  while (a < b && C_SPACE.test(t[a])) a++;
  while (b > a && C_SPACE.test(t[b - 1])) b--;
  t = t.slice(a, b);
  if (t.length > 0 && t[0] === '"' && t[t.length - 1] === '"') return t.length === 1 ? "" : t.slice(1, -1);
  return t;
}

/** `sscanf(s, "%Nd")`: optional blanks, optional sign, digits (at most `width` characters after the blanks). */
function scanInt(s: string, width = 30): { value: number; used: number } | undefined {
  let i = 0;
  while (i < s.length && C_SPACE.test(s[i])) i++;
  const start = i;
  let j = i;
  if (s[j] === "+" || s[j] === "-") j++;
  const digitsStart = j;
  while (j < s.length && j - start < width && s[j] >= "0" && s[j] <= "9") j++;
  if (j === digitsStart) return undefined;
  return { value: parseInt(s.slice(start, j), 10), used: j };
}

/** `atoi`: like scanInt but 0 when nothing numeric is found. */
function atoi(s: string): number {
  return scanInt(s)?.value ?? 0;
}

/** `port_str2int(s, 0)`: a port 1–65535 read with sscanf, else 0. */
function portStr2Int(s: string): number {
  const read = scanInt(s);
  if (!read || read.value < 1 || read.value > 65535) return 0;
  return read.value;
}

function isDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

// ---------------------------------------------------------------------------------------------------------------
// chan_sip

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
  const at = (s: Seg): Span => ({ start: offset + s.start, end: offset + s.end });
  const add = (name: RegisterPartName, s: Seg | undefined, sensitive = false): RegisterPart | undefined => {
    if (!s) return undefined;
    const raw = v.slice(s.start, s.end);
    const p: RegisterPart = { name, raw, value: stripQuoted(raw), span: at(s), sensitive };
    line.parts.push(p);
    return p;
  };

  if (v.trim().length === 0) {
    reject(line, "empty", { start: offset, end: offset + value.length }, false);
    return line;
  }
  const atSign = v.lastIndexOf("@");
  if (atSign < 0) {
    reject(line, "missing-host", { start: offset, end: offset + v.length }, false, "no-at");
    return line;
  }
  const userSeg: Seg = { start: 0, end: atSign };
  const hostSeg: Seg = { start: atSign + 1, end: v.length };
  if (userSeg.end === userSeg.start) {
    reject(line, "empty-user", { start: offset + atSign, end: offset + atSign + 1 }, false, "no-user-part");
    return line;
  }
  if (hostSeg.end === hostSeg.start) {
    reject(line, "missing-host", { start: offset + atSign, end: offset + atSign + 1 }, false, "nothing-after-at");
    return line;
  }

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
    return line;
  }

  const user1 = userpart ? separate(v, userpart.start, userpart.end, ":", 3) : [];
  const host1 = separate(v, hostSeg.start, hostSeg.end, "~", 2);
  const host2 = host1[0] ? separate(v, host1[0].start, host1[0].end, "/", 2) : [];
  const host3 = host2[0] ? separate(v, host2[0].start, host2[0].end, ":", 2) : [];
  const user2 = user1[0] ? separate(v, user1[0].start, user1[0].end, "@", 2) : [];
  const user3 = user1[2] ? separate(v, user1[2].start, user1[2].end, ":", 2) : [];

  let secretSeg = user1[1];
  let authSeg = user3[0];
  let domainPortSeg: Seg | undefined;
  if (user3.length === 2) {
    domainPortSeg = user1[1];
    secretSeg = user3[0];
    authSeg = user3[1];
    line.reordered = true;
  }

  const peer = add("peer", peerSeg);
  const transport = add("transport", transportSeg);
  const user = add("user", user2[0]);
  const domain = add("domain", user2[1]);
  // In the 4-field form the field after the user is the domain port, but people often put the password there.
  const domainPort = add("domainport", domainPortSeg, true);
  const secret = add("secret", secretSeg, true);
  const authuser = add("authuser", authSeg);
  const host = add("host", host3[0]);
  const port = add("port", host3[1]);
  const extension = add("extension", host2[1]);
  const expiry = add("expiry", host1[1]);

  // Transport: first three letters, case-insensitive; anything else falls back to UDP with a NOTICE.
  if (transport) {
    const t = transport.raw.slice(0, 3).toLowerCase();
    if (t === "tcp" || t === "tls" || t === "udp") line.transport = t;
    else {
      line.transport = "udp";
      problem(line, "unknown-transport", transport.span, { part: "transport", silent: false, effective: "udp" });
    }
  }

  // Ports.
  line.port = line.transport === "tls" ? SIP_TLS_DEFAULT_PORT : SIP_DEFAULT_PORT;
  line.portDefaulted = true;
  if (port) {
    const n = portStr2Int(port.raw);
    if (n === 0) {
      const read = scanInt(port.raw);
      const reason = port.raw.trim().length === 0 ? "empty" : read ? "out-of-range" : "not-a-number";
      problem(line, reason === "out-of-range" ? "port-range" : "bad-port", port.span, {
        part: "port",
        silent: false,
        reason,
        effective: line.port,
      });
    } else {
      line.port = n;
      line.portDefaulted = false;
      if (!isDigits(port.raw.trim())) {
        problem(line, "bad-port", port.span, { part: "port", silent: true, reason: "trailing-junk", effective: n });
      }
    }
  }
  if (domainPort) {
    const n = portStr2Int(domainPort.raw);
    if (n === 0) {
      const read = scanInt(domainPort.raw);
      const reason = domainPort.raw.trim().length === 0 ? "empty" : read ? "out-of-range" : "not-a-number";
      problem(line, reason === "out-of-range" ? "port-range" : "bad-port", domainPort.span, {
        part: "domainport",
        silent: false,
        reason,
      });
    } else {
      line.domainPort = n;
      if (!isDigits(domainPort.raw.trim())) {
        problem(line, "bad-port", domainPort.span, { part: "domainport", silent: true, reason: "trailing-junk", effective: n });
      }
    }
  }

  // Empty user and host are accepted by the parser but cannot work.
  if (user && user.value.length === 0) {
    problem(line, "empty-user", user.span.start === user.span.end ? pointAfter(user.span) : user.span, { part: "user", silent: true });
  } else if (!user) {
    problem(line, "empty-user", { start: offset + atSign, end: offset + atSign + 1 }, { part: "user", silent: true });
  }
  if (!host || host.value.length === 0) {
    const span = host && host.span.end > host.span.start ? host.span : { start: offset + atSign, end: offset + atSign + 1 };
    problem(line, "missing-host", span, { part: "host", silent: true, reason: "empty-host" });
  }

  // Callback extension and expiry.
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

  // Blanks inside a part are sent as they are (blanks around separators are trimmed by chan_sip).
  for (const p of [peer, user, domain, secret, authuser, host, extension]) {
    if (p && /\s/.test(p.value)) problem(line, "space-in-part", p.span, { part: p.name, silent: true });
  }

  finishSensitivity(line, [], offset);
  return line;
}

// ---------------------------------------------------------------------------------------------------------------
// chan_iax2

/**
 * `user[:secret]@host[:port]`, split exactly as chan_iax2 does: at the first `@` (text after a second `@` is
 * dropped), then at the first `:` on each side (text after a second `:` is dropped). No quotes or blanks removed.
 */
export function parseIaxRegister(value: string, offset = 0): RegisterLine {
  const line = emptyLine("iax", value, offset, IAX_DEFAULT_PORT);
  const v = value.slice(0, REGISTER_MAX_LENGTH);
  if (value.length > REGISTER_MAX_LENGTH) {
    problem(line, "too-long", { start: offset + REGISTER_MAX_LENGTH, end: offset + value.length }, { silent: true });
  }
  const at = (start: number, end: number): Span => ({ start: offset + start, end: offset + end });
  const add = (name: RegisterPartName, start: number, end: number, sensitive = false): RegisterPart => {
    const raw = v.slice(start, end);
    const p: RegisterPart = { name, raw, value: raw, span: at(start, end), sensitive };
    line.parts.push(p);
    return p;
  };

  if (v.trim().length === 0) {
    reject(line, "empty", { start: offset, end: offset + value.length }, false);
    return line;
  }
  const at1 = v.indexOf("@");
  if (at1 < 0) {
    reject(line, "missing-host", at(0, v.length), false, "no-at");
    return line;
  }
  const at2 = v.indexOf("@", at1 + 1);
  const hostEnd = at2 < 0 ? v.length : at2;

  const c1 = v.indexOf(":");
  const userColon = c1 >= 0 && c1 < at1 ? c1 : -1;
  const user = add("user", 0, userColon >= 0 ? userColon : at1);
  let secret: RegisterPart | undefined;
  let userExtra = -1;
  if (userColon >= 0) {
    const c2 = v.indexOf(":", userColon + 1);
    userExtra = c2 >= 0 && c2 < at1 ? c2 : -1;
    secret = add("secret", userColon + 1, userExtra >= 0 ? userExtra : at1, true);
  }
  const h1 = v.indexOf(":", at1 + 1);
  const hostColon = h1 >= 0 && h1 < hostEnd ? h1 : -1;
  const host = add("host", at1 + 1, hostColon >= 0 ? hostColon : hostEnd);
  let port: RegisterPart | undefined;
  if (hostColon >= 0) {
    const h2 = v.indexOf(":", hostColon + 1);
    port = add("port", hostColon + 1, h2 >= 0 && h2 < hostEnd ? h2 : hostEnd);
  }

  // SIP habits that chan_iax2 does not understand.
  if (at2 >= 0) {
    problem(line, "sip-syntax-on-iax", at(at2, v.length), { silent: true, reason: "second-at" });
  }
  const userText = v.slice(0, at1);
  const scheme = userText.indexOf("://");
  if (userExtra >= 0 && scheme < 0) {
    problem(line, "sip-syntax-on-iax", at(userExtra, at1), { part: "authuser", silent: true, reason: "authuser" });
  }
  if (scheme >= 0) {
    problem(line, "sip-syntax-on-iax", at(0, scheme + 3), { part: "transport", silent: true, reason: "transport" });
  } else if (userText.includes("?")) {
    problem(line, "sip-syntax-on-iax", at(0, userText.indexOf("?") + 1), { part: "peer", silent: true, reason: "peer" });
  }
  const sipSuffix = /[/~]/.exec(host.raw);
  if (sipSuffix) {
    problem(line, "sip-syntax-on-iax", at(at1 + 1 + sipSuffix.index, hostEnd), { part: "host", silent: true, reason: "in-host" });
  } else if (port && /[/~]/.test(port.raw)) {
    const i = port.raw.search(/[/~]/);
    problem(line, "sip-syntax-on-iax", { start: port.span.start + i, end: offset + hostEnd }, { part: "port", silent: true, reason: "in-port" });
  }

  if (host.raw.length === 0) {
    const span = host.span.end > host.span.start ? host.span : at(at1, at1 + 1);
    reject(line, "missing-host", span, true, "empty-host");
  }
  if (user.raw.length === 0) {
    problem(line, "empty-user", user.span.end > user.span.start ? user.span : at(at1, at1 + 1), { part: "user", silent: true });
  }

  line.port = IAX_DEFAULT_PORT;
  line.portDefaulted = true;
  if (port) {
    if (atoi(port.raw) === 0) {
      const reason = port.raw.trim().length === 0 ? "empty" : scanInt(port.raw) ? "zero" : "not-a-number";
      reject(line, "bad-port", port.span.end > port.span.start ? port.span : at(hostColon, hostColon + 1), false, reason, "port");
    } else {
      const read = scanInt(port.raw, 5);
      const n = read ? read.value : 0;
      line.portDefaulted = false;
      line.port = ((n % 65536) + 65536) % 65536;
      const clean = port.raw.trim();
      if (!/^[+-]?[0-9]+$/.test(clean) || clean.length > 5) {
        if (!/[/~]/.test(port.raw)) {
          problem(line, "bad-port", port.span, { part: "port", silent: true, reason: "trailing-junk", effective: line.port });
        }
      } else if (n < 1 || n > 65535) {
        problem(line, "port-range", port.span, { part: "port", silent: true, reason: "wraps", effective: line.port });
      }
    }
  }

  for (const p of [user, secret, host, port]) {
    // atoi skips leading blanks and stops at trailing ones, so only blanks inside the port matter.
    const text = p === port ? p?.raw.trim() : p?.raw;
    if (p && text !== undefined && /\s/.test(text)) problem(line, "space-in-part", p.span, { part: p.name, silent: true });
  }

  finishSensitivity(line, sipSecretSegs(v), offset);
  return line;
}

// ---------------------------------------------------------------------------------------------------------------

function emptyLine(grammar: RegisterGrammar, value: string, offset: number, port: number): RegisterLine {
  return {
    grammar,
    span: { start: offset, end: offset + value.length },
    parts: [],
    accepted: true,
    transport: "udp",
    port,
    portDefaulted: true,
    extension: "s",
    reordered: false,
    problems: [],
    secrets: [],
  };
}

function problem(
  line: RegisterLine,
  kind: RegisterProblemKind,
  span: Span,
  extra: { part?: RegisterPartName; silent: boolean; reason?: string; effective?: number | string },
): void {
  line.problems.push({ kind, span, rejected: false, ...extra });
}

function reject(line: RegisterLine, kind: RegisterProblemKind, span: Span, silent: boolean, reason?: string, partName?: RegisterPartName): void {
  line.accepted = false;
  line.problems.push({ kind, span, rejected: true, silent, reason, part: partName });
}

function pointAfter(span: Span): Span {
  return { start: span.start, end: span.start + 1 };
}

/** Where chan_sip would find the password (and the 4-field domain port) of this IAX line. */
function sipSecretSegs(v: string): Seg[] {
  const sip = parseSipRegister(v, 0);
  return sip.parts.filter((p) => p.name === "secret" || p.name === "domainport").map((p) => p.span);
}

/** Marks every part that overlaps a possible password position as sensitive, and collects the secret texts. */
function finishSensitivity(line: RegisterLine, otherSecrets: Seg[], offset: number): void {
  for (const p of line.parts) {
    if (p.sensitive) continue;
    const overlaps = otherSecrets.some((s) => s.end > s.start && offset + s.start < p.span.end && p.span.start < offset + s.end);
    if (overlaps) p.sensitive = true;
  }
  const secrets = new Set<string>();
  for (const p of line.parts) {
    if (!p.sensitive) continue;
    if (p.raw.length > 0) secrets.add(p.raw);
    if (p.value.length > 0) secrets.add(p.value);
  }
  line.secrets = [...secrets];
}
