// @ts-check
// What the real editors must show for the fixture workspace in e2e/fixtures/: diagnostics (code at a 1-based line;
// others may appear too), the glossary hover, and the quick fixes. Shared by the extension-host suite, the UI test
// and the Neovim test. E2E_EXPECT_EXTRA_CODE=file:line:code adds one more expected diagnostic (to see a failure).
"use strict";

/** @typedef {{ file: string, line: number, code: string }} ExpectedDiagnostic */

/** @type {ExpectedDiagnostic[]} */
const diagnostics = [
  { file: "sip.conf", line: 3, code: "register/bad-expiry" },
  { file: "sip-peers.conf", line: 2, code: "syntax/unclosed-header" },
  { file: "extensions.conf", line: 2, code: "syntax/missing-include" },
  { file: "e2e-trunk.carrier", line: 4, code: "syntax/record-field" },
];

const extra = process.env.E2E_EXPECT_EXTRA_CODE;
if (extra) {
  const match = /^([^:]+):(\d+):(.+)$/.exec(extra);
  if (!match) throw new Error(`E2E_EXPECT_EXTRA_CODE must look like file:line:code, got '${extra}'`);
  diagnostics.push({ file: match[1], line: Number(match[2]), code: match[3] });
}

module.exports = {
  extensionId: "vicidial-carriers.vicidial-carriers",
  /** Language id per fixture file, as the extension's contributions classify them. */
  languages: {
    "sip.conf": "asterisk",
    "sip-peers.conf": "asterisk",
    "extensions.conf": "asterisk",
    "e2e-trunk.carrier": "vicidial-carrier",
  },
  diagnostics,
  /** A glossary term in a comment: 1-based line and column of a character inside the word. */
  hover: { file: "sip.conf", line: 1, column: 3, word: "SIP", contains: "Session Initiation Protocol" },
  /** Quick fixes: applying one must remove its diagnostic and produce `lineAfter` on the diagnostic's line. */
  fixes: [
    { file: "sip-peers.conf", line: 2, code: "syntax/unclosed-header", title: "Add the closing ']'", lineAfter: "[peer1]" },
    {
      file: "extensions.conf",
      line: 2,
      code: "syntax/missing-include",
      title: "Make it optional with #tryinclude",
      lineAfter: '#tryinclude "extensions-missing.conf"',
    },
  ],
  /** TextMate scopes the UI test reads with "Developer: Inspect Editor Tokens and Scopes" (innermost scope first). */
  tokens: [
    { file: "sip.conf", line: 1, column: 3, word: "SIP", scope: /^comment\.line\.semicolon\.asterisk$/ },
    { file: "sip.conf", line: 2, column: 3, word: "general", scope: /^entity\.name\.section(\.[a-z]+)?\.asterisk$/ },
    { file: "sip.conf", line: 3, column: 3, word: "register", scope: /^keyword\.other\.definition\.asterisk$/, within: /^meta\.register\.asterisk$/ },
    // the account entry of a carrier record is Asterisk conf embedded in the record grammar
    { file: "e2e-trunk.carrier", line: 11, column: 2, word: "type", scope: /^keyword\.other\.definition\.asterisk$/, within: /^meta\.embedded\.block\.asterisk$/ },
  ],
  /** The defect the UI test shows in the editor and the Problems panel. */
  ui: {
    diagnostic: { file: "sip.conf", line: 3, code: "register/bad-expiry" },
    fix: { file: "sip-peers.conf", line: 2, code: "syntax/unclosed-header", title: "Add the closing ']'", lineAfter: "[peer1]" },
  },
};
