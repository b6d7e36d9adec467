// Hover in dialplans: patterns in words (with an example number and its length), what `${EXTEN:...}` yields for
// that example, applications (signature and doc), their arguments, Dial option letters, globals (value and where
// defined, secrets masked), peers named in channel strings, labels and contexts.
import { findApplication } from "../../knowledge/applications";
import { knownVariable } from "../../knowledge/channel-variables";
import { dialOption } from "../../knowledge/dial-options";
import { dialplanIndex, findMatch, sortedExtensions, type DialplanIndex, type DialplanStep } from "../../model/dialplan";
import { describePattern, exampleNumber, fixedLength, literalPrefix, matchesExtension, nanpStart, parseExtension } from "../../model/extension-pattern";
import { parseIntStrict, substitute, substring } from "../../model/dialplan-values";
import { maskChannelSecrets } from "../../model/channel-strings";
import type { Workspace } from "../../model/workspace";
import type { AsteriskVersion } from "../../settings";
import { dialplanTargetAt, type DialplanTarget } from "../dialplan-locate";
import type { Location } from "../locate";
import type { HoverResult } from "./types";
import { bold, bullet, bulletList, codeBlock, inlineCode as code, renderBlocks } from "../../knowledge/render";

function where(workspace: Workspace, uri: string, offset: number, carrierId?: string): string {
  const line = workspace.lineNumber(uri, offset);
  const file = uri.slice(uri.lastIndexOf("/") + 1);
  return carrierId ? `carrier ${carrierId} (${file}:${line})` : `${file}:${line}`;
}

function patternHover(workspace: Workspace, index: DialplanIndex, step: DialplanStep): string {
  const parsed = parseExtension(step.extensionText);
  const parts = [bold(code(step.extensionText)) + (parsed.isPattern ? " (pattern)" : " (exact extension)")];
  parts.push(`Matches ${describePattern(parsed)}.`);
  const example = exampleNumber(parsed);
  const length = fixedLength(parsed);
  if (example) parts.push(`Example: ${code(example)} — ${length !== undefined ? `${length} digits` : `${example.length} or more characters (any length from ${parsed.elements.length + (parsed.tail === "." ? 1 : 0)})`}.`);
  const prefix = literalPrefix(parsed);
  if (parsed.isPattern && prefix.length > 0) parts.push(`Fixed prefix ${code(prefix)}: ${code("${EXTEN:" + prefix.length + "}")} strips it.`);
  const nanp = nanpStart(parsed);
  if (nanp !== undefined && example) parts.push(`North American number (NPA-NXX-XXXX) from position ${nanp + 1}: ${code("${EXTEN:" + nanp + "}")} gives ${code(example.slice(nanp))}, NPANXX ${code("${EXTEN:" + nanp + ":6}")} gives ${code(example.slice(nanp, nanp + 6))}.`);
  if (example && parsed.isPattern) {
    const dialplan = index.dialplans.find((d) => d.steps.includes(step));
    if (dialplan) {
      const winner = findMatch(index, dialplan, step.context.name, example);
      if (winner && winner.extension.name !== step.extensionText) parts.push(`Note: Asterisk sends ${code(example)} to ${code(winner.extension.name)} instead, which it tries first.`);
      const others = sortedExtensions(index.contexts(dialplan, step.context.name).flatMap((c) => c.extensions)).filter(
        (e) => e.name !== step.extensionText && matchesExtension(e.name, example),
      );
      if (others.length > 0 && !(winner && winner.extension.name !== step.extensionText)) parts.push(`Also matched (tried later): ${others.slice(0, 4).map((e) => code(e.name)).join(", ")}.`);
    }
  }
  if (step.cid) parts.push(`Only for caller IDs matching ${code(step.cid)}.`);
  return renderBlocks(parts);
}

function extenHover(step: DialplanStep | undefined, offsetText: string | undefined, lengthText: string | undefined): string {
  const parts = [`${bold("EXTEN")} — the number dialed into this extension.`];
  const offset = parseIntStrict(offsetText);
  const length = lengthText === undefined ? undefined : parseIntStrict(lengthText);
  if (offsetText !== undefined && offset !== undefined) {
    if (offset < 0) parts.push(`A negative offset counts from the end: ${code(`\${EXTEN:${offset}}`)} keeps the last ${-offset} characters.`);
    else parts.push(`${code(`\${EXTEN:${offset}}`)} drops the first ${offset} character(s).`);
    if (length !== undefined) parts.push(length >= 0 ? `Then keeps at most ${length} character(s).` : `Then drops ${-length} character(s) from the end.`);
  }
  const parsed = step?.extension?.parsed ?? (step ? parseExtension(step.extensionText) : undefined);
  const example = parsed && parsed.isPattern ? exampleNumber(parsed) : step?.extensionText;
  if (example && offset !== undefined && (lengthText === undefined || length !== undefined)) {
    const result = substring(example, offset, length);
    parts.push(`For ${code(example)} (matched by ${code(step!.extensionText)}) it yields ${code(result || "(empty)")} — ${result.length} digit(s).`);
  } else if (example && offsetText === undefined) parts.push(`For example ${code(example)}.`);
  return renderBlocks(parts);
}

function globalHover(workspace: Workspace, index: DialplanIndex, name: string): string | undefined {
  const defs = index.globalsNamed(name);
  if (defs.length === 0) return undefined;
  const lines = defs.map((d) => bullet(`${code(d.name + " = " + maskChannelSecrets(d.value))} — ${where(workspace, d.uri, d.nameSpan.start, d.carrierId)}`));
  const last = defs[defs.length - 1];
  const lookup = (n: string) => index.globalsNamed(n).at(-1)?.value;
  const resolved = substitute(last.value, { lookup }).value;
  const parts = [`${bold(name)} (global variable)`, ...lines];
  if (resolved !== last.value) parts.push(`Resolves to ${code(maskChannelSecrets(resolved))}.`);
  if (defs.length > 1) parts.push("Defined more than once: the last definition wins.");
  return renderBlocks(parts);
}

function variableHover(workspace: Workspace, index: DialplanIndex, target: Extract<DialplanTarget, { kind: "variable" }>): string | undefined {
  const { use } = target;
  if (use.name === "EXTEN" && !use.viaGlobal) return extenHover(target.step, use.offset?.text, use.length?.text);
  const global = globalHover(workspace, index, use.name);
  if (global) return global;
  const known = knownVariable(use.name);
  if (known) {
    const source = known.source === "asterisk" ? "channel variable" : known.source === "vicidial-runtime" ? "set by VICIdial at run time" : "written by VICIdial into extensions-vicidial.conf";
    return renderBlocks([`${bold(use.name)} (${source})`, known.summary]);
  }
  return renderBlocks([bold(use.name), "Not defined in any [globals] or carrier globals string in the workspace."]);
}

function applicationHover(name: string, version: AsteriskVersion): string | undefined {
  const found = findApplication(name, version);
  const info = found.info ?? findApplication(name, 22).info ?? findApplication(name, 16).info;
  if (!info) return renderBlocks([bold(name), "Not an application Asterisk ships (an add-on module may provide it)."]);
  const parts = [bold(info.name), codeBlock(info.signature), info.summary];
  if (info.detail) parts.push(info.detail);
  if (info.args) parts.push(bulletList(info.args.map((a) => `${code(a.name)}${a.optional ? " (optional)" : ""}: ${a.doc}`)));
  if (info.removedIn) parts.push(`Removed in Asterisk ${info.removedIn}.`);
  if (info.addedIn) parts.push(`Added in Asterisk ${info.addedIn}.`);
  if (found.unavailable) parts.push(`${bold(`Not available in Asterisk ${version}`)} (the configured ${code("asteriskVersion")}): the dialplan line fails there.`);
  return renderBlocks(parts);
}

function argumentHover(workspace: Workspace, index: DialplanIndex, step: DialplanStep, argIndex: number): string | undefined {
  const info = findApplication(step.application, 22).info ?? findApplication(step.application, 16).info;
  const arg = info?.args?.[Math.min(argIndex, (info.args?.length ?? 1) - 1)];
  const parts: string[] = [];
  if (info && arg) parts.push(`${bold(info.name)} argument ${argIndex + 1}: ${code(arg.name)}`, arg.doc);
  if (step.application.trim().toLowerCase() === "dial" && argIndex === 0) {
    const dialplan = index.dialplans.find((d) => d.steps.includes(step));
    const example = step.extension?.parsed.isPattern ? exampleNumber(step.extension.parsed) : step.extensionText;
    const lookup = (n: string) => index.globalValue(dialplan, n);
    const resolved = substitute(step.args[0].text.trim(), { exten: example, lookup });
    parts.push(`For ${code(example ?? "")} this dials ${resolved.value.split("&").map((c) => code(maskChannelSecrets(c.trim()))).join(" and ")}.`);
    if (resolved.unresolved.length > 0) parts.push(`Known only at run time: ${[...new Set(resolved.unresolved)].map((n) => code(n)).join(", ")}.`);
  }
  return parts.length > 0 ? renderBlocks(parts) : undefined;
}

function peerHover(workspace: Workspace, index: DialplanIndex, tech: string, name: string): string {
  const peers = index.peers.filter((p) => p.tech === tech && (tech === "SIP" ? p.name.toLowerCase() === name.toLowerCase() : p.name === name));
  const what = tech === "PJSIP" ? "PJSIP endpoint" : `${tech} peer`;
  if (peers.length === 0) return renderBlocks([`${bold(name)} (${what})`, `Not defined in any ${tech === "PJSIP" ? "pjsip/pjsip_wizard" : tech === "SIP" ? "sip" : "iax"} file or carrier account entry in the workspace.`]);
  const lines = peers.map((p) => {
    const host = p.section.options.filter((o) => /^(host|remote_hosts|contact)$/i.test(o.node.key.trim())).map((o) => o.node.value).at(-1);
    return bullet(`defined at ${where(workspace, p.uri, p.span.start, p.section.carrierId)}${host ? `, ${code(host)}` : ""}`);
  });
  return renderBlocks([`${bold(name)} (${what})`, ...lines]);
}

function labelHover(workspace: Workspace, index: DialplanIndex, target: DialplanTarget): string | undefined {
  if (target.kind === "label-def") {
    return renderBlocks([`${bold(target.label.text)} (label)`, `Priority ${target.step.priority ?? "?"} of ${code(target.step.extensionText)} in [${target.step.context.name}]. Jump here with ${code(`Goto(${target.label.text})`)} from the same extension.`]);
  }
  if (target.kind !== "goto-label") return undefined;
  const dialplan = index.dialplans.find((d) => d.steps.includes(target.step));
  if (!dialplan) return undefined;
  const contextName = target.context ?? target.step.context.name;
  const ext = target.extension ? findMatch(index, dialplan, contextName, target.extension)?.extension : target.step.extension;
  const labelled = ext?.labels.get(target.token.text.trim());
  if (!ext || !labelled) return renderBlocks([`${bold(target.token.text)} (label)`, "Not found in the target extension."]);
  return renderBlocks([`${bold(target.token.text)} (label)`, `Priority ${labelled.priority} of ${code(ext.name)} in [${ext.context.name}], ${where(workspace, labelled.uri, labelled.option.node.line.start, labelled.carrierId)}: ${code(labelled.application + "(...)")}.`]);
}

function contextHover(workspace: Workspace, index: DialplanIndex, name: string): string {
  const contexts = index.dialplans.flatMap((d) => (d.contexts.has(name) ? [d.contexts.get(name)!] : []));
  if (contexts.length === 0) {
    const generated = /^vicidial-auto/i.test(name) ? " VICIdial writes it into extensions-vicidial.conf." : name === "parkedcalls" ? " Asterisk's parking module creates it." : "";
    return renderBlocks([`${bold(`[${name}]`)} (context)`, `Not defined in the workspace's extensions files.${generated}`]);
  }
  const extensions = contexts.flatMap((c) => c.extensions).length;
  const includes = [...new Set(contexts.flatMap((c) => c.includes.map((i) => i.name)))];
  const places = contexts.flatMap((c) => c.sections).map((s) => (s.header ? where(workspace, s.uri, s.header.nameSpan.start) : `carrier dialplan entries (${s.uri.slice(s.uri.lastIndexOf("/") + 1)})`));
  const parts = [`${bold(`[${name}]`)} (context)`, `${extensions} extension(s)${includes.length > 0 ? `; includes ${includes.map((i) => code(i)).join(", ")}` : ""}.`];
  parts.push(`Defined at ${[...new Set(places)].join(", ")}.`);
  return renderBlocks(parts);
}

export function dialplanHover(location: Location): HoverResult | undefined {
  const { workspace, doc, offset } = location;
  const target = dialplanTargetAt(workspace, doc.uri, offset);
  if (!target) return undefined;
  const index = dialplanIndex(workspace);
  switch (target.kind) {
    case "pattern":
      return { markdown: patternHover(workspace, index, target.step), span: target.span };
    case "variable": {
      const markdown = variableHover(workspace, index, target);
      return markdown ? { markdown, span: target.use.whole } : undefined;
    }
    case "application": {
      const markdown = applicationHover(target.step.application.trim(), location.asteriskVersion);
      return markdown ? { markdown, span: target.span } : undefined;
    }
    case "argument": {
      const markdown = argumentHover(workspace, index, target.step, target.index);
      return markdown ? { markdown, span: target.span } : undefined;
    }
    case "dial-option": {
      const letter = target.letter.letter;
      const found = dialOption(letter, 22).option ?? dialOption(letter, 18).option;
      const span = { start: target.letter.at, end: target.letter.at + 1 };
      if (!found) return { markdown: `${bold(letter)} — not a Dial option.`, span };
      const parts = [bold(`Dial option ${code(found.argumentForm ?? found.letter)}`), found.summary];
      if (found.note) parts.push(found.note);
      if (found.removedIn) parts.push(`Removed in Asterisk ${found.removedIn}.`);
      if (found.removedIn !== undefined && location.asteriskVersion >= found.removedIn) parts.push(`${bold(`Not available in Asterisk ${location.asteriskVersion}`)} (the configured ${code("asteriskVersion")}).`);
      return { markdown: renderBlocks(parts), span };
    }
    case "global-def": {
      const markdown = globalHover(workspace, index, target.def.name);
      return markdown ? { markdown, span: target.span } : undefined;
    }
    case "peer-ref":
      return { markdown: peerHover(workspace, index, target.tech, target.name), span: target.span };
    case "label-def":
      return { markdown: labelHover(workspace, index, target)!, span: target.label.span };
    case "goto-label": {
      const markdown = labelHover(workspace, index, target);
      return markdown ? { markdown, span: target.token.span } : undefined;
    }
    case "goto-context":
      return { markdown: contextHover(workspace, index, target.token.text.trim()), span: target.token.span };
    case "include":
    case "context-def":
      return { markdown: contextHover(workspace, index, target.name), span: target.span };
    default:
      return undefined;
  }
}
