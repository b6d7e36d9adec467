// template/per-account-key: credentials and other per-account settings kept in a template, shared by all its users.
// Covers Asterisk templates (`[name](!)` sections) and VICIdial conf templates (the `template_contents` field).
// The fix moves the line into every section (or carrier account entry) that uses the template.
import type { Assignment } from "../../parse/conf-syntax";
import { effectiveOptions, effectiveValue, findBase, type ConfUnit, type PlacedOption, type PlacedSection } from "../../model/units";
import type { CarrierRecord, TemplateRecord, Workspace } from "../../model/workspace";
import type { FixContext, Finding, QuickFix, Rule, TextEdit } from "../types";
import { deleteLine, insertLineAfter } from "../line-edits";
import { objectOf } from "../../model/objects";
import { judgeKey } from "../peer/common";
import { eolOf } from "../../text/line-breaks";
import { sectionFactList } from "../../model/section-lists";
import { positionFree } from "../../model/unit-facts";

/** Keys that belong to one account in any chan_sip / chan_iax2 / PJSIP section. */
const ACCOUNT_KEYS = new Set(["secret", "md5secret", "remotesecret", "username", "defaultuser", "accountcode", "account", "mailbox"]);

/** Keys that are per account only in a PJSIP `type=auth` section. */
const AUTH_SECTION_KEYS = new Set(["password", "username"]);

/** PJSIP wizard prefixes under which `username` / `password` are an auth object's credentials. */
const WIZARD_AUTH_PREFIXES = ["inbound_auth/", "outbound_auth/"];

/** Keys that log in somewhere: the message speaks of credentials for these. */
const CREDENTIAL_KEYS = new Set(["secret", "md5secret", "remotesecret", "password", "username", "defaultuser"]);

/** Keys VICIdial's help text names explicitly as not belonging in a template. */
const HELP_KEYS = new Set(["secret", "accountcode", "account", "username", "mailbox"]);

/** Keys chan_sip accumulates rather than overrides (each line adds to the list). */
const CUMULATIVE_KEYS = new Set(["mailbox"]);

/** Dialects whose templates define peers, endpoints or wizards (manager.conf-style files are left alone). */
const CHECKED_DIALECTS = new Set(["sip", "iax", "pjsip", "pjsip_wizard"]);

type Source = "conf" | "record";

interface Data extends Record<string, unknown> {
  source: Source;
  key: string;
  template: string;
}

/** The effective `type` of a section (inherited ones included). */
function sectionType(unit: ConfUnit, section: PlacedSection): string {
  return (effectiveValue(unit, section, "type") ?? "").toLowerCase();
}

/** The lower-cased key when it is a per-account key in this section, else undefined. */
function perAccountKey(node: Assignment, isAuthSection: () => boolean): string | undefined {
  const key = node.key.trim().toLowerCase();
  if (ACCOUNT_KEYS.has(key)) return key;
  if (AUTH_SECTION_KEYS.has(key) && isAuthSection()) return key;
  for (const prefix of WIZARD_AUTH_PREFIXES) {
    if (key.startsWith(prefix) && AUTH_SECTION_KEYS.has(key.slice(prefix.length))) return key;
  }
  return undefined;
}

const CANDIDATES = positionFree({});

/**
 * A section's lines the check may report: lines from a VICIdial template record, and in a template (or a `(+)`
 * addition, which may add to one) the lines whose key may be per-account, whatever the section's type turns out to be.
 * Undefined when it has none: most sections have none (a peer's own secret= is its own), so the check looks at few
 * lines after an edit (a fact of the section's own lines and header).
 */
function findCandidates(_unit: ConfUnit, section: PlacedSection): PlacedOption[] | undefined {
  let found: PlacedOption[] | undefined;
  const templateLike = section.header?.isTemplate === true || section.header?.isAppend === true;
  for (const option of section.options) {
    if (!templateLike && option.field !== "template_contents") continue;
    if (perAccountKey(option.node, () => true) !== undefined) (found ??= []).push(option);
  }
  return found;
}

/** The template section a `[name](+)` section adds to, or the section itself when it is a template. */
function templateOf(unit: ConfUnit, section: PlacedSection): PlacedSection | undefined {
  if (section.header?.isTemplate) return section;
  if (!section.header?.isAppend) return undefined;
  const base = findBase(unit, section, section.name);
  return base?.header?.isTemplate ? base : undefined;
}

function confMessage(key: string, template: string): string {
  const shared = CREDENTIAL_KEYS.has(key) ? "the same credentials" : "the same value";
  return `'${key}' in template '[${template}]' is per-account: every section inheriting it gets ${shared}. Set it in each of those sections.`;
}

function recordMessage(key: string, template: string): string {
  const shared = CREDENTIAL_KEYS.has(key) ? "the same credentials" : "the same value";
  return `'${key}' in conf template '${template}' is per-account: every carrier using the template gets ${shared}${HELP_KEYS.has(key) ? ", and VICIdial's help says to keep it out of templates" : ""}. Put it in each carrier's account entry.`;
}

export const perAccountKeyRule: Rule = {
  code: "template/per-account-key",
  area: "template",
  severity: "warning",
  summary: "A per-account setting (secret, username, accountcode, mailbox ...) is in a template, so every peer or carrier using it shares the value.",
  checkUnit(unit, ctx) {
    const candidates = sectionFactList(unit, CANDIDATES, findCandidates, "own");
    for (let i = 0; i < candidates.length; i++) {
      const options = candidates[i];
      if (!options) continue;
      const section = unit.sections[i];
      const confTemplate = CHECKED_DIALECTS.has(unit.dialect) ? templateOf(unit, section) : undefined;
      let type: string | undefined;
      const isAuthSection = () => (type ??= sectionType(unit, section)) === "auth";
      for (const option of options) {
        const fromRecord = option.field === "template_contents";
        if (!fromRecord && !confTemplate) continue;
        const key = perAccountKey(option.node, isAuthSection);
        if (!key) continue;
        const template = fromRecord ? recordTemplateId(ctx.workspace, option.uri) : confTemplate!.name;
        const data: Data = { source: fromRecord ? "record" : "conf", key, template };
        ctx.report({
          uri: option.uri,
          span: option.node.keySpan,
          message: fromRecord ? recordMessage(key, template) : confMessage(key, template),
          data,
        });
      }
    }
  },
  fix(finding, ctx) {
    const data = finding.data as Data | undefined;
    if (!data) return [];
    return data.source === "record" ? fixRecord(finding, ctx) : fixConf(finding, ctx);
  },
};

function recordTemplateId(workspace: Workspace, uri: string): string {
  const id = workspace.document(uri)?.record?.fields.get("template_id")?.value.trim();
  return id && id.length > 0 ? id : "(no template_id)";
}

// ---- Fix for Asterisk templates ------------------------------------------------------------------------------

interface ConfTarget {
  unit: ConfUnit;
  template: PlacedSection;
  option: PlacedOption;
}

function findConfTarget(workspace: Workspace, finding: Finding): ConfTarget | undefined {
  for (const unit of workspace.unitsContaining(finding.uri)) {
    for (const section of unit.sections) {
      const option = section.options.find((o) => o.uri === finding.uri && o.node.keySpan.start === finding.span.start);
      if (!option) continue;
      const template = templateOf(unit, section);
      if (template) return { unit, template, option };
    }
  }
  return undefined;
}

/** True when `node` is what `section` really ends up with for its key (not overridden later). */
function reliesOn(unit: ConfUnit, section: PlacedSection, node: Assignment): boolean {
  const options = effectiveOptions(unit, section);
  if (!options.some((o) => o.node === node)) return false;
  const key = node.key.trim().toLowerCase();
  if (CUMULATIVE_KEYS.has(key)) return true;
  const same = options.filter((o) => o.node.key.trim().toLowerCase() === key);
  return same[same.length - 1].node === node;
}

/** False when the section's object does not take the key as its own line (username in a PJSIP transport ...). */
function readsKey(unit: ConfUnit, section: PlacedSection, key: string): boolean {
  const info = objectOf(unit, section);
  if (!info || info.special || info.badType) return true;
  const verdict = judgeKey(info, key.trim());
  return verdict.kind === "known" || verdict.kind === "skip";
}

/** Sections that inherit the line: real (non-template, non-append) sections whose inheritance reaches it. */
function inheritors(unit: ConfUnit, node: Assignment): PlacedSection[] {
  return unit.sections.filter(
    (s) => s.header && !s.header.isTemplate && !s.header.isAppend && effectiveOptions(unit, s).some((o) => o.node === node),
  );
}

function fixConf(finding: Finding, ctx: FixContext): QuickFix[] {
  const target = findConfTarget(ctx.workspace, finding);
  if (!target) return [];
  const { unit, option } = target;
  const users = inheritors(unit, option.node);
  if (users.length === 0) return [];
  const sourceText = ctx.textOf(option.uri);
  if (sourceText === undefined) return [];
  const lineText = sourceText.slice(option.node.line.start, option.node.line.end);
  const edits: TextEdit[] = [];
  const needing = users.filter((s) => reliesOn(unit, s, option.node));
  for (const user of needing) {
    const text = ctx.textOf(user.uri);
    if (text === undefined || !user.header || !ctx.workspace.canAddLineAfter(user.uri, user.header.line.start)) return [];
    if (!readsKey(unit, user, option.node.key)) return [];
    edits.push(insertLineAfter(user.uri, text, user.header.line.end, lineText.trimStart()));
  }
  edits.push(deleteLine(option.uri, sourceText, option.node.line));
  const key = option.node.key.trim();
  const title =
    needing.length > 0
      ? `Move '${key}' to every user of template '${target.template.name}'`
      : `Remove '${key}' from template '${target.template.name}' (every user sets its own)`;
  return [{ title, edits, isPreferred: true }];
}

// ---- Fix for VICIdial conf templates ---------------------------------------------------------------------------

function fixRecord(finding: Finding, ctx: FixContext): QuickFix[] {
  const doc = ctx.workspace.document(finding.uri);
  const tree = doc?.fieldTrees.get("template_contents");
  const id = doc?.record?.fields.get("template_id")?.value.trim();
  if (!doc || !tree || !id) return [];
  const index = tree.lines.findIndex((l) => l.kind === "option" && l.keySpan.start === finding.span.start);
  if (index < 0) return [];
  const node = tree.lines[index] as Assignment;
  // A line after the template's own [header] lands in that section, not in the carrier's: moving it would change it.
  if (tree.lines.slice(0, index).some((l) => l.kind === "section")) return [];
  const template: TemplateRecord | undefined = ctx.workspace.templates().get(id);
  if (template?.uri !== doc.uri) return [];
  const users = ctx.workspace.carriers().filter((c) => c.templateId === id);
  if (users.length === 0) return [];
  const lineText = doc.text.slice(node.line.start, node.line.end).trim();
  const edits: TextEdit[] = [];
  for (const carrier of users) {
    const edit = appendToAccountEntry(carrier, ctx, lineText);
    if (!edit) return [];
    edits.push(edit);
  }
  edits.push(deleteLine(doc.uri, doc.text, node.line));
  return [{ title: `Move '${node.key.trim()}' into the account entry of every carrier using '${id}'`, edits, isPreferred: true }];
}

/** Adds a line after the last line of a carrier's account entry (where the template text would have followed). */
function appendToAccountEntry(carrier: CarrierRecord, ctx: FixContext, line: string): TextEdit | undefined {
  const text = ctx.textOf(carrier.uri);
  if (text === undefined) return undefined;
  const eol = eolOf(text);
  const field = carrier.field("account_entry");
  if (!field) {
    const lead = text.length === 0 || text.endsWith("\n") ? "" : eol;
    return { uri: carrier.uri, span: { start: text.length, end: text.length }, newText: `${lead}[[account_entry]]${eol}${line}${eol}` };
  }
  if (!field.block) return undefined;
  if (field.valueSpan.end > field.valueSpan.start) {
    // Not after a last line that leaves a ';--' block comment open: the moved line would be comment.
    if (!ctx.workspace.canAddLineAfter(carrier.uri, field.valueSpan.end)) return undefined;
    return { uri: carrier.uri, span: { start: field.valueSpan.end, end: field.valueSpan.end }, newText: eol + line };
  }
  // An empty block: put the line right under its header.
  const at = field.valueSpan.start;
  const afterBreak = at > 0 && text.charCodeAt(at - 1) === 10;
  return afterBreak
    ? { uri: carrier.uri, span: { start: at, end: at }, newText: line + eol }
    : { uri: carrier.uri, span: { start: text.length, end: text.length }, newText: eol + line };
}
