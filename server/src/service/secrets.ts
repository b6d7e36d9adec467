// Secret masking: the single place that decides what is a secret and how it is shown.

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

/**
 * Masks every whole-word occurrence of the given secrets in a text, longest first. Whole words only (no letter or
 * digit touching either side), so that a short password such as `p` does not garble the words around it; a secret
 * quoted as `user:pw@realm` or `'pw'` is still masked. No regex: the secrets are user text.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  let result = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) result = maskWholeWord(result, secret);
  return result;
}

function maskWholeWord(text: string, word: string): string {
  let result = "";
  let from = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at < from) continue;
    const end = at + word.length;
    if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
    result += text.slice(from, at) + MASK;
    from = end;
  }
  return result + text.slice(from);
}
