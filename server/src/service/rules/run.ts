// Runs the rule table over a workspace, caching findings per document and per unit, applying severity overrides.
import type { AnalyzedDocument, Workspace } from "../model/workspace";
import { guardSecrets } from "./secret-guard";
import { applyGeneratedPolicy } from "./generated-policy";
import { inputObjects } from "./workspace-inputs";
import type { ConfUnit, PlacedSection } from "../model/units";
import { releaseReplacedBuilds, sectionFactList } from "../model/section-lists";
import { sameItems } from "../util/lists";
import { positionFree } from "../model/unit-facts";
import { currentFindings, NO_PLACED_FINDINGS, placeFindings, type PlacedFindings } from "./placed-findings";
import type { Finding, FindingInput, Rule, RuleContext } from "./types";
import type { AsteriskVersion, SeverityOverrides } from "../settings";
import { dialplanOf, isExtensionsUnit } from "../model/dialplan-build";
import { sameSectionsAs } from "../model/built-contexts";
import type { DialplanContext, DialplanStep } from "../model/dialplan-types";
import { StepFindings } from "./step-findings";
import { FindingGrouping } from "./grouped-findings";
import { CrossUnitFindings } from "./cross-unit-findings";
import { keepingEqualFindings } from "./equal-findings";
export type { SeverityOverride, SeverityOverrides } from "../settings";

export class RuleRunner {
  private docCache = new WeakMap<AnalyzedDocument, Finding[]>();
  private unitCache = new WeakMap<ConfUnit, Finding[]>();
  /**
   * Per system (see Workspace.systems), per workspace rule: what it read (units, records; undefined for a rule that
   * declares nothing, which runs every time) and what it found.
   */
  private workspaceCache = new WeakMap<Workspace, Map<Rule, { inputs: readonly object[] | undefined; findings: Finding[] }>>();
  /** The key of each section rule's findings among a section's facts; new keys drop them all (see clearCaches). */
  private sectionKeys = new Map<Rule, object>();
  /** Each context rule's findings by context, kept with the context's first section (see `contextFindings`). */
  private contextMemos = new WeakMap<PlacedSection, ContextMemo>();
  /** Step rules' findings kept with each step's line (rules/step-findings.ts); renewed with the other caches. */
  private stepFindings: StepFindings;
  /** The findings of unit rules that read more than their unit (rules/cross-unit-findings.ts). */
  private crossUnit: CrossUnitFindings;
  /** Drops repeated findings and groups them by document (rules/grouped-findings.ts). */
  private readonly grouping = new FindingGrouping();

  constructor(
    private readonly rules: readonly Rule[],
    private overrides: SeverityOverrides = {},
    private asteriskVersion: AsteriskVersion = 18,
  ) {
    this.stepFindings = new StepFindings();
    this.crossUnit = new CrossUnitFindings(rules);
  }

  /** Version-dependent checks (applications, Dial letters) read this; cached findings are dropped on a change. */
  setAsteriskVersion(version: AsteriskVersion): void {
    if (version === this.asteriskVersion) return;
    this.asteriskVersion = version;
    this.clearCaches();
  }

  setOverrides(overrides: SeverityOverrides): void {
    this.overrides = overrides;
    this.clearCaches();
  }

  private clearCaches(): void {
    this.docCache = new WeakMap();
    this.unitCache = new WeakMap();
    this.workspaceCache = new WeakMap();
    this.sectionKeys = new Map();
    this.contextMemos = new WeakMap();
    this.stepFindings = new StepFindings();
    this.crossUnit = new CrossUnitFindings(this.rules);
  }

  /** All findings of the workspace, grouped by document uri; each system (one server's files) is checked on its own. */
  run(workspace: Workspace): Map<string, Finding[]> {
    const steps = this.steps(workspace);
    let next = steps.next();
    while (!next.done) next = steps.next();
    return next.value;
  }

  /**
   * The same analysis as `run`, one piece at a time: it yields after each rule on a document, unit or system, so a
   * caller can stop between pieces (see LanguageService.startAnalysis). The return value is what `run` returns.
   * A piece whose findings are cached costs no yield.
   */
  *steps(workspace: Workspace): Generator<void, Map<string, Finding[]>, void> {
    const all: Finding[] = [];
    for (const system of workspace.systems()) {
      for (const doc of system.documents()) {
        // A file we do not recognise by name is checked only as a fragment some conf file includes.
        if (doc.kind.kind === "unknown" && !system.isIncluded(doc.uri)) continue;
        pushAll(all, yield* this.cachedSteps(this.docCache, doc, (ctx, rule) => rule.checkDocument?.(doc, ctx), system, "checkDocument"));
      }
      const units = system.units();
      for (const unit of units) {
        pushAll(all, yield* this.unitSteps(unit, system));
        pushAll(all, yield* this.crossUnit.steps(unit, system, units, (rule) => this.collect(system, (ctx, only) => only.checkUnit?.(unit, ctx), [rule])));
      }
      for (const rule of this.rules) {
        if (!rule.checkWorkspace) continue;
        const hit = this.workspaceHit(rule, system, units);
        if (hit.findings) pushAll(all, hit.findings);
        else {
          const findings = keepingEqualFindings(hit.previous, this.collect(system, (ctx, only) => only.checkWorkspace?.(system, ctx), [rule]));
          hit.cache.set(rule, { inputs: hit.inputs, findings });
          pushAll(all, findings);
          yield;
        }
      }
      // Every unit of the system is analysed: the builds its units replaced are no longer needed.
      releaseReplacedBuilds(units);
    }
    return this.grouping.byUri(all, workspace);
  }

  /**
   * A workspace rule's cached findings, reused while the inputs it declares it reads are the same objects as last
   * time; else what it found last time (`previous`), which a new run gives back where it finds the same.
   */
  private workspaceHit(rule: Rule, workspace: Workspace, units: readonly ConfUnit[]) {
    const inputs = rule.workspaceReads ? inputObjects(rule.workspaceReads, workspace, units) : undefined;
    let cache = this.workspaceCache.get(workspace);
    if (!cache) this.workspaceCache.set(workspace, (cache = new Map()));
    const hit = cache.get(rule);
    const findings = inputs && hit?.inputs && sameItems(hit.inputs, inputs) ? hit.findings : undefined;
    return { cache, inputs, findings, previous: hit?.findings };
  }

  /** The findings of every rule on one document or unit, cached by the object; yields after each rule that has the hook. */
  private *cachedSteps<K extends object>(
    cache: WeakMap<K, Finding[]>,
    key: K,
    invoke: (ctx: RuleContext, rule: Rule) => void,
    workspace: Workspace,
    hook: "checkDocument" | "checkUnit",
  ): Generator<void, Finding[], void> {
    const hit = cache.get(key);
    if (hit) return hit;
    const found: Finding[] = [];
    for (const rule of this.rules) {
      if (!rule[hook] || (hook === "checkUnit" && CrossUnitFindings.readsMore(rule))) continue;
      pushAll(found, this.collect(workspace, invoke, [rule]));
      yield;
    }
    cache.set(key, found);
    return found;
  }

  /**
   * The findings of every unit and section rule on one unit, cached by the unit object; a section rule's findings
   * on each section are kept as a section fact, so a rebuilt unit re-checks only its new or changed sections.
   */
  private *unitSteps(unit: ConfUnit, workspace: Workspace): Generator<void, Finding[], void> {
    const hit = this.unitCache.get(unit);
    if (hit) return hit;
    const found = yield* this.cachedSteps(new WeakMap(), unit, (ctx, rule) => rule.checkUnit?.(unit, ctx), workspace, "checkUnit");
    for (const rule of this.rules) {
      if (!rule.checkSection || this.overrides[rule.code] === "off") continue;
      const key = this.sectionKey(rule);
      const reads = rule.sectionReads ?? "inherited";
      const check = this.placedChecker(rule, workspace, (ctx, unit: ConfUnit, section: PlacedSection) => rule.checkSection!(unit, section, ctx));
      for (const findings of withFindings(sectionFactList(unit, key, check, reads))) pushAll(found, currentFindings(findings));
      yield;
    }
    const dialplan = isExtensionsUnit(unit) ? dialplanOf(unit, (uri) => workspace.document(uri)?.text) : undefined;
    const contexts = dialplan ? [...dialplan.contexts.values()] : [];
    // Each context's memo is looked up once for all the rules (a unit may have hundreds of contexts, and there are
    // dozens of context rules).
    const memos = contexts.map((context) => this.contextMemo(context));
    for (const rule of dialplan ? this.rules : []) {
      if (!(rule.checkContext || rule.checkStep) || this.overrides[rule.code] === "off") continue;
      const input = rule.contextInput?.(dialplan!) ?? "";
      const check = rule.checkStep ? this.stepChecker(rule, workspace) : this.placedChecker(rule, workspace, (ctx, context: DialplanContext, _none: undefined) => rule.checkContext!(context, ctx, input));
      for (let i = 0; i < contexts.length; i++) pushAll(found, currentFindings(contextFindings(memos[i], rule, contexts[i], input, check)));
      yield;
    }
    this.unitCache.set(unit, found);
    return found;
  }

  /**
   * What is kept of a context's rule findings: kept while the context is made of the same section objects, each with
   * as many lines as then (a section a rebuild put back whole holds the same lines; moved ones are placed anew).
   */
  private contextMemo(context: DialplanContext): ContextMemo {
    const first = context.sections[0];
    let memo = this.contextMemos.get(first);
    if (!memo || !sameSectionsAs(memo.sections, memo.sizes, context.sections)) {
      memo = { sections: [...context.sections], sizes: context.sections.map((section) => section.options.length), byRule: new Map() };
      this.contextMemos.set(first, memo);
    }
    return memo;
  }

  /**
   * A step rule's findings on a context, one step at a time (see rules/step-findings.ts): a rebuilt context takes the
   * findings of the steps at its kept ends from the context it replaced, a first build's included.
   */
  private stepChecker(rule: Rule, workspace: Workspace): (context: DialplanContext, none: undefined) => PlacedFindings {
    const checkOne = this.placedChecker(rule, workspace, (ctx, step: DialplanStep, _none: undefined) => rule.checkStep!(step, ctx));
    return (context) => this.stepFindings.of(rule, context, checkOne);
  }

  private sectionKey(rule: Rule): object {
    let key = this.sectionKeys.get(rule);
    // Findings are kept with their places (placed-findings.ts), so they survive lines moved in place.
    if (!key) this.sectionKeys.set(rule, (key = positionFree({})));
    return key;
  }

  /**
   * Runs a rule on one piece at a time (a section, a context) with one rule context for the whole unit (a unit has
   * thousands of sections): a piece with no finding costs no allocation.
   */
  private placedChecker<A, B>(rule: Rule, workspace: Workspace, check: (ctx: RuleContext, a: A, b: B) => void): (a: A, b: B) => PlacedFindings {
    let found: Finding[] | undefined;
    const ctx = this.contextFor(rule, workspace, (finding) => (found ??= []).push(finding));
    // Two plain parameters, no rest list: this runs once per section of every unit.
    return (a, b) => {
      found = undefined;
      try {
        check(ctx, a, b);
      } catch (error) {
        (found ??= []).push(internalError(rule, error, workspace));
      }
      return found ? placeFindings(found, workspace) : NO_PLACED_FINDINGS;
    };
  }

  /** The context a rule reports through: codes, severities (overrides), secret guard and generated-file policy. */
  private contextFor(rule: Rule, workspace: Workspace, accept: (finding: Finding) => void): RuleContext {
    const override = this.overrides[rule.code];
    return {
      workspace,
      asteriskVersion: this.asteriskVersion,
      report: (input: FindingInput) => {
        // Object.assign rather than a spread with extra keys: same result, far cheaper in V8 for every finding.
        const finding = guardSecrets(Object.assign({}, input, { code: rule.code, severity: override ?? input.severity ?? rule.severity }), workspace);
        // In a generated file (FreePBX, VICIdial ...) only what breaks loading or calls stays loud.
        const shown = applyGeneratedPolicy(finding, workspace, override !== undefined);
        if (shown) accept(shown);
      },
    };
  }

  private collect(workspace: Workspace, invoke: (ctx: RuleContext, rule: Rule) => void, rules: readonly Rule[] = this.rules): Finding[] {
    const found: Finding[] = [];
    for (const rule of rules) {
      if (this.overrides[rule.code] === "off") continue;
      const ctx = this.contextFor(rule, workspace, (finding) => found.push(finding));
      try {
        invoke(ctx, rule);
      } catch (error) {
        found.push(internalError(rule, error, workspace));
      }
    }
    return found;
  }
}

/** The sections a context was made of, with their sizes then, and each context rule's findings on it. */
interface ContextMemo {
  sections: readonly PlacedSection[];
  sizes: readonly number[];
  /** By rule: its findings, and the dialplan-wide input they were worked out with (see `Rule.contextInput`). */
  byRule: Map<Rule, { input: string; findings: PlacedFindings }>;
}

/** A context rule's findings on one context, kept in its memo (see `contextMemo`) while the rule's dialplan-wide input is the same. */
function contextFindings(memo: ContextMemo, rule: Rule, context: DialplanContext, input: string, check: (context: DialplanContext, none: undefined) => PlacedFindings): PlacedFindings {
  let kept = memo.byRule.get(rule);
  if (!kept || kept.input !== input) memo.byRule.set(rule, (kept = { input, findings: check(context, undefined) }));
  return kept.findings;
}

/** The sections' findings of a list that has any, once per list object (a list a rebuild kept is the same object). */
const nonEmpty = new WeakMap<readonly PlacedFindings[], readonly PlacedFindings[]>();

function withFindings(list: readonly PlacedFindings[]): readonly PlacedFindings[] {
  let found = nonEmpty.get(list);
  if (!found) nonEmpty.set(list, (found = list.filter((findings) => findings.placed.length > 0)));
  return found;
}

/** Appends without spreading (a spread of a long list onto the call stack can overflow it). */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]);
}

/** A rule that throws must not take the others down; it shows up as one information finding instead. */
function internalError(rule: Rule, error: unknown, workspace: Workspace): Finding {
  const first = workspace.documents()[0];
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: rule.code,
    uri: first?.uri ?? "",
    span: { start: 0, end: 0 },
    severity: "information",
    message: `Internal error in rule ${rule.code}: ${reason.slice(0, 200)}`,
  };
}
