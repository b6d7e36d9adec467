// syntax/unclosed-options: header options without `)`; the fix closes them, replacing a `]` typed for the `)`.
import { test } from "node:test";
import { checkFix, checkFixture } from "../../fixture";

test("[name](tmpl without ')' is an error; the fix adds the ')'", () => {
  const before = `
    [general]
    [tmpl](!)
    type=peer
    [peer1](tmpl
           ^^^^^ error syntax/unclosed-options: no closing ')'
    host=192.0.2.1
  `;
  checkFixture(before, { only: ["syntax/unclosed-options"] });
  checkFix(before, `
    [general]
    [tmpl](!)
    type=peer
    [peer1](tmpl)
    host=192.0.2.1
  `, { code: "syntax/unclosed-options" });
});

test("[name](tmpl] is closed as [name](tmpl), not [name](tmpl]) (which names a template 'tmpl]')", () => {
  const before = `
    [general]
    [tmpl](!)
    type=peer
    [peer1](tmpl]
           ^^^^^^ error syntax/unclosed-options: no closing ')'
    host=192.0.2.1
  `;
  checkFixture(before, { only: ["syntax/unclosed-options"] });
  checkFix(before, `
    [general]
    [tmpl](!)
    type=peer
    [peer1](tmpl)
    host=192.0.2.1
  `, { code: "syntax/unclosed-options", title: "instead of ']'" });
  checkFixture(`
    [general]
    [tmpl](!)
    type=peer
    [peer1](tmpl)
    host=192.0.2.1
  `);
});

test("options of a header without ')' are an error", () => {
  checkFixture("[general]\n[t](!)\n[p2](t\n;   ^^ error syntax/unclosed-options: no closing ')'\n", { only: ["syntax/unclosed-options"] });
});
