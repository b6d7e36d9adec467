// Inputs for the fuzz test: workspaces of random text, configs built from the grammar of each dialect (sections,
// templates, references between them, register lines, dialplans, carrier records) and mutations of the shipped
// examples and the shared corpora. Deterministic for a seed.
import * as fs from "node:fs";
import * as path from "node:path";

export type FuzzFiles = Record<string, string>;
type Random = () => number;

/** mulberry32: small, fast and deterministic. */
export function generator(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (random: Random, max: number) => Math.floor(random() * max);
const chance = (random: Random, p: number) => random() < p;

const NAMES = ["general", "trunk", "trunk2", "peer1", "tmpl", "base", "t", "e1", "a1", "auth1", "reg1", "globals", "vicidial-auto-external", "trunkinbound", "default", "authentication", "carrier_sip", "Trunk"];
const VALUES = ["ulaw", "alaw", "all", "g729", "gsm", "ulaw,alaw", "!g729", "yes", "no", "never", "192.0.2.1", "192.0.2.1:5060", "dynamic", "5060", "trunkinbound", "udp", "tcp", "tls", "ws", "rfc2833", "rfc4733", "inband", "invite,port", "port", "user:pw@host.example.com", "sip:trunk@192.0.2.1", "sip:192.0.2.1:5060", "trunk", "auth1", "e1", "md5", "userpass", "0.0.0.0", "10.0.0.0/255.0.0.0", "60", "-1", "3600", "", " ", "${EXTEN}", "\\;", ";comment", "trunk,trunk2", "a1 ,", "\"quoted\""];
const SIP_KEYS = ["type", "host", "secret", "username", "fromuser", "fromdomain", "context", "disallow", "allow", "insecure", "qualify", "nat", "dtmfmode", "canreinvite", "directmedia", "port", "transport", "defaultuser", "md5secret", "auth", "register", "bindport", "externip", "localnet", "callerid", "sendrpid", "trustrpid", "outboundproxy", "sercet", "alow", "udpbindaddr", "tlsenable", "requirecalltoken", "trunk"];
const SIP_TYPES = ["peer", "friend", "user", "pear", ""];
const PJSIP_OBJECTS: Record<string, string[]> = {
  endpoint: ["transport", "context", "disallow", "allow", "aors", "auth", "outbound_auth", "direct_media", "from_user", "from_domain", "dtmf_mode", "rtp_symmetric", "force_rport", "rewrite_contact", "identify_by", "contact"],
  aor: ["contact", "qualify_frequency", "max_contacts", "remove_existing", "outbound_proxy"],
  auth: ["auth_type", "username", "password", "realm", "md5_cred"],
  identify: ["endpoint", "match"],
  registration: ["transport", "outbound_auth", "server_uri", "client_uri", "retry_interval", "contact_user", "line", "endpoint"],
  transport: ["protocol", "bind", "external_media_address", "local_net"],
};
const WIZARD_KEYS = ["remote_hosts", "sends_auth", "sends_registrations", "accepts_auth", "accepts_registrations", "outbound_auth/username", "outbound_auth/password", "endpoint/context", "endpoint/allow", "endpoint/disallow", "aor/qualify_frequency", "transport", "server_uri_pattern", "client_uri_pattern", "registration/retry_interval"];
const APPS = ["Dial", "Goto", "GotoIf", "Set", "NoOp", "AGI", "Hangup", "Playback", "Wait", "Macro", "Gosub", "Return", "Answer", "Dail", "ExecIf"];
const PATTERNS = ["_X.", "_91NXXNXXXXXX", "s", "h", "100", "_[1-5]XX", "_9!", "_1NXXNXXXXXX", "_X", "i", "_[", "_91N[", "8", "_.", "_9.X"];
const ARGS = ["${EXTEN:1}", "${CAMPDTO}", "SIP/trunk/${EXTEN}", "PJSIP/${EXTEN}@trunk", "IAX2/trunk/${EXTEN}", "To", "tTo", "60", "trunkinbound,s,1", "$[${X}>1]", "${TRUNK}/${EXTEN:1}", "agi://127.0.0.1:4577/call_log", "X=${Y}", "${", "$[", "(", "o", "SIP/user:pw@host/1", "Local/${EXTEN}@default", "${SIPTRUNK}/9${EXTEN}"];
const PROTOCOLS = ["SIP", "IAX2", "PJSIP", "PJSIP_WIZ", "EXTERNAL", "Zap", "sip", ""];

function header(random: Random): string {
  const name = pick(random, NAMES);
  switch (int(random, 8)) {
    case 0:
      return `[${name}](!)`;
    case 1:
      return `[${name}](${pick(random, NAMES)})`;
    case 2:
      return `[${name}](!,${pick(random, NAMES)})`;
    case 3:
      return `[${name}](+)`;
    case 4:
      return pick(random, [`[${name}`, `[${name}](${pick(random, NAMES)}`, `[${name}](${pick(random, NAMES)}]`, `[]`, `[${name}] (!)`, `[${name}](${pick(random, NAMES)},${pick(random, NAMES)})`]);
    default:
      return `[${name}]`;
  }
}

function option(random: Random, keys: readonly string[]): string {
  const key = pick(random, keys);
  const op = pick(random, ["=", "=", "=", " = ", "=>", " => ", ""]);
  return `${key}${op}${pick(random, VALUES)}`;
}

function registerLine(random: Random): string {
  const user = pick(random, ["user", "u1", "", "a/b", "us er"]);
  const secret = pick(random, ["", ":pw", ":pw:authuser", ":p@ss", ":"]);
  const host = pick(random, ["@host.example.com", "@192.0.2.1:5060", "", "@", "@host:99999", "@host/100", "@host~3600", "@host:5060/ext~60"]);
  return `${pick(random, ["register => ", "register=>", "register = ", "regster => ", ""])}${pick(random, ["", "tls://", "tcp://", "udp://", "bogus://", "trunk?"])}${user}${secret}${host}`;
}

function confSections(random: Random, dialect: "sip" | "iax" | "pjsip" | "pjsip_wizard"): string[] {
  const lines: string[] = [];
  if (dialect === "sip" || dialect === "iax") lines.push("[general]", ...Array.from({ length: int(random, 4) }, () => (chance(random, 0.5) ? registerLine(random) : option(random, SIP_KEYS))));
  const sections = 1 + int(random, 6);
  for (let s = 0; s < sections; s++) {
    lines.push(header(random));
    if (dialect === "pjsip") {
      const type = pick(random, [...Object.keys(PJSIP_OBJECTS), "wizard", "bogus"]);
      if (chance(random, 0.85)) lines.push(`type=${type}`);
      const keys = PJSIP_OBJECTS[type] ?? PJSIP_OBJECTS.endpoint;
      for (let i = int(random, 6); i > 0; i--) lines.push(option(random, keys));
    } else if (dialect === "pjsip_wizard") {
      if (chance(random, 0.85)) lines.push("type=wizard");
      for (let i = int(random, 7); i > 0; i--) lines.push(option(random, WIZARD_KEYS));
    } else {
      if (chance(random, 0.8)) lines.push(`type=${pick(random, SIP_TYPES)}`);
      for (let i = int(random, 8); i > 0; i--) lines.push(option(random, SIP_KEYS));
    }
    if (chance(random, 0.1)) lines.push(pick(random, ["#include extra.conf", "#tryinclude extra.conf", "#exec /bin/true", "#bogus x", ";--", "--;", "secret hunter2"]));
  }
  return lines;
}

function dialplanLines(random: Random, withHeaders: boolean): string[] {
  const lines: string[] = [];
  const contexts = 1 + int(random, 3);
  for (let c = 0; c < contexts; c++) {
    if (withHeaders) lines.push(`[${pick(random, ["vicidial-auto-external", "trunkinbound", "default", "globals", "ctx", "macro-x"])}]`);
    for (let e = 1 + int(random, 3); e > 0; e--) {
      const pattern = pick(random, PATTERNS);
      const steps = 1 + int(random, 4);
      for (let p = 0; p < steps; p++) {
        const priority = p === 0 ? pick(random, ["1", "1", "n", "2", "hint"]) : pick(random, ["n", "n(label)", String(p + 1), "n", "x"]);
        const args = Array.from({ length: int(random, 4) }, () => pick(random, ARGS)).join(pick(random, [",", ",", "|"]));
        const app = `${pick(random, APPS)}${chance(random, 0.9) ? `(${args}${chance(random, 0.9) ? ")" : ""}` : ""}`;
        lines.push(p === 0 || chance(random, 0.3) ? `exten => ${pattern},${priority},${app}` : `same => ${priority},${app}`);
      }
    }
    if (chance(random, 0.3)) lines.push(`include => ${pick(random, ["trunkinbound", "default", "nowhere", ""])}`);
    if (chance(random, 0.2)) lines.push(`${pick(random, ["TRUNK", "SIPTRUNK", "X"])}=${pick(random, ["SIP/trunk", "PJSIP/trunk", "IAX2/trunk", ""])}`);
  }
  return lines;
}

function carrierRecord(random: Random): string {
  const protocol = pick(random, PROTOCOLS);
  const dialect: "sip" | "iax" | "pjsip" | "pjsip_wizard" = protocol.startsWith("PJSIP_WIZ") ? "pjsip_wizard" : protocol.startsWith("PJSIP") ? "pjsip" : protocol.startsWith("IAX") ? "iax" : "sip";
  const fields = [
    `carrier_id: ${pick(random, ["C1", "C2", "TESTCARRIER", "", "a b"])}`,
    `carrier_name: ${pick(random, ["carrier", ""])}`,
    `protocol: ${protocol}`,
    `server_ip: ${pick(random, ["0.0.0.0", "10.0.0.1", "", "x"])}`,
    `active: ${pick(random, ["Y", "N", "y", ""])}`,
    `template_id: ${pick(random, ["--NONE--", "shared", "missing", ""])}`,
  ];
  if (chance(random, 0.7)) fields.push(`registration_string: ${registerLine(random)}`);
  if (chance(random, 0.6)) fields.push(`globals_string: ${pick(random, ["TRUNK", "SIPTRUNK", "X"])} = ${pick(random, ["SIP/trunk", "PJSIP/trunk", "IAX2/trunk", "trunk"])}`);
  if (chance(random, 0.2)) fields.push(pick(random, ["bogus_field: x", "carrier_id: again", "not a field"]));
  fields.push("", "[[account_entry]]", ...confSections(random, dialect).filter((l) => !l.startsWith("register")));
  if (chance(random, 0.8)) fields.push("", "[[dialplan_entry]]", ...dialplanLines(random, false));
  return fields.join("\n") + "\n";
}

function templateRecord(random: Random): string {
  return ["template_id: shared", `template_name: ${pick(random, ["shared", ""])}`, "", "[[template_contents]]", ...Array.from({ length: int(random, 8) }, () => option(random, [...SIP_KEYS, ...PJSIP_OBJECTS.endpoint]))].join("\n") + "\n";
}

/** A workspace built from the grammar of the dialects. */
function grammarWorkspace(random: Random): FuzzFiles {
  const files: FuzzFiles = {};
  const count = 1 + int(random, 3);
  for (let i = 0; i < count; i++) {
    switch (int(random, 7)) {
      case 0:
        files["sip.conf"] = confSections(random, "sip").join("\n") + "\n";
        break;
      case 1:
        files["iax.conf"] = confSections(random, "iax").join("\n") + "\n";
        break;
      case 2:
        files["pjsip.conf"] = confSections(random, "pjsip").join("\n") + "\n";
        break;
      case 3:
        files["pjsip_wizard.conf"] = confSections(random, "pjsip_wizard").join("\n") + "\n";
        break;
      case 4:
        files["extensions.conf"] = dialplanLines(random, true).join("\n") + "\n";
        break;
      case 5:
        files[`c${i}.carrier`] = carrierRecord(random);
        break;
      default:
        files["shared.conftemplate"] = templateRecord(random);
    }
  }
  if (chance(random, 0.1)) files["extra.conf"] = confSections(random, "sip").join("\n");
  return files;
}

const PIECES = [";", "[", "]", "(", ")", "=", "=>", ",", "\n", "\r\n", "\r", "$", "{", "}", "\\", "'", '"', "/", "@", ":", "!", "+", "_", ".", "X", "#", "[[", "]]", "${", "$[", "exten =>", "same =>", "register =>", "type=", "\t", " ", "-", "(!)", "(+)", "\u00e9", "\u0000", "\ufeff", "\u2028", ";--", "--;", "#include ", "[general]\n", "secret=", "allow=", "context="];

/** Damages a text with a few random edits (insertions of meaningful pieces, deletions, duplications, line swaps). */
export function mutate(random: Random, text: string): string {
  let result = text;
  for (let edits = 1 + int(random, 8); edits > 0; edits--) {
    const at = int(random, result.length + 1);
    const choice = random();
    if (choice < 0.35) result = result.slice(0, at) + pick(random, PIECES) + result.slice(at);
    else if (choice < 0.65) result = result.slice(0, at) + result.slice(at + 1 + int(random, 12));
    else if (choice < 0.8) result = result.slice(0, at) + result.slice(at, at + 1 + int(random, 60)) + result.slice(at);
    else {
      const lines = result.split("\n");
      const a = int(random, lines.length);
      const b = int(random, lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      result = lines.join("\n");
    }
  }
  return result;
}

/** Random text over an alphabet heavy in the characters the parsers care about. */
function randomText(random: Random): string {
  const alphabet = "[]()=>,;!$#{}:@/\\\"' \t\n\rabcXN_.-+0123456789";
  let text = "";
  for (let length = int(random, 1500); length > 0; length--) text += chance(random, 0.1) ? pick(random, PIECES) : alphabet[int(random, alphabet.length)];
  return text;
}

let sources: { name: string; text: string }[] | undefined;

/** Example files and corpus files (regular files up to 60 KB) to mutate. */
function sourceFiles(root: string): { name: string; text: string }[] {
  if (sources) return sources;
  sources = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && fs.statSync(full).size <= 12_000) sources!.push({ name: entry.name, text: fs.readFileSync(full, "utf8") });
    }
  };
  walk(path.join(root, "examples"));
  walk("/work/shared/corpus");
  return sources;
}

const RANDOM_NAMES = ["sip.conf", "pjsip.conf", "iax.conf", "extensions.conf", "x.carrier", "t.conftemplate", "pjsip_wizard.conf"];

/** One workspace: a mutation of an example or corpus file (half the time), one built from the grammar, or random text. */
export function generateWorkspace(random: Random, root: string): FuzzFiles {
  const choice = random();
  const all = sourceFiles(root);
  if (choice < 0.5 && all.length > 0) {
    const source = pick(random, all);
    const files: FuzzFiles = { [source.name]: mutate(random, source.text) };
    if (chance(random, 0.3)) {
      const other = pick(random, all);
      if (!(other.name in files)) files[other.name] = chance(random, 0.5) ? other.text : mutate(random, other.text);
    }
    return files;
  }
  if (choice < 0.85) {
    const files = grammarWorkspace(random);
    if (chance(random, 0.4)) {
      const name = pick(random, Object.keys(files));
      files[name] = mutate(random, files[name]);
    }
    return files;
  }
  return { [pick(random, RANDOM_NAMES)]: randomText(random) };
}
