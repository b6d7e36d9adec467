// Secret masking: the single place that decides what is a secret and how it is shown.
import { parseRegisterValue } from "./model/register-line";
import type { ConfTree } from "./parse/conf-syntax";

const SECRET_KEYS = new Set([
  "secret",
  "md5secret",
  "remotesecret",
  "password",
  "md5_cred",
  "dbsecret",
  // PJSIP auth objects: a precomputed digest, and the Google OAuth credentials.
  "password_digest",
  "oauth_secret",
  "refresh_token",
]);

/**
 * Keys whose value may hold a secret in part: chan_sip `auth = user:secret@realm` (or `user#md5hash@realm`), and the
 * same credential pasted into a PJSIP `outbound_auth=` (whose real values are object names, with no `:` or `#`).
 */
const PARTLY_SECRET_KEYS = new Set(["auth", "outbound_auth"]);

export const MASK = "****";

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(bareKey(key));
}

/** A key without a wizard prefix (`outbound_auth/password` → `password`), lower case. */
export function bareKey(key: string): string {
  const lower = key.trim().toLowerCase();
  const slash = lower.lastIndexOf("/");
  return slash >= 0 ? lower.slice(slash + 1) : lower;
}

/**
 * Where the secret sits in a chan_sip realm credential `user:secret@realm` / `user#md5hash@realm`, the way chan_sip
 * splits it (realm after the last `@`, secret after the first `:`, else after the first `#`). Undefined when the value
 * has neither `:` nor `#` (an IAX2 `auth=md5,rsa` list, or a PJSIP endpoint's `auth=` object name): nothing secret.
 */
function realmSecretSpan(value: string): { start: number; end: number } | undefined {
  const at = value.lastIndexOf("@");
  const head = at >= 0 ? value.slice(0, at) : value;
  let sep = head.indexOf(":");
  if (sep < 0) sep = head.indexOf("#");
  if (sep < 0) return undefined;
  return { start: sep + 1, end: head.length };
}

/** Where the secret sits in a `key = value` line's value: all of it, the secret part of a realm credential, or nowhere. */
function secretSpan(key: string, value: string): { start: number; end: number } | undefined {
  if (value.length === 0) return undefined;
  if (isSecretKey(key)) return { start: 0, end: value.length };
  if (!PARTLY_SECRET_KEYS.has(bareKey(key))) return undefined;
  const span = realmSecretSpan(value);
  return span && span.end > span.start ? span : undefined;
}

/** The secret texts a `key = value` line holds (the whole value, the secret part of a realm credential, or none). */
export function secretsOf(key: string, value: string): string[] {
  const span = secretSpan(key, value);
  return span ? [value.slice(span.start, span.end)] : [];
}

/** Shows a `key = value` pair with the value masked when the key is a secret (only the secret part of `auth=`). */
export function displayValue(key: string, value: string): string {
  const span = secretSpan(key, value);
  return span ? value.slice(0, span.start) + MASK + value.slice(span.end) : value;
}

const WORD_CHAR = /[A-Za-z0-9]/;

/** Characters that end a `user:password` credential written before an `@` (URI and dial-string punctuation). */
const CREDENTIAL_STOP = new Set([..." \t\r\n,;()<>\"'={}$|/[]\\"]);
/** URI schemes that may precede `user:password@host`; they are not part of the credential. */
const URI_SCHEMES = new Set(["sip", "sips", "iax", "iax2", "tel", "pjsip", "h323", "mailto"]);

/**
 * The passwords written as `user:password@host` anywhere in a value: `sip:alice:pw@host` in a contact, client_uri,
 * server_uri or outbound_proxy, `Dial(SIP/alice:pw@host)`, a chan_sip credential pasted elsewhere. The secret is what
 * follows the first `:` of the credential (after any URI scheme) up to its last `@`.
 */
export function uriSecrets(value: string): string[] {
  const found: string[] = [];
  for (let at = value.indexOf("@"); at >= 0; at = value.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && !CREDENTIAL_STOP.has(value[start - 1]) && value[start - 1] !== "@") start--;
    let credential = value.slice(start, at);
    const colon = credential.indexOf(":");
    if (colon >= 0 && URI_SCHEMES.has(credential.slice(0, colon).toLowerCase()) && credential.indexOf(":", colon + 1) >= 0) credential = credential.slice(colon + 1);
    const sep = credential.indexOf(":");
    if (sep >= 0 && sep + 1 < credential.length) found.push(credential.slice(sep + 1));
  }
  return found;
}

/** A register line's value may be read by either driver; both readings' sensitive parts are secrets. */
function registerSecrets(value: string): string[] {
  const all = new Set<string>();
  for (const grammar of ["sip", "iax"] as const) for (const secret of parseRegisterValue(grammar, value).secrets) all.add(secret);
  if (all.size === 0) {
    // A line Asterisk rejects before taking it apart (no `@host`): whatever follows the user's `:` may be the password.
    const body = value.replace(/^\s*[a-z]+:\/\//i, "");
    const colon = body.indexOf(":");
    if (colon >= 0) {
      const rest = body.slice(colon + 1);
      const at = rest.lastIndexOf("@");
      const secret = (at >= 0 ? rest.slice(0, at) : rest).trim();
      if (secret) all.add(secret);
      for (const piece of secret.split(/[:/]/)) if (piece.trim()) all.add(piece.trim());
    }
  }
  return [...all];
}

/**
 * Every secret text a `key = value` line holds: the value of a secret key, the secret of a realm credential, the
 * password of a register line, and any `user:password@` credential in the value.
 */
export function lineSecrets(key: string, value: string): string[] {
  const bare = bareKey(key);
  if (bare === "register") return registerSecrets(value);
  return [...secretsOf(key, value), ...uriSecrets(value)];
}

/** A line the parser could not read that starts with a secret key (`secret hunter2`): the rest is secret. */
function invalidLineSecrets(content: string): string[] {
  const text = content.trim();
  const match = /^([A-Za-z_/]+)\s*[:=>]*\s*(.+)$/.exec(text);
  if (!match) return uriSecrets(text);
  const key = bareKey(match[1]);
  if (key === "register") return registerSecrets(match[2]);
  if (isSecretKey(key) || key === "auth" || key === "outbound_auth") return [match[2].trim(), ...uriSecrets(text)];
  return uriSecrets(text);
}

/** The few fields of a document the secret index reads: the conf trees, and the raw fields of a record. */
export interface SecretSource {
  text: string;
  conf?: ConfTree;
  fieldTrees: Map<string, ConfTree>;
  record?: { fields: Map<string, { name: string; value: string }> };
}

const documentSecretCache = new WeakMap<SecretSource, string[]>();

/**
 * The secret texts of one document revision, found once: every option line of its conf tree (or of its record's
 * conf fields), lines the parser could not read that start with a secret key, and credentials in other record fields.
 */
export function documentSecrets(doc: SecretSource): string[] {
  const cached = documentSecretCache.get(doc);
  if (cached) return cached;
  const secrets = new Set<string>();
  const add = (list: string[]) => {
    for (const s of list) if (s.trim().length > 0) secrets.add(s.trim());
  };
  const trees = doc.conf ? [doc.conf] : [...doc.fieldTrees.values()];
  for (const tree of trees) {
    for (const line of tree.lines) {
      if (line.kind === "option") {
        add(lineSecrets(line.key, line.value));
        const raw = doc.text.slice(line.valueSpan.start, line.valueSpan.end);
        if (raw !== line.value) add(lineSecrets(line.key, raw));
      } else if (line.kind === "invalid") add(invalidLineSecrets(doc.text.slice(line.content.start, line.content.end)));
      else if (line.kind === "section" || line.kind === "directive") add(uriSecrets(doc.text.slice(line.line.start, line.line.end)));
    }
  }
  if (doc.record) {
    for (const field of doc.record.fields.values()) {
      // VICIdial writes the registration string as it is: with or without `register =>`, it is a register line.
      if (field.name === "registration_string") {
        for (const line of field.value.split(/\r?\n/)) add(registerSecrets(line.replace(/^\s*register\s*=?>?\s*/i, "")));
      }
      if (doc.fieldTrees.has(field.name)) continue;
      add(isSecretKey(field.name) ? [field.value] : uriSecrets(field.value));
    }
  }
  const result = [...secrets];
  documentSecretCache.set(doc, result);
  return result;
}

/** How many first characters index the secrets (MIN_CUT_PREFIX must not be smaller). */
const PREFIX = 3;

/** Shortest start of a secret that is still masked when an output cuts the secret off (`register => u:hunt…`). */
const MIN_CUT_PREFIX = 4;

/** How many masked texts a masker remembers before it starts over, and the longest text it remembers. */
const MASKED_TEXTS_KEPT = 2048;
const MASKED_TEXT_MAX_LENGTH = 2000;

/**
 * Masks secrets in any text shown to a user. Built once per set of secrets; each call is linear in the text (the
 * secrets are bucketed by their first character, longest first). A secret is masked where it stands as a whole word
 * (no letter or digit touching either side), and also where an output cut it off: a start of a secret (at least
 * MIN_CUT_PREFIX characters) that runs to the end of the text or to an ellipsis. No regex: the secrets are user text.
 */
export class SecretMasker {
  /** Secrets by their first PREFIX characters (whole secret when shorter), longest first in each list. */
  private readonly byPrefix = new Map<string, string[]>();
  private readonly firstChars = new Set<string>();
  /** Texts masked so far and their results: outputs repeat (the same completion documentation at every offset). */
  private readonly masked = new Map<string, string>();
  readonly size: number;

  constructor(secrets: Iterable<string>) {
    const unique = new Set<string>();
    for (const s of secrets) if (s.length > 0) unique.add(s);
    this.size = unique.size;
    for (const secret of [...unique].sort((a, b) => b.length - a.length)) {
      const key = secret.slice(0, PREFIX);
      const list = this.byPrefix.get(key);
      if (list) list.push(secret);
      else this.byPrefix.set(key, [secret]);
      this.firstChars.add(secret[0]);
    }
  }

  mask(text: string): string {
    if (this.size === 0 || text.length === 0) return text;
    if (text.length > MASKED_TEXT_MAX_LENGTH) return this.maskOnce(text);
    const known = this.masked.get(text);
    if (known !== undefined) return known;
    const result = this.maskOnce(text);
    if (this.masked.size >= MASKED_TEXTS_KEPT) this.masked.clear();
    this.masked.set(text, result);
    return result;
  }

  private maskOnce(text: string): string {
    let stops: number[] | undefined;
    let next = 0;
    let result = "";
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (!this.firstChars.has(text[i]) || (i > 0 && WORD_CHAR.test(text[i - 1]))) continue;
      stops ??= cutStops(text);
      while (stops[next] < i) next++;
      const end = this.matchAt(text, i, stops[next]);
      if (end < 0) continue;
      result += text.slice(from, i) + MASK;
      from = end;
      i = end - 1;
    }
    return from === 0 ? text : result + text.slice(from);
  }

  /** Where the secret starting at `at` ends, or -1; `stop` is where a clipped output cut its text (ellipsis or end). */
  private matchAt(text: string, at: number, stop: number): number {
    // Longer keys first: every secret in a longer key's list is longer than those of shorter keys.
    for (let k = PREFIX; k >= 1; k--) {
      const candidates = this.byPrefix.get(text.slice(at, at + k));
      if (!candidates) continue;
      for (const secret of candidates) {
        const end = at + secret.length;
        if (text.startsWith(secret, at) && (end >= text.length || !WORD_CHAR.test(text[end]))) return end;
      }
      if (k === PREFIX) {
        const length = stop - at;
        if (length < MIN_CUT_PREFIX || length >= candidates[0].length) continue;
        for (const secret of candidates) if (secret.length > length && text.startsWith(secret.slice(0, length), at)) return stop;
      }
    }
    return -1;
  }
}

/** Offsets where an output may have been clipped: each ellipsis, then the end of the text (ascending). */
function cutStops(text: string): number[] {
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "…" || (text[i] === "." && text.startsWith("...", i))) stops.push(i);
  }
  stops.push(text.length);
  return stops;
}

/**
 * Masks every whole-word occurrence of the given secrets in a text, longest first. Whole words only (no letter or
 * digit touching either side), so that a short password such as `p` does not garble the words around it; a secret
 * quoted as `user:pw@realm` or `'pw'` is still masked. No regex: the secrets are user text.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  return new SecretMasker(secrets).mask(text);
}
