// Keys, codecs, applications and protocols that happen to be names every JavaScript object has (`constructor`,
// `__proto__`) are unknown words like any other: no rule may find them in its tables, report them as something they
// are not, or fail on them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lint } from "../helpers";

const NAMES = ["constructor", "__proto__", "hasOwnProperty", "toString"];

const FILES = {
  "sip.conf": `[general]\ncontext=default\n${NAMES.map((n) => `${n}=1`).join("\n")}\n\n[peer1]\ntype=peer\nhost=192.0.2.1\ndisallow=all\nallow=ulaw\n${NAMES.map((n) => `${n}=yes\nallow=${n}`).join("\n")}\n`,
  "extensions.conf": `[from-trunk]\nexten => 1,1,Answer()\n${NAMES.map((n) => `same => n,Dial(${n.toUpperCase()}/x)`).join("\n")}\nsame => n,Hangup()\n`,
};

test("prototype names are unknown options, codecs and keys, never internal errors or half-found table rows", () => {
  const findings = lint(FILES);
  const text = findings.map((f) => `${f.code} ${f.message}`).join("\n");
  assert.doesNotMatch(text, /Internal error/);
  assert.doesNotMatch(text, /: undefined|is undefined|\[object|function /);
  assert.equal(findings.filter((f) => f.code === "peer/deprecated").length, 0, text);
  const unknownCodecs = findings.filter((f) => f.code === "codec/unknown-name").map((f) => /'([^']+)'/.exec(f.message)?.[1]);
  assert.deepEqual(unknownCodecs, NAMES);
  const unknownGeneral = findings.filter((f) => f.code === "peer/unknown-general-key").map((f) => /'([^']+)'/.exec(f.message)?.[1]);
  assert.deepEqual(unknownGeneral, NAMES);
  const unknownOptions = findings.filter((f) => f.code === "peer/unknown-option").map((f) => /'([^']+)'/.exec(f.message)?.[1]);
  assert.deepEqual(unknownOptions, NAMES);
});
