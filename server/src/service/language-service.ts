// The language service façade: documents in, findings, hovers, completions, fixes and outlines out.
// Pure: no editor protocol, no file system, no timers. The LSP server and the CLI both drive this. Every text it
// returns is masked (output-masking.ts) with the secrets of the workspace's documents (secrets.ts).
import { Workspace } from "./model/workspace";
import { ALL_RULES, ruleByCode } from "./rules/registry";
import { RuleRunner } from "./rules/run";
import type { Finding, QuickFix } from "./rules/types";
import { DEFAULT_SETTINGS, type ServiceSettings } from "./settings";
import { locate } from "./features/locate";
import { hover, type HoverResult } from "./features/hover/index";
import { complete, type CompletionEntry } from "./features/completion/index";
import { documentSymbols, type OutlineSymbol } from "./features/symbols";
import { definitions, references, type SymbolLocation } from "./features/navigation";
import { prepareRename, rename, type RenameResult } from "./features/rename";
import { signatureHelp, type SignatureHelpResult } from "./features/signature";
import { formatRoute, routeNumber, type RouteResult } from "./features/route";
import type { Span } from "./text/span";
import { applySuppressions, suppressionFixes, UNUSED_SUPPRESSION } from "./suppression";
import type { SecretMasker } from "./secrets";
import { WorkspaceMasker } from "./workspace-masker";
import { maskCompletion, maskSignatureHelp, maskStrings, maskSymbol } from "./output-masking";
import { ShownFindings } from "./shown-findings";
import { forgetOversize, includeKey, noteOversize, noteSkippedInclude, skippedInput, type SkippedInclude } from "./model/skipped-input";

/** A stepwise analysis (LanguageService.startAnalysis): the caller gives its message loop a turn between steps. */
export interface AnalysisJob {
  /** Runs pieces of the analysis for about `budgetMs` milliseconds; true when the analysis is finished. */
  step(budgetMs: number): boolean;
  /** The findings once `step` returned true: the same map as `allDiagnostics()` (masking and suppressions included). */
  result(): Map<string, Finding[]>;
}

export class LanguageService {
  readonly workspace: Workspace;
  private readonly runner: RuleRunner;
  private settings: ServiceSettings;
  private findings: Map<string, Finding[]> | undefined;
  /** Bumped whenever the findings are dropped (a document, root or setting changed). */
  private generation = 0;
  private readonly maskers: WorkspaceMasker;
  /** Findings as shown under the current masker. */
  private readonly shown = new ShownFindings();

  constructor(settings: Partial<ServiceSettings> = {}) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.workspace = new Workspace(this.settings.fileAssociations);
    this.runner = new RuleRunner(ALL_RULES, this.settings.severities, this.settings.asteriskVersion);
    this.maskers = new WorkspaceMasker(() => this.workspace.documents());
  }

  get currentSettings(): ServiceSettings {
    return this.settings;
  }

  configure(settings: Partial<ServiceSettings>): void {
    this.settings = { ...this.settings, ...settings };
    this.runner.setOverrides(this.settings.severities);
    this.runner.setAsteriskVersion(this.settings.asteriskVersion);
    this.workspace.setAssociations(this.settings.fileAssociations);
    this.invalidate();
  }

  /**
   * Adds or replaces a document. A text over the size limit is not analysed: the document is kept empty and
   * syntax/file-too-large says what was skipped (so a huge paste never blocks the service).
   */
  setDocument(uri: string, text: string, languageId?: string): void {
    if (text.length > this.settings.maxFileSize) {
      noteOversize(this.workspace, { uri, size: text.length, limit: this.settings.maxFileSize });
      this.workspace.setDocument(uri, "", languageId);
      this.invalidate();
      return;
    }
    const before = this.workspace.document(uri);
    const wasOversize = forgetOversize(this.workspace, uri);
    // The text a document already has is a no-op: no reparse, findings and caches kept.
    if (this.workspace.setDocument(uri, text, languageId) !== before || wasOversize) this.invalidate();
  }

  /** Folders that are each a system of their own: CLI argument folders, editor workspace folders. */
  setSystemRoots(roots: string[]): void {
    this.workspace.setSystemRoots(roots);
    this.invalidate();
  }

  /** A document known to be too large to read (the host did not read it); reported like an oversize text. */
  setOversizeDocument(uri: string, size: number): void {
    noteOversize(this.workspace, { uri, size, limit: this.settings.maxFileSize });
    this.workspace.setDocument(uri, "");
    this.invalidate();
  }

  /** The host did not read an `#include` target (not a regular file, or too large): syntax/include-skipped. */
  noteSkippedInclude(from: string, argument: string, reason: SkippedInclude["reason"], size?: number): void {
    noteSkippedInclude(this.workspace, { from, argument: argument.trim(), reason, size, limit: this.settings.maxFileSize });
    this.invalidate();
  }

  removeDocument(uri: string): void {
    forgetOversize(this.workspace, uri);
    this.workspace.removeDocument(uri);
    this.invalidate();
  }

  hasDocument(uri: string): boolean {
    return this.workspace.document(uri) !== undefined;
  }

  /** Findings of every document, grouped by uri (documents without findings map to []). */
  allDiagnostics(): Map<string, Finding[]> {
    if (!this.findings) this.findings = this.present(this.runner.run(this.workspace));
    return this.findings;
  }

  /**
   * The analysis of `allDiagnostics`, run in pieces: `step(budgetMs)` checks rules on documents, units and systems
   * until the budget is spent (the clock is read between pieces, never inside one) and returns true when done; then
   * `result()` is what `allDiagnostics()` returns, and `allDiagnostics()` reuses it. A change of the documents or
   * settings between steps makes the job start over on the new state (work done for unchanged documents and units
   * stays cached), so a finished job never reports text that is no longer there.
   */
  startAnalysis(): AnalysisJob {
    let generation = -1;
    let steps: Generator<void, Map<string, Finding[]>, void> | undefined;
    let result: Map<string, Finding[]> | undefined;
    const restart = () => {
      generation = this.generation;
      result = this.findings;
      steps = result ? undefined : this.runner.steps(this.workspace);
    };
    restart();
    return {
      step: (budgetMs: number): boolean => {
        const started = performance.now();
        for (;;) {
          if (generation !== this.generation) restart();
          if (result) return true;
          const next = steps!.next();
          if (next.done) {
            result = this.findings = this.present(next.value);
            return true;
          }
          if (performance.now() - started >= budgetMs) return false;
        }
      },
      result: (): Map<string, Finding[]> => {
        if (!result) throw new Error("The analysis is not finished: call step() until it returns true.");
        return result;
      },
    };
  }

  /**
   * Work the next edit would otherwise wait for, done ahead in pieces while the editor is idle: the masker (a clean
   * workspace builds none, so the first finding an edit brings waited ~100 ms per 76k lines for it; see
   * WorkspaceMasker.prepare). `step(budgetMs)` returns true when nothing is left.
   */
  startIdleWork(): { step(budgetMs: number): boolean } {
    return this.maskers.prepare();
  }

  /** Rule findings as shown: suppressions applied, skipped includes left to their own rule, secrets masked. */
  private present(found: Map<string, Finding[]>): Map<string, Finding[]> {
    let masker: SecretMasker | undefined; // built on the first finding: a clean workspace never reads its secrets
    const masked = new Map<string, Finding[]>();
    const skipped = skippedInput(this.workspace).includes;
    const lineNumber = (uri: string, offset: number) => this.workspace.lineNumber(uri, offset);
    for (const [uri, findings] of this.withSuppressions(found)) {
      // An include the host chose not to read is syntax/include-skipped's, not a missing file.
      const shown = skipped.size === 0 ? findings : findings.filter((f) => f.code !== "syntax/missing-include" || !skipped.has(includeKey(uri, this.workspace.document(uri)?.text.slice(f.span.start, f.span.end) ?? "")));
      if (shown.length > 0) masker ??= this.masker();
      masked.set(uri, shown.length === 0 ? [] : this.shown.list(shown, masker!, lineNumber));
    }
    return masked;
  }

  /** Drops the findings; a running AnalysisJob sees the new generation and starts over. */
  private invalidate(): void {
    this.findings = undefined;
    this.generation++;
  }

  /** The findings minus those a `vicidial-lint-disable` comment silences, plus the unused directives. */
  private withSuppressions(findings: Map<string, Finding[]>): Map<string, Finding[]> {
    const severities = this.settings.severities;
    const unused = ruleByCode(UNUSED_SUPPRESSION);
    return applySuppressions(this.workspace, findings, {
      isKnownCode: (code) => ruleByCode(code) !== undefined,
      isOff: (code) => severities[code] === "off",
      unusedSeverity: severities[UNUSED_SUPPRESSION] ?? unused?.severity ?? "warning",
    });
  }

  diagnostics(uri: string): Finding[] {
    return this.allDiagnostics().get(uri) ?? [];
  }

  hover(uri: string, offset: number): HoverResult | undefined {
    const doc = this.workspace.document(uri);
    const result = doc ? hover(locate(this.scope(uri), doc, offset, this.settings.asteriskVersion)) : undefined;
    return result && { ...result, markdown: this.mask(result.markdown) };
  }

  completions(uri: string, offset: number): CompletionEntry[] {
    const doc = this.workspace.document(uri);
    if (!doc) return [];
    const masker = this.masker();
    return complete(locate(this.scope(uri), doc, offset, this.settings.asteriskVersion)).map((entry) => maskCompletion(entry, masker));
  }

  /** Quick fixes for findings the editor sends back (matched by code against the rule table). */
  quickFixes(findings: Finding[]): QuickFix[] {
    const fixes: QuickFix[] = [];
    const textOf = (uri: string) => this.workspace.document(uri)?.text;
    for (const finding of findings) {
      const rule = ruleByCode(finding.code);
      if (!rule?.fix) continue;
      try {
        const built = rule.fix(finding, { workspace: this.scope(finding.uri), textOf, asteriskVersion: this.settings.asteriskVersion });
        fixes.push(...built.map((fix) => ({ ...fix, title: this.mask(fix.title) })));
      } catch {
        // A fix that cannot be built is simply not offered.
      }
    }
    return fixes;
  }

  /** "Disable CODE for this line" (or file) for each finding: offered after the rule's own fixes, never by --fix. */
  suppressionFixes(findings: Finding[]): QuickFix[] {
    return suppressionFixes(this.workspace, findings).map((fix) => ({ ...fix, title: this.mask(fix.title) }));
  }

  /** The current findings that overlap a range of a document. */
  findingsAt(uri: string, start: number, end: number): Finding[] {
    return this.diagnostics(uri).filter((f) => f.span.start <= end && f.span.end >= start);
  }

  symbols(uri: string): OutlineSymbol[] {
    const doc = this.workspace.document(uri);
    if (!doc) return [];
    const masker = this.masker();
    return documentSymbols(doc, this.scope(uri)).map((symbol) => maskSymbol(symbol, masker));
  }

  /** Where the global, context, label or peer under the cursor is defined. */
  definition(uri: string, offset: number): SymbolLocation[] {
    return definitions(this.scope(uri), uri, offset);
  }

  references(uri: string, offset: number, includeDeclaration = true): SymbolLocation[] {
    return references(this.scope(uri), uri, offset, includeDeclaration);
  }

  prepareRename(uri: string, offset: number): { span: Span; placeholder: string } | undefined {
    const found = prepareRename(this.scope(uri), uri, offset);
    return found && { ...found, placeholder: this.mask(found.placeholder) };
  }

  rename(uri: string, offset: number, newName: string): RenameResult {
    const result = rename(this.scope(uri), uri, offset, newName);
    return "error" in result ? { ...result, error: this.mask(result.error) } : result;
  }

  signatureHelp(uri: string, offset: number): SignatureHelpResult | undefined {
    const help = signatureHelp(this.scope(uri), uri, offset);
    return help && maskSignatureHelp(help, this.masker());
  }

  /** The files of the system (one server's configs) a document belongs to: features never mix two systems. */
  private scope(uri: string): Workspace {
    return this.workspace.systemFor(uri);
  }

  /** Which extension a dialed number reaches and where the call is sent (default context vicidial-auto-external). */
  route(number: string, context?: string, fileOf?: (uri: string) => string): { result: RouteResult; text: string } {
    const result = maskStrings(routeNumber(this.workspace, number, { context, findings: this.allDiagnostics() }), this.masker());
    // The result's texts are masked; the file names the caller gives are not workspace text.
    return { result, text: formatRoute(result, fileOf) };
  }

  /**
   * Any text about the workspace, with every secret of every document masked: the one function all outputs (and log
   * lines) go through. The secrets are found once per document revision (document-secrets.ts).
   */
  mask(text: string): string {
    return this.masker().mask(text);
  }

  private masker(): SecretMasker {
    return this.maskers.current();
  }

}
