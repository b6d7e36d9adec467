// Secrets: the single place that decides what is a secret. Each conf line is marked once, as the spans of the secrets
// it holds (lineSecretSpans, confSecretSpans): secret keys, realm credentials, register-line passwords, `user:pw@` in
// any value (model/credential-spans.ts), and the same in commented-out lines. From the marks come a document's secret texts (documentSecrets), which the one masker every output goes
// through masks wherever a message, hover or log line repeats them (LanguageService.mask, text/secret-masker.ts); a
// conf text printed as it is (the generated files, a db diff) is masked span by span (maskConfText).
import { parsedRegisterSpans, registerSecrets, registerSecretSpans, trimmed, uriSecretSpans } from "./model/credential-spans";
import { parseConf } from "./parse/conf-parser";
import type { Assignment, ConfLine, ConfTree } from "./parse/conf-syntax";
import { editDistance } from "./text/edit-distance";
import type { Span } from "./text/span";
import { MASK, maskSpans } from "./text/secret-masker";

export { MASK, redact, SecretMasker } from "./text/secret-masker";

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

/** Secret keys a misspelling is measured against (`secert`, `pasword`). */
const NEAR_SECRET_KEYS = ["secret", "md5secret", "remotesecret", "password"];

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
 * The verdicts of looksSecret by bare key. A config repeats a few dozen keys over thousands of lines, and the edit
 * distances are most of the cost of marking a document's secrets; a pure verdict per key string, bounded in size.
 */
const nearSecretVerdicts = new Map<string, boolean>();
const MAX_VERDICTS = 4096;

/** A key that is not a secret key but may be a misspelt one (`secert`, `pasword`, `my_password`): masked all the same. */
export function looksSecret(key: string): boolean {
  return bareLooksSecret(bareKey(key));
}

/** `looksSecret` of a key already made bare (`bareKey`): the verdict, a pure function of `bare`, is kept by it. */
function bareLooksSecret(bare: string): boolean {
  return verdictOf(nearSecretVerdicts, bare, judgeNearSecret);
}

function judgeNearSecret(bare: string): boolean {
  return bare.length > 0 && !isSecretKey(bare) && (/secret|passw|pwd/.test(bare) || NEAR_SECRET_KEYS.some((k) => editDistance(bare, k, 2) <= 2));
}

/**
 * The verdict `verdicts` keeps for `key`, worked out by `judge(key)` the first time (the map is emptied when full).
 * `judge` is a plain function, not a closure: this runs for every line when a document's secrets are first marked.
 */
function verdictOf(verdicts: Map<string, boolean>, key: string, judge: (key: string) => boolean): boolean {
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = judge(key);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Where the secret sits in a chan_sip realm credential `user:secret@realm` / `user#md5hash@realm`, the way chan_sip
 * splits it (realm after the last `@`, secret after the first `:`, else after the first `#`). Undefined when the value
 * has neither `:` nor `#` (an IAX2 `auth=md5,rsa` list, or a PJSIP endpoint's `auth=` object name): nothing secret.
 */
function realmSecretSpan(value: string): Span | undefined {
  const at = value.lastIndexOf("@");
  const head = at >= 0 ? value.slice(0, at) : value;
  let sep = head.indexOf(":");
  if (sep < 0) sep = head.indexOf("#");
  if (sep < 0) return undefined;
  return { start: sep + 1, end: head.length };
}

/** Where the credential sits in a `key = value` line's value: all of it, the secret part of a realm credential, or nowhere. */
function credentialSpan(key: string, value: string): Span | undefined {
  return bareCredentialSpan(bareKey(key), value);
}

/** `credentialSpan` of a key already made bare. */
function bareCredentialSpan(bare: string, value: string): Span | undefined {
  if (value.length === 0) return undefined;
  if (SECRET_KEYS.has(bare)) return { start: 0, end: value.length };
  if (!PARTLY_SECRET_KEYS.has(bare)) return undefined;
  const span = realmSecretSpan(value);
  return span && span.end > span.start ? span : undefined;
}

/** What is shown masked of a `key = value` value: the credential, or all of it under a misspelt secret key. */
function shownSecretSpan(key: string, value: string): Span | undefined {
  return bareShownSecretSpan(bareKey(key), value);
}

function bareShownSecretSpan(bare: string, value: string): Span | undefined {
  return bareCredentialSpan(bare, value) ?? (value.length > 0 && bareLooksSecret(bare) ? { start: 0, end: value.length } : undefined);
}

/** The credential a `key = value` line holds (the whole value, the secret part of a realm credential, or none). */
export function secretsOf(key: string, value: string): string[] {
  const span = credentialSpan(key, value);
  return span ? [value.slice(span.start, span.end)] : [];
}

/** Shows a `key = value` pair with its secret part masked (all of a secret key's value, the secret part of `auth=`). */
export function displayValue(key: string, value: string): string {
  const span = shownSecretSpan(key, value);
  return span ? value.slice(0, span.start) + MASK + value.slice(span.end) : value;
}

/** Where the secrets of a `key = value` line sit in its value (register password, credential, `user:pw@` spans). */
export function lineSecretSpans(key: string, value: string): Span[] {
  const bare = bareKey(key);
  if (bare === "register") return registerSecretSpans(value);
  const own = bareShownSecretSpan(bare, value);
  return own ? [own, ...uriSecretSpans(value)] : uriSecretSpans(value);
}

/** Every secret text a `key = value` line holds (see lineSecretSpans). */
export function lineSecrets(key: string, value: string): string[] {
  if (bareKey(key) === "register") return registerSecrets(value);
  return lineSecretSpans(key, value).map((s) => value.slice(s.start, s.end));
}

const INVALID_KEYED = /^([A-Za-z_/]+)(\s*[:=>]*\s*)(.+)$/;
/** A line that is one `user:...` word with no `=`: a registration string written without `register =>`. */
const BARE_CREDENTIAL = /^[^\s=;:]+:[^=]*$/;

/**
 * A line the parser could not read (`content` without its blanks at either end): one that starts with a secret key
 * (`secret hunter2`) is secret after the key; a bare registration string (`user:secret@host`) is read as a register
 * value; `user:pw@` spans anywhere else.
 */
function invalidLineSecretSpans(content: string): Span[] {
  const match = INVALID_KEYED.exec(content);
  const key = match ? bareKey(match[1]) : "";
  const rest = match ? match[1].length + match[2].length : 0;
  const shifted = (spans: Span[]) => spans.map((s) => ({ start: s.start + rest, end: s.end + rest }));
  if (key === "register") return shifted(registerSecretSpans(content.slice(rest)));
  if (isSecretKey(key) || looksSecret(key) || PARTLY_SECRET_KEYS.has(key)) return [...trimmed(content, rest, content.length), ...uriSecretSpans(content)];
  if (BARE_CREDENTIAL.test(content)) return registerSecretSpans(content);
  return uriSecretSpans(content);
}

/**
 * Where the value of an option line ends, for its secrets: a `;` glued to the value of a line that holds a credential
 * (`secret=ab;cd`) starts a comment for Asterisk, but most likely cut the password short, so the glued word counts.
 */
function secretValueEnd(text: string, line: Assignment): number {
  const { comment, valueSpan, key } = line;
  if (!comment || comment.start !== valueSpan.end) return valueSpan.end;
  const bare = bareKey(key);
  if (bare !== "register" && !isSecretKey(bare) && !looksSecret(bare) && !PARTLY_SECRET_KEYS.has(bare)) return valueSpan.end;
  let end = comment.start;
  while (end < comment.end && !/\s/.test(text[end])) end++;
  return end;
}

/**
 * A commented-out option (`;secret=old`, `; register => u:pw@h`, or a line inside a `;-- --;` block, which has no
 * `;` of its own): the key, the separator and the value (without a closing `--;`).
 */
const COMMENTED_OPTION = /^((?:;+-*)?\s*([A-Za-z0-9_/]+)\s*(?:=>?|:)\s*)(.*?)(?:\s*--;.*)?$/;

/** A comment keeps the secrets of the option it comments out, and any `user:pw@` written in it. */
function commentSecretSpans(comment: string): Span[] {
  const match = COMMENTED_OPTION.exec(comment);
  const own = match ? lineSecretSpans(match[2], match[3]).map((s) => ({ start: s.start + match[1].length, end: s.end + match[1].length })) : [];
  return [...own, ...uriSecretSpans(comment)];
}

/** The secret spans of a conf tree over `text`, in document offsets, in line order. */
export function confSecretSpans(text: string, tree: ConfTree): Span[] {
  const spans: Span[] = [];
  for (const line of tree.lines) for (const span of confLineSecretSpans(text, line)) spans.push(span);
  return spans;
}

/** The secret spans of one line of a conf tree over `text`, in document offsets. */
function confLineSecretSpans(text: string, line: ConfLine): Span[] {
  const spans: Span[] = [];
  const add = (base: number, list: Span[]) => {
    for (const s of list) spans.push({ start: base + s.start, end: base + s.end });
  };
  if (line.kind === "option") {
    const parsed = bareKey(line.key) === "register" ? parsedRegisterSpans(text, line) : undefined;
    if (parsed) for (const span of parsed) spans.push(span);
    else add(line.valueSpan.start, lineSecretSpans(line.key, text.slice(line.valueSpan.start, secretValueEnd(text, line))));
  }
  else if (line.kind === "invalid") {
    const [content] = trimmed(text, line.content.start, line.content.end);
    if (content) add(content.start, invalidLineSecretSpans(text.slice(content.start, content.end)));
  } else if (line.kind === "section" || line.kind === "directive") add(line.line.start, uriSecretSpans(text.slice(line.line.start, line.line.end)));
  if (line.comment) add(line.comment.start, commentSecretSpans(text.slice(line.comment.start, line.comment.end)));
  return spans;
}

const NO_SECRETS: readonly string[] = [];

/**
 * The secret texts (trimmed, none empty) of one line of a conf tree over `text`: its marked spans, and what Asterisk
 * keeps of a value where that differs from its text (`\;` unescaped, a glued `;part` cut off). `lineHasAt`: whether
 * the line holds an `@`, for a caller that knows it already (see `atOffsets`).
 */
export function lineSecretTexts(text: string, line: ConfLine, lineHasAt = hasAt(text, line.line.start, line.line.end)): readonly string[] {
  if (plainLine(line, lineHasAt)) return NO_SECRETS;
  const found: string[] = [];
  const add = (secret: string) => {
    const trimmedSecret = secret.trim();
    if (trimmedSecret.length > 0) found.push(trimmedSecret);
  };
  for (const span of confLineSecretSpans(text, line)) add(text.slice(span.start, span.end));
  if (line.kind === "option" && !keepsItsText(text, line)) lineSecrets(line.key, line.value).forEach(add);
  return found.length > 0 ? found : NO_SECRETS;
}

/**
 * A line that cannot hold a secret, told without marking it: no comment, no `@` (so no `user:pw@`; `lineHasAt` says
 * whether the line holds one), and either no key or one that is neither secret, partly secret, misspelt secret nor
 * `register`. Most lines of a config are such lines; a document's first masker marks every line, so passing them over
 * in a few tests matters.
 */
function plainLine(line: ConfLine, lineHasAt: boolean): boolean {
  if (line.comment || lineHasAt) return false;
  if (line.kind === "option") return plainKey(line.key);
  return line.kind === "blank" || line.kind === "section" || line.kind === "directive";
}

/** Whether `text[from, to)` holds an `@`. */
function hasAt(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 64 /* @ */) return true;
  return false;
}

/** By key as written: whether nothing under it is secret for its key alone (bounded, like `nearSecretVerdicts`). */
const plainKeyVerdicts = new Map<string, boolean>();

function plainKey(key: string): boolean {
  return verdictOf(plainKeyVerdicts, key, judgePlainKey);
}

function judgePlainKey(key: string): boolean {
  const bare = bareKey(key);
  return bare !== "register" && !SECRET_KEYS.has(bare) && !PARTLY_SECRET_KEYS.has(bare) && !bareLooksSecret(bare);
}

/** Every offset of `@` in a text, in order: one native search per `@`, for callers that ask about every line. */
export function atOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) offsets.push(at);
  return offsets;
}

/** A conf text (or one line of one) with every marked secret replaced by MASK, the rest left as it was. */
export function maskConfText(text: string): string {
  return maskSpans(text, confSecretSpans(text, parseConf(text)));
}

/** The record fields VICIdial writes into the conf files as they are (the conf fields of model/workspace). */
const CONF_FIELDS = new Set(["registration_string", "account_entry", "template_contents", "globals_string", "dialplan_entry"]);

/**
 * A field of a carrier or template record shown as text (`db diff`): a conf field masked like a conf text, any other
 * field's `user:pw@` credentials masked (all of it under a secret's name).
 */
export function maskRecordField(name: string, value: string): string {
  if (CONF_FIELDS.has(name)) return maskConfText(value);
  return maskSpans(value, isSecretKey(name) ? trimmed(value, 0, value.length) : uriSecretSpans(value));
}

/** True when the value Asterisk keeps of an option line is its text up to `secretValueEnd` (compared in place). */
function keepsItsText(text: string, line: Assignment): boolean {
  const start = line.valueSpan.start;
  return line.value.length === secretValueEnd(text, line) - start && text.startsWith(line.value, start);
}
