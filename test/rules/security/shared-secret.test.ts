// security/shared-secret: one password on several accounts, reported once with the others related.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "../../fixture";

const only = { only: ["security/shared-secret"] };

test("the same secret on three phones is one warning naming the others; distinct secrets are clean", () => {
  const service = checkFixture(`
    //- sip.conf
    [101]
    type=friend
    host=dynamic
    secret=Xq7vLr2pWm9sTz4k
    ^^^^^^ warning security/shared-secret: has the same secret as [102], [103]
    [102]
    type=friend
    host=dynamic
    secret=Xq7vLr2pWm9sTz4k
    [103]
    type=friend
    host=dynamic
    secret=Xq7vLr2pWm9sTz4k
    [104]
    type=friend
    host=dynamic
    secret=Pd3kWz8nRt6yHv1m
  `, only);
  const finding = [...service.allDiagnostics().values()].flat().find((f) => f.code === "security/shared-secret")!;
  assert.equal(finding.related?.length, 2);
  assert.ok(!finding.message.includes("Xq7vLr2pWm9sTz4k"));
});
