// chan_iax2's reading of a register value (`iax2_register`): `user[:secret]@host[:port]`, with the SIP habits it
// does not understand reported, and every position chan_sip would read a password from marked sensitive.
import type { Span } from "../text/span";
import { IAX_DEFAULT_PORT, REGISTER_MAX_LENGTH, type RegisterLine, type RegisterPart, type RegisterPartName } from "./register-types";
import { atoi, emptyLine, finishSensitivity, problem, reject, scanInt, type Seg } from "./register-scan";
import { parseSipRegister } from "./register-sip";

/**
 * `user[:secret]@host[:port]`, split exactly as chan_iax2 does: at the first `@` (text after a second `@` is
 * dropped), then at the first `:` on each side (text after a second `:` is dropped). No quotes or blanks removed.
 * `sipReading`: chan_sip's reading of the same value at the same offset, when the caller has it already (the parts
 * chan_sip would read a password from are marked from it instead of parsing the value a second time).
 */
export function parseIaxRegister(value: string, offset = 0, sipReading?: RegisterLine): RegisterLine {
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

  checkIaxSipHabits(line, v, offset, { at1, at2, hostEnd, userExtra, host, port });
  if (host.raw.length === 0) {
    const span = host.span.end > host.span.start ? host.span : at(at1, at1 + 1);
    reject(line, "missing-host", span, true, "empty-host");
  }
  if (user.raw.length === 0) {
    problem(line, "empty-user", user.span.end > user.span.start ? user.span : at(at1, at1 + 1), { part: "user", silent: true });
  }
  checkIaxPort(line, port, at(hostColon, hostColon + 1));
  for (const p of [user, secret, host, port]) {
    // atoi skips leading blanks and stops at trailing ones, so only blanks inside the port matter.
    const text = p === port ? p?.raw.trim() : p?.raw;
    if (p && text !== undefined && /\s/.test(text)) problem(line, "space-in-part", p.span, { part: p.name, silent: true });
  }

  const sameSipValue = sipReading && value.length <= REGISTER_MAX_LENGTH && sipReading.span.start === offset && sipReading.span.end === offset + value.length;
  finishSensitivity(line, sipSecretSegs(v, offset, sameSipValue ? sipReading : undefined), offset);
  return line;
}

/** Where the SIP-only separators sit in an IAX2 register value. */
interface IaxLayout {
  at1: number;
  at2: number;
  hostEnd: number;
  userExtra: number;
  host: RegisterPart;
  port?: RegisterPart;
}

/** SIP habits that chan_iax2 does not understand: a second `@`, an authuser, `transport://`, `peer?`, `/ext~expiry`. */
function checkIaxSipHabits(line: RegisterLine, v: string, offset: number, l: IaxLayout): void {
  const { at1, at2, hostEnd, userExtra, host, port } = l;
  const at = (start: number, end: number): Span => ({ start: offset + start, end: offset + end });
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
  } else if (port && /[/~]/.test(port.raw) && atoi(port.raw) !== 0) {
    // A port with no leading digits drops the whole line (bad-port says so); the suffix only matters once it loads.
    const i = port.raw.search(/[/~]/);
    problem(line, "sip-syntax-on-iax", { start: port.span.start + i, end: offset + hostEnd }, { part: "port", silent: true, reason: "in-port" });
  }
}

/** The port: atoi of 0 drops the line; otherwise at most five characters are read and the number wraps at 65536. */
function checkIaxPort(line: RegisterLine, port: RegisterPart | undefined, colonSpan: Span): void {
  line.port = IAX_DEFAULT_PORT;
  line.portDefaulted = true;
  if (port) {
    if (atoi(port.raw) === 0) {
      const reason = port.raw.trim().length === 0 ? "empty" : scanInt(port.raw) ? "zero" : "not-a-number";
      reject(line, "bad-port", port.span.end > port.span.start ? port.span : colonSpan, false, reason, "port");
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
}

/** Where chan_sip would find the password (and the 4-field domain port) of this IAX line, as segments of `v`. */
function sipSecretSegs(v: string, offset: number, sip = parseSipRegister(v, offset)): Seg[] {
  return sip.parts.filter((p) => p.name === "secret" || p.name === "domainport").map((p) => ({ start: p.span.start - offset, end: p.span.end - offset }));
}
