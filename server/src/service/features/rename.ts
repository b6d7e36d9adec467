// Rename for the symbols navigation knows (globals and variables, contexts, labels, peers and PJSIP objects): every
// definition and reference gets the new name; PJSIP carriers' aor, identify and endpoint sections named alike move
// together. Plain edits out.
import { dialplanIndex } from "../model/dialplan";
import type { Workspace } from "../model/workspace";
import type { Span } from "../text/span";
import { dedupe, definitionsOf, referencesOf, symbolAt, type NavSymbol } from "./navigation";

const NAME_RULES: Record<NavSymbol["kind"], RegExp> = {
  variable: /^[A-Za-z_][A-Za-z0-9_]*$/,
  context: /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/,
  label: /^[A-Za-z_][A-Za-z0-9_-]*$/,
  peer: /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/,
  "pjsip-object": /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/,
};

/** How a kind of symbol is called in an error message. */
const KIND_NAMES: Record<NavSymbol["kind"], string> = { variable: "variable", context: "context", label: "label", peer: "peer", "pjsip-object": "PJSIP object" };

export function prepareRename(workspace: Workspace, uri: string, offset: number): { span: Span; placeholder: string } | undefined {
  const at = symbolAt(workspace, uri, offset);
  if (!at) return undefined;
  const text = workspace.document(uri)?.text ?? "";
  return { span: at.span, placeholder: text.slice(at.span.start, at.span.end) };
}

export interface RenameEdit {
  uri: string;
  span: Span;
  newText: string;
}

export type RenameResult = { edits: RenameEdit[] } | { error: string };

export function rename(workspace: Workspace, uri: string, offset: number, newName: string): RenameResult {
  const at = symbolAt(workspace, uri, offset);
  if (!at) return { error: "Nothing to rename here (globals, variables, contexts, labels, peers and PJSIP objects can be renamed)." };
  const name = newName.trim();
  if (!NAME_RULES[at.symbol.kind].test(name)) return { error: `'${newName}' is not a valid ${KIND_NAMES[at.symbol.kind]} name.` };
  const index = dialplanIndex(workspace);
  const places = [...definitionsOf(workspace, index, at.symbol), ...referencesOf(workspace, index, at.symbol)];
  if (at.symbol.kind === "peer" && at.symbol.tech === "PJSIP") {
    // VICIdial's PJSIP carriers name the aor, identify and endpoint sections alike; they move together.
    const old = at.symbol.name;
    for (const unit of workspace.units()) {
      if (unit.dialect !== "pjsip" && unit.dialect !== "pjsip_wizard") continue;
      for (const section of unit.sections) {
        if (section.name === old && section.header) places.push({ uri: section.uri, span: section.header.nameSpan });
        for (const option of section.options) {
          const key = option.node.key.trim().toLowerCase();
          if ((key === "aors" || key === "endpoint" || key === "auth" || key === "outbound_auth") && option.node.value.split(",").some((v) => v.trim() === old)) {
            const text = workspace.document(option.uri)?.text ?? "";
            const v = option.node.valueSpan;
            for (let i = text.indexOf(old, v.start); i >= 0 && i + old.length <= v.end; i = text.indexOf(old, i + 1)) {
              const before = text[i - 1];
              const after = text[i + old.length];
              if ((i === v.start || /[\s,]/.test(before)) && (i + old.length === v.end || /[\s,]/.test(after))) places.push({ uri: option.uri, span: { start: i, end: i + old.length } });
            }
          }
        }
      }
    }
  }
  return { edits: dedupe(places).map((p) => ({ uri: p.uri, span: p.span, newText: name })) };
}
