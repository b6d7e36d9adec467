// The server's analysis scheduling, in process with a fake host: analysis runs in slices with a turn of the message
// loop between them, a newer change drops the stale analysis, the changed documents are published first, and a
// throw is reported without publishing anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AnalysisScheduler, type SchedulerHost, type SteppedAnalysis } from "../../server/src/lsp/analysis-scheduler";
import type { Finding } from "../../server/src/service/rules/types";

/** A job that needs `slices` steps and then returns one finding per document of `docs`, tagged with `tag`. */
function fakeJob(slices: number, docs: string[], tag: string, log: string[]): SteppedAnalysis {
  let steps = 0;
  return {
    step: () => {
      steps++;
      log.push(`step ${tag}${steps}`);
      if (tag === "boom") throw new Error("rule failed");
      return steps >= slices;
    },
    result: () => new Map(docs.map((uri) => [uri, [{ code: tag } as unknown as Finding]])),
  };
}

/**
 * `idleSlices`: how many steps each idle job needs; its steps are logged as `idle <job>.<step>`. `idleStep` replaces
 * the idle jobs' step.
 */
function harness(jobs: (() => SteppedAnalysis)[], open: string[], idleSlices = 1, idleStep?: () => boolean) {
  const log: string[] = [];
  const idle: string[] = [];
  let idleJobs = 0;
  const turns: (() => void)[] = [];
  /** What waits for the editor to be quiet: `quietNow()` runs it. */
  const quiet: (() => void)[] = [];
  const errors: string[] = [];
  const host: SchedulerHost = {
    startAnalysis: () => jobs.shift()!(),
    startIdleWork: () => {
      const job = ++idleJobs;
      let steps = 0;
      return { step: idleStep ?? (() => (idle.push(`idle ${job}.${++steps}`), steps >= idleSlices)) };
    },
    extraFindings: () => new Map(),
    openDocuments: () => open,
    publish: (uri, all) => log.push(`publish ${uri} ${all.get(uri)?.[0]?.code}`),
    safely: (what, fallback, action) => {
      try {
        return action();
      } catch (error) {
        errors.push(`${what}: ${(error as Error).message}`);
        return fallback;
      }
    },
    defer: (next) => void turns.push(next),
    whenQuiet: (next) => void quiet.push(next),
  };
  /** One turn of the message loop: runs what was deferred before it. */
  const turn = () => turns.splice(0).forEach((next) => next());
  const drain = () => {
    for (let i = 0; turns.length > 0 && i < 100; i++) turn();
  };
  const quietNow = () => quiet.splice(0).forEach((next) => next());
  return { scheduler: new AnalysisScheduler(host), log, idle, errors, turn, drain, quietNow };
}

test("nothing is analysed before start-up is over; then one analysis runs a slice per turn and publishes at the end", () => {
  const log0: string[] = [];
  const h = harness([() => fakeJob(3, ["a", "b"], "A", log0)], ["a", "b"]);
  h.scheduler.schedule("a");
  h.drain();
  assert.deepEqual(log0, [], "no analysis while starting");
  h.scheduler.ready();
  h.turn();
  assert.deepEqual(log0, ["step A1"], "one slice, then the message loop gets its turn");
  h.turn();
  assert.deepEqual(log0, ["step A1", "step A2"]);
  assert.deepEqual(h.log, []);
  h.drain();
  assert.deepEqual(log0, ["step A1", "step A2", "step A3"]);
  assert.deepEqual(h.log, ["publish a A", "publish b A"], "the changed document first, then the others");
});

test("a change during an analysis drops it: its result is never published, the newer one is", () => {
  const steps: string[] = [];
  const h = harness([() => fakeJob(5, ["a", "b"], "old", steps), () => fakeJob(2, ["a", "b"], "new", steps)], ["a", "b"]);
  h.scheduler.ready();
  h.turn();
  h.turn();
  h.scheduler.schedule("b");
  h.drain();
  assert.deepEqual(steps, ["step old1", "step old2", "step new1", "step new2"], "the stale analysis stops at once");
  assert.deepEqual(h.log, ["publish b new", "publish a new"], "the document edited last goes first");
});

test("a throw in analysis is reported and publishes nothing; the next change analyses again", () => {
  const steps: string[] = [];
  const h = harness([() => fakeJob(1, ["a"], "boom", steps), () => fakeJob(1, ["a"], "ok", steps)], ["a"]);
  h.scheduler.ready();
  h.drain();
  assert.deepEqual(h.errors, ["analysis: rule failed"]);
  assert.deepEqual(h.log, []);
  h.scheduler.schedule("a");
  h.drain();
  assert.deepEqual(h.log, ["publish a ok"]);
});

test("many changes before the loop turns cost one analysis", () => {
  const steps: string[] = [];
  let started = 0;
  const h = harness(
    [
      () => (started++, fakeJob(1, ["a"], "one", steps)),
      () => (started++, fakeJob(1, ["a"], "two", steps)),
    ],
    ["a"],
  );
  h.scheduler.ready();
  for (let i = 0; i < 10; i++) h.scheduler.schedule("a");
  h.drain();
  assert.equal(started, 1);
  assert.deepEqual(h.log, ["publish a one"]);
});

test("once a round is published and the editor is quiet, idle work runs a slice per turn until it is done", () => {
  const steps: string[] = [];
  const h = harness([() => fakeJob(1, ["a", "b"], "A", steps)], ["a", "b"], 3);
  h.scheduler.ready();
  h.scheduler.schedule("a");
  h.turn(); // the analysis, the changed document published, then the other
  assert.deepEqual(h.log, ["publish a A", "publish b A"]);
  h.drain();
  assert.deepEqual(h.idle, [], "idle work waits until the editor has been quiet a while");
  h.quietNow();
  assert.deepEqual(h.idle, ["idle 1.1"]);
  h.drain();
  assert.deepEqual(h.idle, ["idle 1.1", "idle 1.2", "idle 1.3"], "one job, stepped until it says it is done");
});

test("a change stops idle work at once, or before it starts; the next round's idle work follows its own quiet", () => {
  const steps: string[] = [];
  const jobs = ["one", "two", "three"].map((tag) => () => fakeJob(1, ["a"], tag, steps));
  const h = harness(jobs, ["a"], 5);
  h.scheduler.ready();
  h.drain();
  h.quietNow();
  h.turn(); // two idle slices
  assert.deepEqual(h.idle, ["idle 1.1", "idle 1.2"]);
  h.scheduler.schedule("a");
  h.turn(); // the stale idle slice and the new analysis share this turn: only the analysis runs
  assert.deepEqual(h.idle, ["idle 1.1", "idle 1.2"], "the stale idle job takes no more steps");
  assert.deepEqual(h.log, ["publish a one", "publish a two"]);
  h.drain();
  h.scheduler.schedule("a"); // a change before the quiet period is over: that round's idle work never starts
  h.quietNow();
  h.drain();
  assert.deepEqual(h.idle, ["idle 1.1", "idle 1.2"]);
  assert.deepEqual(h.log, ["publish a one", "publish a two", "publish a three"]);
  h.quietNow();
  h.drain();
  assert.deepEqual(h.idle, ["idle 1.1", "idle 1.2", "idle 2.1", "idle 2.2", "idle 2.3", "idle 2.4", "idle 2.5"]);
});

test("a throw in idle work is reported and ends it; analysis goes on as before", () => {
  const steps: string[] = [];
  const fail = (): boolean => {
    throw new Error("idle failed");
  };
  const h = harness([() => fakeJob(1, ["a"], "one", steps), () => fakeJob(1, ["a"], "two", steps)], ["a"], 1, fail);
  h.scheduler.ready();
  h.drain();
  h.quietNow();
  h.drain();
  assert.deepEqual(h.errors, ["idle work: idle failed"]);
  h.scheduler.schedule("a");
  h.drain();
  assert.deepEqual(h.log, ["publish a one", "publish a two"]);
});
