// When the server analyses and publishes. Analysis starts once the queue of incoming messages is drained, runs in
// slices of a few milliseconds (the message loop gets a turn between them, so hovers and `shutdown` are answered
// under any load), and is dropped as soon as a newer change makes it stale. Publishing starts with the documents
// that changed; the other open documents follow, one per turn. Then, once the editor has been quiet a while and until
// the next change, idle work prepares what the next edit needs (in slices too, dropped the same way).
import type { Finding } from "../service/rules/types";

/** One analysis of a snapshot of the documents, run a slice at a time (see LanguageService.startAnalysis). */
export interface SteppedAnalysis {
  /** Runs until about `budgetMs` are spent; true when the analysis is finished. */
  step(budgetMs: number): boolean;
  result(): Map<string, Finding[]>;
}

export interface SchedulerHost {
  startAnalysis(): SteppedAnalysis;
  /** Findings of documents outside the language service (the generated confs), merged into every result. */
  extraFindings(): Map<string, Finding[]>;
  openDocuments(): string[];
  publish(uri: string, all: Map<string, Finding[]>): void;
  /** Runs `action`, reporting a throw and returning `fallback` instead. */
  safely<T>(what: string, fallback: T, action: () => T): T;
  /** Work to do ahead while nothing changes, stepped like an analysis (see LanguageService.startIdleWork). */
  startIdleWork(): { step(budgetMs: number): boolean };
  /** Gives the message loop a turn, then runs `next` (setImmediate in the server). */
  defer(next: () => void): void;
  /** Runs `next` once the editor has been quiet a while (a timer in the server, IDLE_DELAY_MS). */
  whenQuiet(next: () => void): void;
}

/** How long one slice of analysis may run before the message loop gets a turn. */
export const ANALYSIS_SLICE_MS = 20;

/**
 * How long after a round is published idle work waits for the next change: while someone types, a slice of idle work
 * (a document's secrets can take tens of milliseconds) would only delay the next keystroke's diagnostics.
 */
export const IDLE_DELAY_MS = 300;

export class AnalysisScheduler {
  private generation = 0;
  private pending = false;
  private readonly changed = new Set<string>();
  /** Until settings are pulled and the workspace folders read, analysis waits (no findings under wrong settings). */
  private starting = true;

  constructor(private readonly host: SchedulerHost) {}

  /** Start-up is over: analyse what is there. */
  ready(): void {
    this.starting = false;
    this.schedule();
  }

  /** Something changed (`uri` when a document did): any analysis under way is stale, a new one follows. */
  schedule(uri?: string): void {
    this.generation++;
    if (uri) this.changed.add(uri);
    if (this.pending) return;
    this.pending = true;
    this.host.defer(() => this.analyse());
  }

  private analyse(): void {
    this.pending = false;
    if (this.starting) return; // ready() schedules one analysis when start-up is done
    const round = this.generation;
    const job = this.host.safely("analysis", undefined, () => this.host.startAnalysis());
    if (!job) return;
    const slice = () => {
      if (round !== this.generation) return; // stale: the newer round is already scheduled
      const done = this.host.safely("analysis", undefined, () => job.step(ANALYSIS_SLICE_MS));
      if (done === undefined) return;
      if (!done) return this.host.defer(slice);
      const all = this.host.safely("analysis", undefined, () => new Map([...job.result(), ...this.host.extraFindings()]));
      if (all) this.publishRound(round, all);
    };
    slice();
  }

  private publishRound(round: number, all: Map<string, Finding[]>): void {
    const open = this.host.openDocuments();
    const first = [...this.changed].filter((uri) => open.includes(uri));
    this.changed.clear();
    for (const uri of first) this.host.safely("publish", undefined, () => this.host.publish(uri, all));
    const rest = open.filter((uri) => !first.includes(uri));
    const next = () => {
      if (round !== this.generation) return; // stale: a newer round publishes these
      const uri = rest.shift();
      if (uri === undefined) return this.host.whenQuiet(() => this.idle(round));
      this.host.safely("publish", undefined, () => this.host.publish(uri, all));
      this.host.defer(next);
    };
    next();
  }

  /** Idle work after round `round` is published, a slice per turn, until it is done or a change makes it stale. */
  private idle(round: number): void {
    if (round !== this.generation) return;
    const job = this.host.safely("idle work", undefined, () => this.host.startIdleWork());
    const slice = () => {
      if (round !== this.generation || !job) return;
      const done = this.host.safely("idle work", true, () => job.step(ANALYSIS_SLICE_MS));
      if (!done) this.host.defer(slice);
    };
    slice();
  }
}
