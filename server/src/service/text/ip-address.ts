// IP address shapes, shared by the carrier, auth and hover code.

/** A dotted quad with every part 0-255 (`10.10.10.15`). */
export function isIpv4(value: string): boolean {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}
