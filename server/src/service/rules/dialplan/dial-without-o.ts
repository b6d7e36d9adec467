// dialplan/dial-without-o: an outbound carrier Dial without the `o` option.
import { parseDialOptions } from "../../model/dial-options";
import { unbalancedOpeners } from "../../parse/variable-references";
import type { Rule, RuleContext } from "../types";
import { effectiveValue } from "../../model/units";
import { parseChannel } from "../../model/channel-strings";
import type { Dialplan, DialplanStep } from "../../model/dialplan";
import { LineWork } from "../../model/line-work";
import { registerPeerPairs } from "../../model/register-peers";
import { fixesFromData, indexOf, dialStepsWhere, isCarrierStep, lineVerdict, unitDialplan, withFixes } from "./common";

/** Register-paired peers and peers by `TECH/name` (the first definition), per workspace. */
const LOCAL_FACTS = {};

/** Loops back into this server: VICIdial's own TRUNKloop/blind/play, or a channel to this host. */
const LOOPBACK = /@(127\.0\.0\.1|localhost|\[?::1\]?)(:\d+)?(\/|$)|^[^/]+\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/i;
/** A peer named by the number dialled or by digits: an extension's own phone, not a carrier. */
const PHONE_PEER = /^(\$\{EXTEN(:[^}]*)?\}|\d+)$/;

/**
 * True when one of the Dial's legs (`&`-separated, a global such as ${SIPTRUNK} read from the dialplan's globals)
 * goes to a carrier. Not carriers: Local channels and `@default` hops, loops back to this server, phones named by
 * number or by ${EXTEN}, and peers of this server that register to it (host=dynamic with no register line of ours).
 */
function reachesCarrier(destinations: string, dialplan: Dialplan, ctx: RuleContext): boolean {
  const index = indexOf(ctx);
  const expanded = destinations.replace(/\$\{([A-Za-z0-9_]+)\}/g, (all, name: string) => index.globalValue(dialplan, name) ?? all);
  const { paired, peers } = ctx.workspace.memo(LOCAL_FACTS, () => ({
    paired: new Set(registerPeerPairs(ctx.workspace).map((p) => p.peer)),
    peers: new Map(index.peers.map((p) => [`${p.tech}/${p.name}`, p] as const).reverse()),
  }));
  return expanded.split("&").some((raw) => {
    const leg = raw.trim();
    if (leg.length === 0 || /^Local\//i.test(leg) || /@default(\/|$)/i.test(leg) || LOOPBACK.test(leg)) return false;
    const channel = parseChannel(leg);
    const named = /^SIP$/i.test(channel.tech) && !channel.resource.includes("/") && !channel.resource.includes("@") ? channel.resource : undefined;
    if (named !== undefined && PHONE_PEER.test(named)) return false;
    if (!channel.peer) return true;
    const tech = channel.tech.toUpperCase();
    const peer = peers.get(`${tech === "IAX2" ? "IAX2" : tech === "PJSIP" ? "PJSIP" : "SIP"}/${channel.peer}`);
    if (!peer) return !PHONE_PEER.test(channel.peer);
    const host = effectiveValue(peer.unit, peer.section, "host")?.trim().toLowerCase();
    return !(host === "dynamic" && !paired.has(peer.section));
  });
}

/** Whether a Dial line needs no `o` by its text alone (see `cleanByText`), kept on its parsed line. */
const CLEAN_BY_TEXT = new LineWork<boolean>();

/**
 * Whether a Dial line needs no `o` whatever its legs reach, by its text alone: it goes to a Local channel or VICIdial's
 * TRUNKloop/blind/play, or its options hold a variable or already the `o` (most carrier Dials: the options first,
 * then where the legs go does not matter).
 */
function cleanByText(step: DialplanStep): boolean {
  if (/^\s*(Local\/|\$\{TRUNK(loop|blind|play)\})/i.test(step.args[0].text)) return true;
  const options = step.args[2];
  return options !== undefined && (options.text.includes("${") || parseDialOptions(options.text, options.span.start).some((l) => l.letter === "o"));
}

/**
 * The carrier Dials of a dialplan that lack the `o` by their text (see `cleanByText`), once per dialplan object: an
 * edit of a peer file, which re-checks the dialplan (where its legs go may change), looks at these alone; an edit in
 * a context of thousands of carrier Dials that have the `o` tests the lines it made (see `dialStepsWhere`).
 */
const needingO = dialStepsWhere((step) => isCarrierStep(step) && !lineVerdict(CLEAN_BY_TEXT, step, cleanByText));

export const dialWithoutO: Rule = {
  code: "dialplan/dial-without-o",
  area: "dialplan",
  severity: "warning",
  summary: "A carrier's outbound Dial lacks the `o` option: the outbound leg does not keep the original caller ID, which VICIdial uses to recognise its calls (the sample dialplan calls the flag very important).",
  // The dialplan's group (globals of the main dialplan VICIdial's joins), the peers and their register lines.
  unitAlsoReads: ["extensions", "sip", "iax", "pjsip", "pjsip_wizard"],
  checkUnit(unit, ctx) {
    const dialplan = unitDialplan(unit, ctx);
    if (!dialplan) return;
    for (const step of needingO(dialplan)) {
      const destinations = step.args[0].text;
      const options = step.args[2];
      if (!reachesCarrier(destinations, dialplan, ctx)) continue;
      // An unclosed `${`, `$[`, `(` or `"` (or Dial's own `)`) leaves no safe place for the option: report, offer no fix.
      const text = ctx.workspace.document(step.uri)?.text ?? "";
      const argumentsSpan = step.line.argumentsSpan;
      const quotes = argumentsSpan ? (text.slice(argumentsSpan.start, argumentsSpan.end).match(/"/g) ?? []).length : 0;
      const balanced = !step.line.unclosedParen && argumentsSpan !== undefined && unbalancedOpeners(text, argumentsSpan).length === 0 && quotes % 2 === 0;
      let edit;
      if (options) {
        const end = options.span.start + options.text.trimEnd().length;
        edit = { uri: step.uri, span: { start: end, end }, newText: "o" };
      } else if (step.args[1]) {
        const end = step.args[1].span.end;
        edit = { uri: step.uri, span: { start: end, end }, newText: ",o" };
      } else {
        const end = step.args[0].span.end;
        edit = { uri: step.uri, span: { start: end, end }, newText: ",,o" };
      }
      ctx.report({
        uri: step.uri,
        span: step.line.application!.span,
        message: "This outbound Dial has no 'o' option: the carrier leg gets a new caller ID instead of the original one, and VICIdial, which carries its call identifier in the caller-ID name, loses track of the call. Add 'o' (VICIdial's carriers use 'To').",
        data: withFixes(undefined, balanced ? [{ title: "Add the 'o' option", edits: [edit], isPreferred: true }] : []),
      });
    }
  },
  fix: fixesFromData,
};
