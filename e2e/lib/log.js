// @ts-check
// Console output of the e2e scripts: timestamped lines, and a failure type whose message is the whole story.
"use strict";

const started = Date.now();

/** @param {string} message */
function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[e2e ${seconds}s] ${message}`);
}

/** A failure that carries a readable explanation; the runner prints its message without a stack. */
class E2EFailure extends Error {}

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a truthy value or `timeoutMs` passes (a throwing probe counts as "not yet").
 * @template T
 * @param {string} what what is awaited, for the timeout message
 * @param {() => T | Promise<T>} probe
 * @param {number} timeoutMs
 * @param {() => string | Promise<string>} [state] describes what there is instead, for the timeout message
 * @returns {Promise<NonNullable<T>>}
 */
async function waitFor(what, probe, timeoutMs, state) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value) return /** @type {NonNullable<T>} */ (value);
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) {
      const seen = state ? `\n${await Promise.resolve(state()).catch((error) => `(could not describe the state: ${error})`)}` : "";
      throw new E2EFailure(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`);
    }
    await sleep(100);
  }
}

module.exports = { log, E2EFailure, sleep, waitFor };
