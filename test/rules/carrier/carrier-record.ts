// Builds carrier record texts for the carrier rule fixtures: one-line fields first, then the multi-line blocks.
export const ACCOUNT = "[acme]\ntype=peer\nhost=192.0.2.1\ncontext=trunkinbound";
export const DIALPLAN =
  "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)\nexten => _91NXXNXXXXXX,n,Dial(SIP/acme/${EXTEN:1},,To)\nexten => _91NXXNXXXXXX,n,Hangup()";

/** A carrier record (carrier_id ACME, SIP, 0.0.0.0, active unless given otherwise), ending with a line break. */
export function carrier(fields: Record<string, string>, account?: string, dialplan?: string): string {
  const base: Record<string, string> = { carrier_id: "ACME", protocol: "SIP", server_ip: "0.0.0.0", active: "Y", ...fields };
  const lines = Object.entries(base).map(([k, v]) => `${k}: ${v}`);
  if (account !== undefined) lines.push("[[account_entry]]", account);
  if (dialplan !== undefined) lines.push("[[dialplan_entry]]", dialplan);
  return lines.join("\n") + "\n";
}

/** Inserts annotation lines after the given 1-based lines of a text (`{ 3: "^^^ error carrier/x" }`). */
export function mark(text: string, notes: Record<number, string>): string {
  return text
    .split("\n")
    .map((line, i) => (notes[i + 1] !== undefined ? `${line}\n${notes[i + 1]}` : line))
    .join("\n");
}

/** Carets under columns `from`..`to` (1-based, `to` excluded), as an annotation line starts them. */
export function caret(from: number, to: number): string {
  return (from === 1 ? "" : ";".padEnd(from - 1, " ")) + "^".repeat(to - from);
}
