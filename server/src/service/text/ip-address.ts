// IP address shapes, shared by the carrier, auth and hover code.

/** A dotted quad with every part 0-255 (`10.10.10.15`). */
export function isIpv4(value: string): boolean {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** An IPv4 address of a private (RFC 1918) or loopback network: traffic from it does not come from the internet. */
export function isPrivateIpv4(value: string): boolean {
  if (!isIpv4(value)) return false;
  const [a, b] = value.split(".").map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}
