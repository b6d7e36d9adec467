// What the values of some carrier record fields mean to VICIdial: which servers a server_ip selects, which file and
// which shape of account entry a protocol implies, what active Y/N does, and what a template_id adds.
import type { KnowledgeEntry } from "./types";

export interface RecordValueInfo extends KnowledgeEntry {
  /** The carrier field the value belongs to. */
  field: "server_ip" | "protocol" | "active" | "template_id";
  /** The value as VICIdial spells it (compared without regard to case). */
  name: string;
}

export interface ProtocolValueInfo extends RecordValueInfo {
  field: "protocol";
  /** The generated file the account entry (and template) goes to, if any. */
  file?: string;
  /** What the account entry must look like. */
  accountEntry: string;
  /** How the dialplan entry dials through the carrier. */
  dialString: string;
  /** How the carrier logs in to the provider. */
  registration: string;
}

export const PROTOCOL_VALUES: readonly ProtocolValueInfo[] = [
  {
    field: "protocol",
    name: "SIP",
    summary: "A chan_sip carrier (Asterisk 20 and older; chan_sip is gone from Asterisk 21).",
    file: "sip-vicidial.conf, included at the end of sip.conf's `[general]`",
    accountEntry: "A chan_sip peer: a `[name]` header, then `type=peer` (or `friend`), `host=`, codecs and `context=trunkinbound`.",
    dialString: "`SIP/<peer>/<number>`, `SIP/<number>@<peer>`, or a global such as `${SIPTRUNK}/${EXTEN:1}`.",
    registration: "A `register => user:secret@host` line in the Registration String; it lands in sip.conf's `[general]`.",
  },
  {
    field: "protocol",
    name: "IAX2",
    summary: "An IAX2 carrier, usually another Asterisk box.",
    file: "iax-vicidial.conf, included at the end of iax.conf's `[general]`",
    accountEntry: "An iax.conf peer: a `[name]` header, then `type=peer` (or `friend`), `host=`, codecs and `context=trunkinbound`.",
    dialString: "`IAX2/<peer>/<number>`, or a global such as `${IAXTRUNK}/${EXTEN:1}`.",
    registration: "A `register => user[:secret]@host[:port]` line in the Registration String (no `/extension` or `~expiry`).",
  },
  {
    field: "protocol",
    name: "PJSIP",
    summary: "A chan_pjsip carrier written as raw PJSIP objects.",
    file: "pjsip-vicidial.conf, under \"PJSIP Carrier Settings\"",
    accountEntry: "Several sections, usually sharing one name: `type=aor`, `type=identify` and `type=endpoint` (plus `type=auth` and `type=registration` to log in).",
    dialString: "`PJSIP/<number>@<endpoint>`.",
    registration: "A `type=registration` object (with a `type=auth` object) in the account entry; the Registration String is ignored.",
  },
  {
    field: "protocol",
    name: "PJSIP_WIZ",
    summary: "A chan_pjsip carrier written for the PJSIP configuration wizard.",
    file: "pjsip_wizard-vicidial.conf, under \"PJSIP_WIZ Carrier Settings\"",
    accountEntry: "One `[name]` section with `type=wizard`, `remote_hosts=`, and `endpoint/…`, `aor/…` and `outbound_auth/…` keys for the objects it builds.",
    dialString: "`PJSIP/<number>@<wizard name>`.",
    registration: "`sends_registrations=yes` with `outbound_auth/username` and `outbound_auth/password` in the wizard section; the Registration String is ignored.",
  },
  {
    field: "protocol",
    name: "Zap",
    summary: "A Zaptel/DAHDI carrier: VICIdial keeps the record but writes nothing for it.",
    accountEntry: "Not written: the account entry, registration, globals and dialplan of a Zap carrier never reach a conf file.",
    dialString: "None from this carrier; set up the DAHDI trunk and its dialplan by hand.",
    registration: "None.",
  },
  {
    field: "protocol",
    name: "EXTERNAL",
    summary: "A carrier handled outside VICIdial's generated files: VICIdial keeps the record but writes nothing for it.",
    accountEntry: "Not written: the account entry, registration, globals and dialplan of an EXTERNAL carrier never reach a conf file.",
    dialString: "None from this carrier; configure the trunk and its dialplan in your own conf files.",
    registration: "None.",
  },
];

export const SERVER_IP_VALUES: readonly RecordValueInfo[] = [
  {
    field: "server_ip",
    name: "0.0.0.0",
    summary: "All servers: every Asterisk server that generates its conf files installs this carrier.",
    detail:
      "Each server whose VICIdial settings generate conf files writes the carrier into its own files, so peer names, PJSIP ids and globals must not clash with another carrier on any of them. VICIdial versions from before March 2016 do not know `0.0.0.0` and match the exact address only.",
  },
  {
    field: "server_ip",
    name: "(one server)",
    summary: "One server: only the Asterisk server with this address installs the carrier (and only if it generates its conf files).",
    detail: "Use `0.0.0.0` to install the carrier on every server.",
  },
];

export const ACTIVE_VALUES: readonly RecordValueInfo[] = [
  {
    field: "active",
    name: "Y",
    summary: "Active: VICIdial writes the carrier's registration, account entry, template, globals and dialplan into the conf files of its server(s).",
    detail: "Changes reach Asterisk within about a minute, when the keepalive script rebuilds the files and reloads Asterisk.",
  },
  {
    field: "active",
    name: "N",
    summary: "Inactive: VICIdial leaves every field of this carrier out of the conf files, as if it did not exist.",
    detail: "New and copied carriers start as `N`. Set `Y` when the entry is ready; within about a minute the files are rebuilt and Asterisk reloads them.",
  },
];

export const TEMPLATE_ID_VALUES: readonly RecordValueInfo[] = [
  {
    field: "template_id",
    name: "--NONE--",
    summary: "No conf template (an empty template_id means the same): the account entry is written on its own.",
  },
  {
    field: "template_id",
    name: "(template)",
    summary: "The conf template whose text VICIdial copies verbatim right after this carrier's account entry, in the same file.",
    detail:
      "There is no Asterisk-style `[name](template)` inheritance: the lines simply continue the section the account entry left open (its last `[section]`). A template ID that names no template adds nothing, and VICIdial shows no error.",
  },
];

/** The description of a protocol value, if VICIdial has that protocol. */
export function protocolValueInfo(value: string): ProtocolValueInfo | undefined {
  const upper = value.trim().toUpperCase();
  return PROTOCOL_VALUES.find((p) => p.name.toUpperCase() === upper);
}
