// Hover on a register line (key or value): its parts as Asterisk reads them, with defaults, and what Asterisk will
// do with it. The password, and anything that may hold it, is always shown as MASK.
import type { Assignment } from "../../parse/conf-syntax";
import { dialectOfProtocol, type Dialect } from "../../model/file-kind";
import {
  IAX_REFRESH,
  parseRegisterValue,
  part,
  SIP_DEFAULT_EXPIRY,
  type RegisterLine,
  type RegisterPart,
} from "../../model/register-line";
import { displayPart, driverConfigs, generalSections, generalValue, grammarOf, isRegisterKey, parseNode } from "../../model/register-options";
import type { Location } from "../locate";
import type { HoverResult } from "./types";

const SIP_FORMAT = "register => [peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension][~expiry]";
const IAX_FORMAT = "register => user[:secret]@host[:port]";

export function registerHover(location: Location): HoverResult | undefined {
  const line = location.line;
  if (!line || location.onFieldName) return undefined;
  if (location.offset < line.line.start || location.offset > line.line.end) return undefined;
  const dialect = dialectAt(location);
  if (line.kind === "option" && isRegisterKey(line.key)) {
    const span = { start: line.keySpan.start, end: line.valueSpan.end };
    if (dialect === "pjsip" || dialect === "pjsip_wizard") return { markdown: pjsipNote(location), span };
    const grammar = (dialect && grammarOf(dialect)) ?? "sip";
    const parsed = parseNode(line, grammar, location.doc.text);
    return { markdown: render(parsed, location, line), span };
  }
  // A Registration String typed without `register =>`: show how the text would be read once the prefix is added.
  if (line.kind === "invalid" && location.field?.name === "registration_string") {
    if (dialect === "pjsip" || dialect === "pjsip_wizard") return { markdown: pjsipNote(location), span: line.content };
    const grammar = (dialect && grammarOf(dialect)) ?? "sip";
    const text = location.doc.text.slice(line.content.start, line.content.end);
    if (/^register(?![A-Za-z0-9_])/i.test(text)) return undefined;
    const parsed = parseRegisterValue(grammar, text, line.content.start);
    const warning = "**Missing `register =>`**: VICIdial writes this field into `[general]` as typed; without `register =>` Asterisk skips the line and the carrier never registers. Read as a registration, it would be:";
    return { markdown: warning + "\n\n" + render(parsed, location), span: line.content };
  }
  return undefined;
}

/** The dialect the line is read with: its unit's, else the file's, else the carrier's protocol. */
function dialectAt(location: Location): Dialect | undefined {
  if (location.unit) return location.unit.dialect;
  const kind = location.doc.kind;
  if (kind.kind === "conf") return kind.dialect;
  if (kind.kind === "carrier") return dialectOfProtocol(location.doc.record?.fields.get("protocol")?.value ?? "SIP");
  return undefined;
}

function pjsipNote(location: Location): string {
  const carrier = location.doc.kind.kind === "carrier";
  return [
    "**Registration on PJSIP**",
    carrier
      ? "VICIdial never writes the Registration String of a PJSIP or PJSIP_WIZ carrier, so this line does nothing."
      : "PJSIP has no `register` lines; res_pjsip does not know this option.",
    "PJSIP registers through a `type=registration` object (`server_uri`, `client_uri`, `outbound_auth` naming a `type=auth` object); a wizard uses `sends_registrations=yes`.",
  ].join("\n\n");
}

function code(text: string): string {
  if (text.length === 0) return "(empty)";
  const safe = text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  return safe.includes("`") ? "`` " + safe + " ``" : "`" + safe + "`";
}

function cell(p: RegisterPart | undefined, fallback: string): string {
  if (!p) return fallback;
  return code(displayPart(p));
}

function defaultExpiry(location: Location): number {
  const unit = location.unit;
  if (!unit) return SIP_DEFAULT_EXPIRY;
  const config = driverConfigs(location.workspace).find((c) => c.units.includes(unit));
  const value = generalValue(config?.main ?? unit, "defaultexpiry");
  const n = value !== undefined ? parseInt(value, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? n : SIP_DEFAULT_EXPIRY;
}

function render(line: RegisterLine, location: Location, node?: Assignment): string {
  const parts: string[] = [];
  parts.push(`**Registration (${line.grammar === "iax" ? "chan_iax2" : "chan_sip"})**`);
  parts.push(line.grammar === "iax" ? iaxTable(line) : sipTable(line, defaultExpiry(location)));
  parts.push(consequence(line, location, node));
  parts.push("`" + (line.grammar === "iax" ? IAX_FORMAT : SIP_FORMAT) + "`");
  return parts.join("\n\n");
}

function sipTable(line: RegisterLine, expiryDefault: number): string {
  const rows: [string, string, string][] = [];
  const peer = part(line, "peer");
  if (peer) rows.push(["peer", cell(peer, ""), "peer whose settings this registration uses"]);
  const transport = part(line, "transport");
  rows.push(["transport", transport ? code(line.transport.toUpperCase()) : "`UDP` (default)", "how REGISTER is sent"]);
  rows.push(["user", cell(part(line, "user"), "(empty)"), "user being registered (From and To)"]);
  rows.push(["domain", cell(part(line, "domain"), "(none: the host is used)"), "domain in the request URI, From and To"]);
  const domainPort = part(line, "domainport");
  if (domainPort) rows.push(["domain port", cell(domainPort, ""), "port added to the domain"]);
  const secret = part(line, "secret");
  rows.push(["secret", secret && secret.value.length > 0 ? code(displayPart(secret)) : "(none)", "password for the digest login"]);
  rows.push(["auth user", cell(part(line, "authuser"), "(none: the user is used)"), "user name for the digest login"]);
  rows.push(["host", cell(part(line, "host"), "(empty)"), "where REGISTER is sent"]);
  const port = part(line, "port");
  rows.push(["port", portCell(line, port), "port REGISTER is sent to"]);
  const extension = part(line, "extension");
  rows.push(["extension", extension && extension.value.length > 0 ? cell(extension, "") : "`s` (default)", "extension that receives calls for this registration"]);
  const expiry = part(line, "expiry");
  rows.push(["expiry", expiry ? `\`${line.expiry ?? 0}\` s` : `\`${expiryDefault}\` s (default)`, "lifetime asked for in Expires"]);
  return table(rows);
}

function iaxTable(line: RegisterLine): string {
  const rows: [string, string, string][] = [];
  rows.push(["user", cell(part(line, "user"), "(empty)"), "user being registered"]);
  const secret = part(line, "secret");
  const isKey = secret !== undefined && /^\[.*\]$/.test(secret.value);
  rows.push(["secret", secret && secret.value.length > 0 ? code(displayPart(secret)) + (isKey ? " (RSA key name)" : "") : "(none)", "password (or `[key]` for RSA)"]);
  rows.push(["host", cell(part(line, "host"), "(empty)"), "where the registration is sent"]);
  rows.push(["port", portCell(line, part(line, "port")), "IAX2 port"]);
  rows.push(["refresh", `\`${IAX_REFRESH}\` s`, "fixed; the server may ask for another interval"]);
  return table(rows);
}

function portCell(line: RegisterLine, port: RegisterPart | undefined): string {
  if (port?.sensitive) return code(displayPart(port));
  if (line.portDefaulted) return `\`${line.port}\` (default)`;
  const written = port?.value.trim();
  return written !== undefined && written !== String(line.port) ? `\`${line.port}\` (written ${code(written)})` : `\`${line.port}\``;
}

function table(rows: [string, string, string][]): string {
  return ["| Part | Value | Used for |", "|---|---|---|", ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`)].join("\n");
}

/** One or two sentences on what Asterisk will do with the line. */
function consequence(line: RegisterLine, location: Location, node?: Assignment): string {
  const driver = line.grammar === "iax" ? "chan_iax2" : "chan_sip";
  if (!line.accepted) return `**${driver} rejects this line**: no registration is made.`;
  const unit = location.unit;
  const option = location.option;
  if (node && unit && option?.section && !generalSections(unit).has(option.section)) {
    return `**Ignored**: this line is not in the first \`[general]\` section (it is in \`[${option.section.name}]\`), and ${driver} reads register lines only there.`;
  }
  const host = part(line, "host");
  const target = `${host ? displayPart(host) : ""}:${line.port}`;
  if (line.grammar === "iax") {
    return `Asterisk registers ${code(displayPart(part(line, "user") ?? emptyPart()))} with ${code(target)} over IAX2 every ${IAX_REFRESH} s. Calls from that server arrive at the extension it dials, in the context of the matching IAX2 user.`;
  }
  const expiry = line.expiry ?? defaultExpiry(location);
  const transport = line.transport.toUpperCase();
  if (expiry <= 0) {
    return `REGISTER goes to ${code(target)} over ${transport} with \`Expires: ${expiry}\`, which asks the provider to drop the registration at once: the account never stays registered.`;
  }
  const refresh = expiry >= 30 ? expiry - 15 : Math.max(1, Math.round(expiry * 0.8));
  const extension = line.extension.length > 0 ? line.extension : "s";
  const domain = part(line, "domain");
  const as = domain && domain.value.length > 0 ? ` for domain ${code(displayPart(domain))}` : "";
  return `REGISTER goes to ${code(target)} over ${transport}${as} every ~${refresh} s (expiry ${expiry} s, unless the provider grants another); inbound calls for it land in extension ${code(extension)}.`;
}

function emptyPart(): RegisterPart {
  return { name: "user", raw: "", value: "", span: { start: 0, end: 0 }, sensitive: false };
}
