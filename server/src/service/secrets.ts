// Secret masking: the single place that decides what is a secret and how it is shown.

const SECRET_KEYS = new Set(["secret", "md5secret", "remotesecret", "password", "md5_cred", "dbsecret"]);

export const MASK = "****";

export function isSecretKey(key: string): boolean {
  const lower = key.trim().toLowerCase();
  if (SECRET_KEYS.has(lower)) return true;
  const slash = lower.lastIndexOf("/");
  return slash >= 0 && SECRET_KEYS.has(lower.slice(slash + 1));
}

/** Shows a `key = value` pair with the value masked when the key is a secret. */
export function displayValue(key: string, value: string): string {
  return isSecretKey(key) && value.length > 0 ? MASK : value;
}

/** Removes every occurrence of the given secret values from a text (longest first). */
export function redact(text: string, secrets: Iterable<string>): string {
  const list = [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let result = text;
  for (const secret of list) result = result.split(secret).join(MASK);
  return result;
}
