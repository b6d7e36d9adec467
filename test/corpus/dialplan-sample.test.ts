// Asterisk's own extensions.conf sample is valid: the dialplan, pattern and globals rules give it no error or warning.
// (Ported from test/rules/dialplan.test.ts.) Skipped, with a message, where the corpus folder is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { lint } from "../helpers";

test("Asterisk's extensions.conf sample: no errors or warnings from the dialplan, pattern and globals rules", (t) => {
  const candidates = [path.resolve(process.cwd(), "../shared/corpus"), path.resolve(__dirname, "../../../../shared/corpus")];
  const corpus = candidates.find((dir) => fs.existsSync(path.join(dir, "asterisk-20-samples/extensions.conf.sample")));
  if (!corpus) {
    t.skip("no corpus folder");
    return;
  }
  const text = fs.readFileSync(path.join(corpus, "asterisk-20-samples/extensions.conf.sample"), "utf8");
  const noisy = lint({ "extensions.conf": text }).filter(
    (f) => /^(dialplan|pattern|globals)\//.test(f.code) && (f.severity === "error" || f.severity === "warning"),
  );
  assert.deepEqual(noisy.map((f) => `${f.line} ${f.code} ${f.message}`), []);
});
