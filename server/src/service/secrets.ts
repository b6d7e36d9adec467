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

/** Keys whose value holds a secret only in part: chan_sip `auth = user:secret@realm` (or `user#md5hash@realm`). */
const PARTLY_SECRET_KEYS = new Set(["auth"]);

export const MASK = "****";

export function isSecretKey(key: string): boolean {
  const lower = key.trim().toLowerCase();
  if (SECRET_KEYS.has(lower)) return true;
  const slash = lower.lastIndexOf("/");
  return slash >= 0 && SECRET_KEYS.has(lower.slice(slash + 1));
}

function bareKey(key: string): string {
  const lower = key.trim().toLowerCase();
  const slash = lower.lastIndexOf("/");
  return slash >= 0 ? lower.slice(slash + 1) : lower;
}

/**
 * Where the secret sits in a chan_sip realm credential `user:secret@realm` / `user#md5hash@realm`, the way chan_sip
 * splits it (realm after the last `@`, secret after the first `:`, else after the first `#`). Undefined when the value
 * has neither `:` nor `#` (an IAX2 `auth=md5,rsa` list, or a PJSIP endpoint's `auth=` object name): nothing secret.
 */
export function realmSecretSpan(value: string): { start: number; end: number } | undefined {
  const at = value.lastIndexOf("@");
  const head = at >= 0 ? value.slice(0, at) : value;
  let sep = head.indexOf(":");
  if (sep < 0) sep = head.indexOf("#");
  if (sep < 0) return undefined;
  return { start: sep + 1, end: head.length };
}

/** The secret texts a `key = value` line holds (the whole value, the secret part of a realm credential, or none). */
export function secretsOf(key: string, value: string): string[] {
  if (value.length === 0) return [];
  if (isSecretKey(key)) return [value];
  if (PARTLY_SECRET_KEYS.has(bareKey(key))) {
    const span = realmSecretSpan(value);
    if (span && span.end > span.start) return [value.slice(span.start, span.end)];
  }
  return [];
}

/** Shows a `key = value` pair with the value masked when the key is a secret (only the secret part of `auth=`). */
export function displayValue(key: string, value: string): string {
  if (value.length === 0) return value;
  if (isSecretKey(key)) return MASK;
  if (PARTLY_SECRET_KEYS.has(bareKey(key))) {
    const span = realmSecretSpan(value);
    if (span && span.end > span.start) return value.slice(0, span.start) + MASK + value.slice(span.end);
  }
  return value;
}

/** Removes every occurrence of the given secret values from a text (longest first). */
export function redact(text: string, secrets: Iterable<string>): string {
  const list = [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let result = text;
  for (const secret of list) result = result.split(secret).join(MASK);
  return result;
}
