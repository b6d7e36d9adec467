// register/duplicate: the same register line twice in one chan_sip / chan_iax2 configuration.
import type { PlacedOption } from "../../model/units";
import type { Rule, RuleContext } from "../types";
import { reportKept } from "../kept-reports";
import { LineQuotes } from "../line-quotes";
import { driverConfigs, isEffective, registerInputs, registerOptions, type DriverConfig } from "../../model/register-options";

export const duplicate: Rule = {
  code: "register/duplicate",
  area: "register",
  severity: "information",
  summary: "The same register line appears twice; chan_sip keeps one registration (the copy does nothing), chan_iax2 registers the same account twice.",
  workspaceReads: ["sip", "iax", "generic"],
  checkWorkspace(workspace, ctx) {
    for (const config of driverConfigs(workspace)) {
      // Kept while the configuration's register lines are the same objects (see rules/kept-reports.ts).
      reportKept(ctx, `${this.code}\u0000${config.units.map((u) => u.id).join("\u0000")}`, registerInputs(config, workspace), (kept) => checkConfig(config, kept));
    }
  },
  fix(finding, ctx) {
    const line = finding.data?.line as { start: number; end: number } | undefined;
    const text = ctx.textOf(finding.uri);
    if (!line || text === undefined) return [];
    let end = line.end;
    if (finding.data?.wholeLine) {
      if (text[end] === "\r") end++;
      if (text[end] === "\n") end++;
    }
    return [{ title: "Remove the duplicate register line", isPreferred: true, edits: [{ uri: finding.uri, span: { start: line.start, end }, newText: "" }] }];
  },
};

/** Reports each register line that repeats an earlier one of the configuration. */
function checkConfig(config: DriverConfig, ctx: RuleContext): void {
  const seen = new Map<string, PlacedOption>();
  for (const unit of config.units) {
    for (const { option, grammar } of registerOptions(unit, ctx.workspace)) {
      if (!isEffective(option, unit) || option.node.value.length === 0) continue;
      const first = seen.get(option.node.value);
      if (!first) {
        seen.set(option.node.value, option);
        continue;
      }
      const quotes = new LineQuotes();
      const where = describe(quotes, first);
      const message =
        grammar === "iax"
          ? `Same registration as ${where}: chan_iax2 registers the same account twice. Remove one of them.`
          : `Same registration as ${where}: chan_sip keeps only one registration for identical lines, so this one does nothing. Remove it.`;
      ctx.report({
        uri: option.uri,
        span: { start: option.node.keySpan.start, end: option.node.valueSpan.end },
        message,
        tags: ["unnecessary"],
        related: [{ uri: first.uri, span: first.node.valueSpan, message: "First registration" }],
        data: { line: option.node.line, wholeLine: option.field !== "registration_string" },
        quotes: quotes.quotes,
      });
    }
  }
}

function describe(quotes: LineQuotes, option: PlacedOption): string {
  if (option.field === "registration_string" && option.carrierId) return `carrier ${option.carrierId}'s registration string`;
  const line = quotes.number(option.uri, option.node.line);
  const name = option.uri.slice(option.uri.lastIndexOf("/") + 1);
  return option.carrierId ? `line ${line} of ${name} (carrier ${option.carrierId})` : `line ${line} of ${name}`;
}
