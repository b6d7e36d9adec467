// peer/unknown-general-key: a key in sip.conf/iax.conf [general] that the driver's [general] loop does not read
// (P2 of asterisk-behaviour-2.md): chan_sip and chan_iax2 drop such keys without a word, so nothing else tells the
// user. Misspellings get "did you mean", peer-only and other drivers' options say so, retired keys are information.
// Also reads the option lines of FreePBX/IssabelPBX fragments that their sip.conf/iax.conf include inside [general].
import { DRIVER_NAMES, findOption, foreignOption } from "../../knowledge/options/index";
import { closest } from "../../model/suggest";
import { REFUSED_GENERAL_KEYS, RETIRED_GENERAL_KEYS, generalKeys } from "../../knowledge/options/general-keys";
import { isGeneralFragment } from "../../model/file-kind";
import { unitDriver } from "../../model/objects";
import { isVicidialUnit, type ConfUnit, type PlacedOption, type PlacedSection } from "../../model/units";
import { outlineOf } from "../../parse/conf-outline";
import type { FindingInput, Rule } from "../types";
import { reportKept } from "../kept-reports";
import { sectionsNamedGeneral } from "../../model/general-sections";
import type { Workspace } from "../../model/workspace";
import { DAHDI_OPTIONS, keyOf } from "./common";
import { replaceOrRemoveKeyFix } from "./edits";
import { renameIsClean, renameNeedsCodecCheck } from "./rename";

/**
 * Where a chan_sip / chan_iax2 unit's [general] lines are: its [general] sections, and the lines before any section
 * of a [general] fragment. In those drivers a section is [general] by its name alone (objectOf's `special`), so no
 * section's kind is looked up: the walk stays a cheap loop over the names of a large unit.
 */
function generalParts(unit: ConfUnit): { sections: readonly PlacedSection[]; fragments: PlacedOption[] } {
  return {
    sections: sectionsNamedGeneral(unit),
    fragments: isVicidialUnit(unit) ? [] : unit.orphans.filter((o) => isGeneralFragment(o.uri)),
  };
}

/** The [general] lines themselves (see `generalParts`). */
function generalLines(parts: { sections: readonly PlacedSection[]; fragments: PlacedOption[] }): PlacedOption[] {
  const lines = parts.sections.flatMap((section) => section.options);
  lines.push(...parts.fragments);
  // Lines a carrier record put there are the carrier rules' business (account entry without a section ...).
  return lines.filter((o) => o.carrierId === undefined);
}

export const unknownGeneralKey: Rule = {
  code: "peer/unknown-general-key",
  area: "peer",
  severity: "warning",
  summary: "A key in sip.conf/iax.conf [general] that the driver does not read there (a typo, a stray character, a peer-only or another driver's option): it is dropped without a word. Keys only older releases read are information.",
  checkUnit(unit, ctx) {
    const driver = unitDriver(unit);
    if (driver !== "sip" && driver !== "iax") return;
    const keys = generalKeys(driver, ctx.asteriskVersion);
    if (!keys) return;
    const parts = generalParts(unit);
    // Kept while the [general] sections and fragment lines, and where each file's first broken header is, are the
    // same (an edit elsewhere in a large unit looks at none of its [general] lines; see rules/kept-reports.ts).
    const inputs: unknown[] = [driver, ...parts.sections, ...parts.fragments.map((option) => option.node)];
    for (const uri of unit.uris) inputs.push(uri, firstBrokenHeader(ctx.workspace, uri));
    reportKept(ctx, `${this.code}\u0000${unit.id}`, inputs, (kept, readsMore) => {
      for (const option of generalLines(parts)) {
        // After a header without its ']' Asterisk rejects the file; the lines below it are that header's, not [general]'s.
        if (option.node.line.start > firstBrokenHeader(kept.workspace, option.uri)) continue;
        const key = keyOf(option);
        const lower = key.toLowerCase();
        if (lower.length === 0) continue;
        const at = { uri: option.uri, span: option.node.keySpan };
        if (keys.has(lower)) {
          const refused = REFUSED_GENERAL_KEYS[driver]?.[lower];
          if (refused) kept.report({ ...at, message: `'${key}': ${refused}.` });
          continue;
        }
        const { removable, replacement, ...verdict } = judge(driver, key, keys, kept.asteriskVersion);
        // Whether a rename to allow=/disallow= is clean reads the codecs of every peer that inherits [general].
        if (replacement !== undefined && renameNeedsCodecCheck(unit, replacement)) readsMore();
        const rename = replacement !== undefined && renameIsClean(unit, option, replacement, driver, "general") ? replacement : undefined;
        const data = rename !== undefined ? { replacement: rename } : removable ? { remove: option.node.line } : undefined;
        kept.report({ ...at, ...verdict, data });
      }
    });
  },
  fix: replaceOrRemoveKeyFix,
};

/**
 * Offset of the first `[name` line without its `]` in a document (Infinity when there is none), read off the outline
 * a re-parse carries: no walk over the lines of every revision.
 */
function firstBrokenHeader(workspace: Workspace, uri: string): number {
  const tree = workspace.document(uri)?.conf;
  const first = tree ? outlineOf(tree).brokenHeaders[0] : undefined;
  return tree === undefined || first === undefined ? Infinity : tree.lines[first].line.start;
}

type Verdict = Pick<FindingInput, "message" | "severity" | "tags"> & { replacement?: string; removable?: boolean };

function judge(driver: "sip" | "iax", key: string, keys: ReadonlySet<string>, version: number): Verdict {
  const name = DRIVER_NAMES[driver];
  const lower = key.toLowerCase();
  const ignored = `${name} ignores it without a word`;
  const cleaned = key.replace(/[^A-Za-z0-9_-]/g, "");
  if (cleaned !== key && keys.has(cleaned.toLowerCase())) {
    const stray = [...new Set(key.replace(/[A-Za-z0-9_-]/g, ""))].join("");
    return { message: `'${key}' is not '${cleaned}': the stray '${stray}' makes it another name, and ${ignored}.`, replacement: cleaned };
  }
  const retired = RETIRED_GENERAL_KEYS[driver][lower];
  if (retired) {
    return {
      severity: "information",
      tags: ["unnecessary"],
      message: `'${key}' is ${retired.note}: ${name} in Asterisk ${version} ignores it.${retired.instead ? ` Use ${retired.instead} instead.` : " The line can be removed."}`,
      removable: !retired.instead,
    };
  }
  if (DAHDI_OPTIONS.has(lower)) {
    return { severity: "information", tags: ["unnecessary"], message: `'${key}' is a chan_dahdi (analog/PRI line) option: ${ignored}. It can be removed.`, removable: true };
  }
  if (findOption(driver, "peer", key).option) {
    return { message: `'${key}' is a peer option that ${name} does not read in [general], so it is no default for the peers: ${ignored}. Set it in the peer sections that need it.` };
  }
  const foreign = foreignOption(driver, key);
  if (foreign) return { message: `'${key}' is a ${DRIVER_NAMES[foreign.driver]} option, not a ${name} [general] key: ${ignored}.` };
  const suggestion = closest(key, keys);
  if (suggestion) return { message: `Unknown [general] key '${key}': ${ignored}. Did you mean '${suggestion}'?`, replacement: suggestion };
  const lookalike = closest(key, Object.keys(RETIRED_GENERAL_KEYS[driver]));
  const like = lookalike ? RETIRED_GENERAL_KEYS[driver][lookalike] : undefined;
  const note = lookalike && like ? ` It resembles '${lookalike}', ${like.note}, which is ignored too: remove the line${like.instead ? `, or use ${like.instead}` : ""}.` : "";
  return { message: `Unknown [general] key '${key}': ${ignored} (checked against the [general] keys of Asterisk ${version}).${note}` };
}
