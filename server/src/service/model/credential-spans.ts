// Where a credential sits inside a value, as spans: `user:password@host` in URIs, dial strings and pasted
// credentials, and the password of a register line under either driver's reading. secrets.ts decides which lines are
// read this way; everything here is linear in the value (no regex over user text).
import { parseRegisterValue, type RegisterGrammar, type RegisterLine } from "./register-line";
import { parseNode } from "./register-options";
import type { Assignment } from "../parse/conf-syntax";
import type { Span } from "../text/span";

/** Characters that end a `user:password` credential written before an `@` (URI and dial-string punctuation). */
const CREDENTIAL_STOP = new Set([..." \t\r\n,;()<>\"'={}$|/[]\\"]);
/** URI schemes that may precede `user:password@host`; they are not part of the credential. */
const URI_SCHEMES = new Set(["sip", "sips", "iax", "iax2", "tel", "pjsip", "h323", "mailto"]);

/**
 * Where passwords are written as `user:password@host` in a value: `sip:alice:pw@host` in a contact, client_uri,
 * server_uri or outbound_proxy, `Dial(SIP/alice:pw@host)`, a chan_sip credential pasted elsewhere. In each run of
 * credential characters, the secret follows the first `:` (after any URI scheme) and ends at an `@`: the first one
 * and, when the password itself holds `@`, the last one (both spans; linear in the value).
 */
export function uriSecretSpans(value: string): Span[] {
  // No `@`, no credential: most values are passed over by one native search.
  if (!value.includes("@")) return [];
  const spans: Span[] = [];
  for (let start = 0; start < value.length; ) {
    let end = start;
    let last = -1;
    for (; end < value.length && !CREDENTIAL_STOP.has(value[end]); end++) if (value[end] === "@") last = end;
    if (last > start) spans.push(...runSecretSpans(value, start, last));
    start = end + 1;
  }
  return spans;
}

/** The `user:password@` spans of a run of credential characters from `start` to its last `@`. */
function runSecretSpans(value: string, start: number, last: number): Span[] {
  let colon = indexBetween(value, ":", start, last);
  if (colon < 0) return [];
  const second = indexBetween(value, ":", colon + 1, last);
  if (second >= 0 && URI_SCHEMES.has(value.slice(start, colon).toLowerCase())) colon = second;
  const first = indexBetween(value, "@", colon + 1, last + 1);
  const spans: Span[] = [];
  if (first > colon + 1) spans.push({ start: colon + 1, end: first });
  if (last > first) spans.push({ start: colon + 1, end: last });
  return spans;
}

/** The first index of `char` in `text[from, to)`, or -1 (never looks past `to`). */
function indexBetween(text: string, char: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === char) return i;
  return -1;
}

/** The passwords written as `user:password@host` anywhere in a value (see uriSecretSpans). */
export function uriSecrets(value: string): string[] {
  return uriSecretSpans(value).map((s) => value.slice(s.start, s.end));
}

/**
 * A register line's value may be read by either driver; both readings' sensitive parts are secret. A line Asterisk
 * rejects before taking it apart (no `@host`): whatever follows the user's `:` may be the password.
 */
export function registerSecretSpans(value: string): Span[] {
  const spans = sensitiveSpans((grammar) => parseRegisterValue(grammar, value));
  if (spans.length > 0) return spans;
  const scheme = /^\s*[a-z]+:\/\//i.exec(value)?.[0].length ?? 0;
  const colon = value.indexOf(":", scheme);
  if (colon < 0) return [];
  const at = value.lastIndexOf("@");
  return trimmed(value, colon + 1, at > colon ? at : value.length);
}

/** The secret texts of a register value: the marked spans, the values Asterisk keeps of them, and for a line with
 * no host each `:`/`/` piece of what may be the password. */
export function registerSecrets(value: string): string[] {
  const all = new Set<string>();
  for (const grammar of ["sip", "iax"] as const) for (const secret of parseRegisterValue(grammar, value).secrets) all.add(secret);
  const parsed = all.size > 0;
  for (const span of registerSecretSpans(value)) {
    const secret = value.slice(span.start, span.end);
    all.add(secret);
    if (!parsed) for (const piece of secret.split(/[:/]/)) all.add(piece.trim());
  }
  return [...all];
}

/** The span `[start, end)` of a text without its blanks at either end, or nothing when only blanks are left. */
export function trimmed(text: string, start: number, end: number): Span[] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [{ start, end }] : [];
}

/**
 * The secret spans of a register line (see `registerSecretSpans`) from the parses the register rules keep with the
 * node (`parseNode`), in document offsets: a document's first masker reads every register line, and most are parsed
 * already. Undefined where those parses do not read the text as it is (a comment on the line, escapes) or find no
 * sensitive part: the line is then marked from its text.
 */
export function parsedRegisterSpans(text: string, line: Assignment): Span[] | undefined {
  if (line.comment || text.slice(line.valueSpan.start, line.valueSpan.end) !== line.value) return undefined;
  const spans = sensitiveSpans((grammar) => parseNode(line, grammar, text));
  return spans.length > 0 ? spans : undefined;
}

/** The non-empty sensitive parts of both drivers' readings of a register line, as spans of their own. */
function sensitiveSpans(reading: (grammar: RegisterGrammar) => RegisterLine): Span[] {
  const spans: Span[] = [];
  for (const grammar of ["sip", "iax"] as const) {
    for (const part of reading(grammar).parts) if (part.sensitive && part.span.end > part.span.start) spans.push({ start: part.span.start, end: part.span.end });
  }
  return spans;
}
