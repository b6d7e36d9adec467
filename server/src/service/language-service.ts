// The language service façade: documents in, findings, hovers, completions, fixes and outlines out.
// Pure: no editor protocol, no file system, no timers. The LSP server and the CLI both drive this.
import { Workspace } from "./model/workspace";
import { ALL_RULES, ruleByCode } from "./rules/registry";
import { RuleRunner } from "./rules/run";
import type { Finding, QuickFix } from "./rules/types";
import { DEFAULT_SETTINGS, type ServiceSettings } from "./settings";
import { locate } from "./features/locate";
import { hover, type HoverResult } from "./features/hover/index";
import { complete, type CompletionEntry } from "./features/completion/index";
import { documentSymbols, type OutlineSymbol } from "./features/symbols";
import { definitions, prepareRename, references, rename, type RenameResult, type SymbolLocation } from "./features/navigation";
import { signatureHelp, type SignatureHelpResult } from "./features/signature";
import { formatRoute, routeNumber, type RouteResult } from "./features/route";
import type { Span } from "./text/span";
import { applySuppressions, suppressionFixes, UNUSED_SUPPRESSION } from "./suppression";

export class LanguageService {
  readonly workspace: Workspace;
  private readonly runner: RuleRunner;
  private settings: ServiceSettings;
  private findings: Map<string, Finding[]> | undefined;

  constructor(settings: Partial<ServiceSettings> = {}) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.workspace = new Workspace(this.settings.fileAssociations);
    this.runner = new RuleRunner(ALL_RULES, this.settings.severities, this.settings.asteriskVersion);
  }

  get currentSettings(): ServiceSettings {
    return this.settings;
  }

  configure(settings: Partial<ServiceSettings>): void {
    this.settings = { ...this.settings, ...settings };
    this.runner.setOverrides(this.settings.severities);
    this.runner.setAsteriskVersion(this.settings.asteriskVersion);
    this.workspace.setAssociations(this.settings.fileAssociations);
    this.findings = undefined;
  }

  /** Sets a document's text; the text it already has is a no-op (no reparse, findings and caches kept). */
  setDocument(uri: string, text: string, languageId?: string): void {
    const before = this.workspace.document(uri);
    if (this.workspace.setDocument(uri, text, languageId) !== before) this.findings = undefined;
  }

  /** Folders that are each a system of their own: CLI argument folders, editor workspace folders. */
  setSystemRoots(roots: string[]): void {
    this.workspace.setSystemRoots(roots);
    this.findings = undefined;
  }

  removeDocument(uri: string): void {
    this.workspace.removeDocument(uri);
    this.findings = undefined;
  }

  hasDocument(uri: string): boolean {
    return this.workspace.document(uri) !== undefined;
  }

  /** Findings of every document, grouped by uri (documents without findings map to []). */
  allDiagnostics(): Map<string, Finding[]> {
    this.findings ??= this.withSuppressions(this.runner.run(this.workspace));
    return this.findings;
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
    return doc ? hover(locate(this.scope(uri), doc, offset, this.settings.asteriskVersion)) : undefined;
  }

  completions(uri: string, offset: number): CompletionEntry[] {
    const doc = this.workspace.document(uri);
    return doc ? complete(locate(this.scope(uri), doc, offset, this.settings.asteriskVersion)) : [];
  }

  /** Quick fixes for findings the editor sends back (matched by code against the rule table). */
  quickFixes(findings: Finding[]): QuickFix[] {
    const fixes: QuickFix[] = [];
    const textOf = (uri: string) => this.workspace.document(uri)?.text;
    for (const finding of findings) {
      const rule = ruleByCode(finding.code);
      if (!rule?.fix) continue;
      try {
        fixes.push(...rule.fix(finding, { workspace: this.scope(finding.uri), textOf, asteriskVersion: this.settings.asteriskVersion }));
      } catch {
        // A fix that cannot be built is simply not offered.
      }
    }
    return fixes;
  }

  /** "Disable CODE for this line" (or file) for each finding: offered after the rule's own fixes, never by --fix. */
  suppressionFixes(findings: Finding[]): QuickFix[] {
    return suppressionFixes(this.workspace, findings);
  }

  /** The current findings that overlap a range of a document. */
  findingsAt(uri: string, start: number, end: number): Finding[] {
    return this.diagnostics(uri).filter((f) => f.span.start <= end && f.span.end >= start);
  }

  symbols(uri: string): OutlineSymbol[] {
    const doc = this.workspace.document(uri);
    return doc ? documentSymbols(doc, this.scope(uri)) : [];
  }

  /** Where the global, context, label or peer under the cursor is defined. */
  definition(uri: string, offset: number): SymbolLocation[] {
    return definitions(this.scope(uri), uri, offset);
  }

  references(uri: string, offset: number, includeDeclaration = true): SymbolLocation[] {
    return references(this.scope(uri), uri, offset, includeDeclaration);
  }

  prepareRename(uri: string, offset: number): { span: Span; placeholder: string } | undefined {
    return prepareRename(this.scope(uri), uri, offset);
  }

  rename(uri: string, offset: number, newName: string): RenameResult {
    return rename(this.scope(uri), uri, offset, newName);
  }

  signatureHelp(uri: string, offset: number): SignatureHelpResult | undefined {
    return signatureHelp(this.scope(uri), uri, offset);
  }

  /** The files of the system (one server's configs) a document belongs to: features never mix two systems. */
  private scope(uri: string): Workspace {
    return this.workspace.systemFor(uri);
  }

  /** Which extension a dialed number reaches and where the call is sent (default context vicidial-auto-external). */
  route(number: string, context?: string, fileOf?: (uri: string) => string): { result: RouteResult; text: string } {
    const result = routeNumber(this.workspace, number, { context, findings: this.allDiagnostics() });
    return { result, text: formatRoute(result, fileOf) };
  }
}
