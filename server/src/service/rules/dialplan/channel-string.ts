// dialplan/channel-string: Dial destinations whose technology or shape is wrong (after resolving globals).
import { substitute } from "../../model/dialplan-values";
import { CHANNEL_TECHNOLOGIES, maskChannelSecrets, parseChannel } from "../../model/channel-strings";
import { closestName } from "../../model/suggest";
import type { Dialplan, DialplanStep } from "../../model/dialplan";
import type { AsteriskVersion } from "../../settings";
import type { FindingInput, Rule } from "../types";
import { dialSteps, globalLookup, indexOf } from "./common";
import { keptPerDialplan, keptPerStep, worthKeeping } from "./kept-per-line";

const TECHS = new Map(CHANNEL_TECHNOLOGIES.map((t) => [t.toLowerCase(), t]));

export const channelString: Rule = {
  code: "dialplan/channel-string",
  area: "dialplan",
  severity: "warning",
  summary: "A Dial destination is malformed for its technology (SIP/peer/number, SIP/number@peer, IAX2/peer/number, PJSIP/number@endpoint), names an unknown technology, or uses chan_sip on an Asterisk without it.",
  workspaceReads: ["extensions"],
  checkWorkspace(_workspace, ctx) {
    const index = indexOf(ctx);
    const key = `channel-string ${ctx.asteriskVersion}`;
    for (const dialplan of index.dialplans) {
      // Kept with the dialplan while the globals it read hold; within a rebuilt one, with each Dial line.
      const findings = keptPerDialplan(dialplan, key, index.globalsStamp, globalLookup(index, dialplan), (lookup) => dialplanFindings(dialplan, lookup, key, ctx.asteriskVersion, index.globalsStamp));
      for (const finding of findings) ctx.report(finding);
    }
  },
};

/** The findings of a dialplan's Dial lines, `lookup` giving the globals as the dialplan sees them (under `stamp`). */
function dialplanFindings(dialplan: Dialplan, lookup: (name: string) => string | undefined, key: string, version: AsteriskVersion, stamp: object): FindingInput[] {
  const found: FindingInput[] = [];
  const keep = worthKeeping(dialplan);
  for (const step of dialSteps(dialplan)) {
    if (step.dropped) continue;
    if (!keep) checkStep(step, lookup, (finding) => found.push(finding), version);
    else for (const finding of keptPerStep(step, key, lookup, (read) => lineFindings(step, read, version), stamp)) found.push(finding);
  }
  return found;
}

function lineFindings(step: DialplanStep, lookup: (name: string) => string | undefined, version: AsteriskVersion): FindingInput[] {
  const found: FindingInput[] = [];
  checkStep(step, lookup, (finding) => found.push(finding), version);
  return found;
}

/** The findings of one Dial's destinations, `lookup` giving the globals as the dialplan sees them. */
function checkStep(step: DialplanStep, lookup: (name: string) => string | undefined, report: (finding: FindingInput) => void, version: AsteriskVersion): void {
  const arg = step.args[0];
  const raw = arg.text.trim();
  if (raw.length === 0) return;
  const resolved = substitute(raw, { lookup });
  for (const destination of resolved.value.split("&")) {
    const d = destination.trim();
    if (d.length === 0 || d.startsWith("${") || d.startsWith("$[")) continue;
    const channel = parseChannel(d);
    // Worked out only for a finding: masking runs several regexes, and most destinations are fine.
    const shown = () => (resolved.value !== raw ? `'${maskChannelSecrets(raw)}' resolves to '${maskChannelSecrets(d)}', which` : `'${maskChannelSecrets(d)}'`);
    if (channel.tech.includes("${")) continue;
    const known = TECHS.get(channel.tech.toLowerCase());
    if (channel.tech.length > 0 && !known) {
      const suggestion = closestName(channel.tech, CHANNEL_TECHNOLOGIES);
      report({
        uri: step.uri,
        span: arg.span,
        message: `${shown()} uses channel technology '${channel.tech}', which Asterisk does not have: the Dial fails at once (CHANUNAVAIL, "No channel type registered").${suggestion ? ` Did you mean '${suggestion}'?` : ""}`,
      });
      continue;
    }
    if (known === "SIP" && version >= 21) {
      report({
        uri: step.uri,
        span: arg.span,
        severity: "error",
        message: `${shown()} dials through chan_sip, which Asterisk ${version} no longer has (removed in 21): the Dial fails at once. Move the carrier to PJSIP (PJSIP/number@endpoint).`,
      });
      continue;
    }
    if (channel.problem) report({ uri: step.uri, span: arg.span, message: `${shown()} ${channel.problem}.` });
  }
}
