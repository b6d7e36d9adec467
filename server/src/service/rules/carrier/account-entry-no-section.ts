// carrier/account-entry-no-section: an account entry whose first line is not a `[section]` header. VICIdial writes the
// entry as it is, so those lines join whatever section is open: sip.conf/iax.conf [general] for the first carrier, or
// the last section of the carrier written before it. The fix starts the entry with `[<carrier_id>]`.
import { sameServer } from "../../model/carrier-placement";
import { eolOf } from "../../text/line-breaks";
import { isValidId } from "./field-common";
import type { ConfLine } from "../../parse/conf-syntax";
import type { CarrierRecord, Workspace } from "../../model/workspace";
import type { Span } from "../../text/span";
import type { Rule } from "../types";
import { accountTree, firstContentLine, GENERATED_FILES, headersOf } from "./structure-common";

/** How the first line is named in the message: its key or directive, never its value (it may be a secret). */
function describe(line: ConfLine): { what: string; span: Span } {
  if (line.kind === "option") return { what: `'${line.key}'`, span: line.keySpan };
  if (line.kind === "directive") return { what: `'#${line.name}'`, span: line.nameSpan };
  return { what: "a line that is not a section header", span: line.line };
}

/** The last section header the carriers written before `carrier` leave open (same protocol and server, active). */
function previousSection(workspace: Workspace, carrier: CarrierRecord): { name: string; carrierId: string } | undefined {
  const protocol = carrier.protocol.toUpperCase();
  const before = workspace
    .carriers()
    .filter((c) => c !== carrier && c.active && c.protocol.toUpperCase() === protocol && c.id < carrier.id && sameServer(c, carrier));
  const templates = workspace.templates();
  for (let i = before.length - 1; i >= 0; i--) {
    const prev = before[i];
    const template = prev.templateId ? templates.get(prev.templateId) : undefined;
    const headers = [...headersOf(accountTree(prev)), ...headersOf(template?.doc.fieldTrees.get("template_contents"))];
    if (headers.length > 0) return { name: headers[headers.length - 1].name, carrierId: prev.id };
  }
  return undefined;
}

export const accountEntryNoSection: Rule = {
  code: "carrier/account-entry-no-section",
  area: "carrier",
  severity: "error",
  summary: "A carrier's account entry does not start with a `[section]` header, so its first lines join sip.conf/iax.conf [general] or the previous carrier's last section.",
  // Carrier and template records only (the generated units it reads are rebuilt from them).
  workspaceReads: ["records"],
  checkWorkspace(workspace, ctx) {
    for (const carrier of workspace.carriers()) {
      const files = carrier.dialect ? GENERATED_FILES[carrier.dialect] : undefined;
      const field = carrier.field("account_entry");
      const first = firstContentLine(accountTree(carrier));
      if (!files || !field || !first || first.kind === "section") continue;
      // A header with no closing `]` is syntax/unclosed-header's finding, not a missing header.
      if (first.kind === "invalid" && carrier.doc.text[first.content.start] === "[") continue;
      const previous = previousSection(workspace, carrier);
      const chan = carrier.dialect === "sip" || carrier.dialect === "iax";
      let consequence: string;
      if (previous) {
        consequence = `its first lines become part of [${previous.name}], the last section of carrier ${previous.carrierId}, written just before this one`;
      } else if (chan) {
        consequence = `its first lines, with no section opened before them, land in ${files.main}'s [general], where they change settings for every peer`;
      } else {
        consequence = `its first lines, with no section opened before them, join the section that is open where ${files.main} includes it (Asterisk rejects the file if none is)`;
      }
      const { what, span } = describe(first);
      const headers = headersOf(accountTree(carrier));
      const clashes = chan && headers.some((h) => h.name === carrier.id);
      const fixable = field.block && isValidId(carrier.id) && !clashes;
      ctx.report({
        uri: carrier.uri,
        span,
        message:
          `The account entry starts with ${what} instead of a [section] header: VICIdial copies the entry into ` +
          `${files.generated} as it is, so ${consequence}. Start the entry with the carrier's own section, such as [${isValidId(carrier.id) ? carrier.id : "name"}].`,
        data: fixable ? { insertAt: first.line.start, id: carrier.id } : undefined,
      });
    }
  },
  fix(finding, ctx) {
    const at = finding.data?.insertAt;
    const id = finding.data?.id;
    const text = ctx.textOf(finding.uri);
    if (typeof at !== "number" || typeof id !== "string" || text === undefined) return [];
    const eol = eolOf(text);
    return [{ title: `Start the account entry with [${id}]`, isPreferred: true, edits: [{ uri: finding.uri, span: { start: at, end: at }, newText: `[${id}]${eol}` }] }];
  },
};
