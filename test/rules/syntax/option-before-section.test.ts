// syntax/option-before-section: an option above the first [section]: an error in a main file, a note in a fragment
// (its lines join whatever section includes it).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

const ONLY = { only: ["syntax/option-before-section"], exhaustive: true };

test("an option before any section is an error in a main file", () => {
  checkFixture("bindport=5060\n^^^^^^^^ error syntax/option-before-section\n[general]\n", ONLY);
});

test("in a fragment it is information; in a file some conf file includes, nothing", () => {
  checkFixture("//- sip-custom.conf\nregister => a:b@c\n^^^^^^^^ information syntax/option-before-section\n[peer]\ntype=peer\n", ONLY);
  checkFixture("//- sip.conf\n[general]\n#include peers.conf\n//- peers.conf\nregister => u:p@h\n[peer1]\ntype=friend\n", { only: ["syntax/option-before-section", "syntax/missing-include"], exhaustive: true });
});
