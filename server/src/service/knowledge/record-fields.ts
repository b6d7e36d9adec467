// What VICIdial does with each field of a carrier (`.carrier`) or conf template (`.conftemplate`) record:
// where ADMIN_keepalive_ALL.pl writes it, what admin.php silently strips on save, and its limits.
import type { KnowledgeEntry } from "./types";

export type RecordFieldOwner = "carrier" | "template";

export interface RecordFieldInfo extends KnowledgeEntry {
  /** The field as named in record files (the database column). */
  name: string;
  owner: RecordFieldOwner;
  /** The label on VICIdial's admin form. */
  label: string;
  /** True for textarea fields, which may span several lines. */
  multiline: boolean;
  /** Where the value ends up; undefined when it is never written to a conf file. */
  writtenTo?: string;
  /** What admin.php removes on save, without telling anyone. */
  stripped?: string;
  /** Length and character limits. */
  limits?: string;
}

export const RECORD_FIELDS: readonly RecordFieldInfo[] = [
  // ---- Carrier records -----------------------------------------------------------------------------------------
  {
    owner: "carrier",
    name: "carrier_id",
    label: "Carrier ID",
    multiline: false,
    summary: "The unique name of this carrier record across the whole system.",
    limits: "2 to 15 characters. Only letters, digits, `-` and `_` are kept: spaces and any other character are deleted, not rejected. It cannot be changed once the carrier exists.",
    writtenTo: "A comment line `; VICIDIAL Carrier: <id> - <name>` above the carrier's dialplan entry and account entry. Within each protocol, carriers are written in carrier_id order. The Asterisk peer name comes from the account entry's `[section]`, not from this ID.",
  },
  {
    owner: "carrier",
    name: "carrier_name",
    label: "Carrier Name",
    multiline: false,
    summary: "A descriptive name for people; Asterisk never uses it.",
    limits: "Up to 50 characters. Only letters, digits, spaces and `- . , _` are kept.",
    writtenTo: "The same `; VICIDIAL Carrier:` comment line as the carrier ID.",
  },
  {
    owner: "carrier",
    name: "carrier_description",
    label: "Carrier Description",
    multiline: false,
    summary: "A free-text note about the carrier.",
    limits: "Up to 255 characters.",
    stripped: "Backslashes, `;`, double quotes and carriage returns.",
    writtenTo: "A comment line above the carrier's dialplan entry and account entry, when not empty.",
  },
  {
    owner: "carrier",
    name: "protocol",
    label: "Protocol",
    multiline: false,
    summary: "Which Asterisk channel driver the carrier is for: `SIP`, `IAX2`, `PJSIP`, `PJSIP_WIZ`, `Zap` or `EXTERNAL` (default `SIP`).",
    limits: "`SIP` is only offered when the system setting Allowed SIP Stacks includes SIP; `PJSIP` and `PJSIP_WIZ` only when it includes PJSIP. Older VICIdial versions lack `PJSIP_WIZ`, very old ones `PJSIP`.",
    writtenTo: "Chooses the file for the account entry: SIP → sip-vicidial.conf, IAX2 → iax-vicidial.conf, PJSIP → pjsip-vicidial.conf, PJSIP_WIZ → pjsip_wizard-vicidial.conf. `Zap` and `EXTERNAL` carriers are not written anywhere, not even their globals or dialplan.",
  },
  {
    owner: "carrier",
    name: "server_ip",
    label: "Server IP",
    multiline: false,
    summary: "The Asterisk server whose conf files receive this carrier. `0.0.0.0` means every server.",
    limits: "Only digits and dots are kept; at least 7 characters. `0.0.0.0` (all servers) is offered on the modify form only, and older VICIdial versions ignore it.",
    writtenTo: "Nothing itself: it selects the servers. Only servers set to generate their conf files pick the carrier up, and with `0.0.0.0` that is each of them.",
  },
  {
    owner: "carrier",
    name: "active",
    label: "Active",
    multiline: false,
    summary: "`Y` writes the carrier into the conf files, `N` leaves it out entirely.",
    limits: "`Y` or `N`. New and copied carriers always start as `N`: set `Y` once the entry is ready, then allow about a minute for the files to be rebuilt.",
    writtenTo: "With `N`, none of the carrier's fields are written: no registration, no account entry, no globals, no dialplan.",
  },
  {
    owner: "carrier",
    name: "user_group",
    label: "Admin User Group",
    multiline: false,
    summary: "Which admin user group may see and edit the record; `---ALL---` (the default) means everyone.",
    limits: "Up to 20 characters.",
  },
  {
    owner: "carrier",
    name: "template_id",
    label: "Template ID",
    multiline: false,
    summary: "The conf template whose contents are added after this carrier's account entry, or `--NONE--`.",
    limits: "An existing template ID (2 to 15 characters), `--NONE--` or empty. Deleting a template empties this field on every carrier that used it.",
    writtenTo: "The template's contents are copied verbatim right after the account entry, in the same file, so they join the carrier's last `[section]`. A template ID that names no template adds nothing, and VICIdial reports no error.",
  },
  {
    owner: "carrier",
    name: "registration_string",
    label: "Registration String",
    multiline: false,
    summary: "The `register =>` line that logs your server in to the carrier; leave it empty for IP-authenticated carriers.",
    limits: "One line, at most 255 characters.",
    stripped: "Every `;` (so no comments, and no `;transport=` style URI parameters).",
    writtenTo: "Verbatim at the top of sip-vicidial.conf (SIP) or iax-vicidial.conf (IAX2), which land inside the `[general]` section of sip.conf / iax.conf. Ignored for PJSIP and PJSIP_WIZ: register from the account entry there instead.",
  },
  {
    owner: "carrier",
    name: "account_entry",
    label: "Account Entry",
    multiline: true,
    summary: "The carrier's peer definition: its `[section]` and the settings Asterisk uses to talk to it.",
    limits: "Free text. It should open with the carrier's own `[section]` and set `context=trunkinbound` so inbound calls reach VICIdial's DID routing.",
    stripped: "Every `;` and every carriage return: comments cannot be kept.",
    writtenTo: "The carrier block of the protocol's file (sip-, iax-, pjsip- or pjsip_wizard-vicidial.conf), after the carrier comment lines and followed by the template contents, if any.",
  },
  {
    owner: "carrier",
    name: "globals_string",
    label: "Globals String",
    multiline: false,
    summary: "One dialplan global variable, usually naming the trunk for the dialplan entry.",
    limits: "One `NAME=value` line, at most 255 characters.",
    stripped: "Every `;`.",
    writtenTo: "The top of extensions-vicidial.conf, one line per carrier; the stock extensions.conf includes that file inside `[globals]`.",
  },
  {
    owner: "carrier",
    name: "dialplan_entry",
    label: "Dialplan Entry",
    multiline: true,
    summary: "The dialplan lines that match outbound numbers and dial them through this carrier.",
    limits: "Free text of `exten =>` / `same =>` lines. It must not open its own `[context]`.",
    stripped: "Single quotes `'`, backslashes and carriage returns. Semicolons are kept, so `;` comments work here; use double quotes where a quote is needed.",
    writtenTo: "The `[vicidial-auto-external]` context of extensions-vicidial.conf: IAX2 carriers first, then SIP, PJSIP_WIZ and PJSIP, each group in carrier_id order.",
  },

  // ---- Conf template records -----------------------------------------------------------------------------------
  {
    owner: "template",
    name: "template_id",
    label: "Template ID",
    multiline: false,
    summary: "The unique name carriers and phones use to select this template.",
    limits: "2 to 15 characters. Only letters, digits, `-` and `_` are kept; spaces are deleted, not rejected.",
    writtenTo: "Not written itself; deleting the template empties the Template ID of every carrier and phone that used it.",
  },
  {
    owner: "template",
    name: "template_name",
    label: "Template Name",
    multiline: false,
    summary: "A descriptive name for people.",
    limits: "Up to 50 characters; required when the template is modified. Only letters, digits, spaces and `- . , _` are kept.",
  },
  {
    owner: "template",
    name: "user_group",
    label: "Admin User Group",
    multiline: false,
    summary: "Which admin user group may see and edit the template; `---ALL---` (the default) means everyone.",
    limits: "Up to 20 characters. Saving a template flags only servers in the same admin user group for a conf rebuild, so other servers may pick the change up later.",
  },
  {
    owner: "template",
    name: "template_contents",
    label: "Template Contents",
    multiline: true,
    summary: "Settings shared by every carrier and phone that selects this template.",
    limits: "Free text. Keep per-account values (secret, username, accountcode, account, mailbox) out of it, and do not open a `[section]`: the lines are meant to join the user's own section.",
    stripped: "Every `;`.",
    writtenTo: "Copied verbatim right after the account entry of each carrier (and the entry of each phone) that uses the template, in that carrier's conf file.",
  },
];

/** The description of a field of a carrier or template record, if VICIdial has such a field. */
export function recordFieldInfo(owner: RecordFieldOwner, name: string): RecordFieldInfo | undefined {
  return RECORD_FIELDS.find((f) => f.owner === owner && f.name === name);
}
