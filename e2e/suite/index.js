// @ts-check
// Entry point of the extension-host tests (--extensionTestsPath): runs the mocha suite in the real extension host.
"use strict";
const path = require("node:path");
const Mocha = require("mocha");

/** Called by the workbench once the extension host is up; the promise settles with the test result. */
function run() {
  const mocha = new Mocha({ ui: "tdd", reporter: "spec", color: false, timeout: 30000 });
  mocha.addFile(path.join(__dirname, "extension.test.js"));
  return new Promise((resolve, reject) => {
    mocha.run((/** @type {number} */ failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve(undefined)));
  });
}

module.exports = { run };
