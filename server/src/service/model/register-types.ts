// The parsed form of a `register =>` value (parts with offsets, problems, what Asterisk ends up using) and the
// drivers' limits and defaults. The parsers are model/register-sip.ts and model/register-iax.ts.
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
