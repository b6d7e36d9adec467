// template/missing: a carrier's template_id names no conf template of the workspace.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

const ONLY = { only: ["template/missing"] };
const carrier = (id: string, mark = "") => `//- c.carrier
carrier_id: C1
protocol: SIP
server_ip: 10.0.0.5
template_id: ${id}
${mark}[[account_entry]]
[c1]
host=h
`;
const TEMPLATE = "//- t.conftemplate\ntemplate_id: SIPTMPL\n[[template_contents]]\ndisallow=all\nallow=ulaw\n";

test("a template id that names no template is a warning that says how templates are given", () => {
  checkFixture(carrier("NOPE", ";            ^^^^ warning template/missing: .conftemplate\n"), ONLY);
  checkFixture(carrier("NOPE", ";            ^^^^ warning template/missing: NOPE\n"), ONLY);
});

test("--NONE--, an empty id and a template of the workspace are fine", () => {
  checkFixture(carrier("--NONE--"), ONLY);
  checkFixture(carrier(""), ONLY);
  checkFixture(carrier("SIPTMPL") + TEMPLATE, ONLY);
});

test("an id that differs only in letter case says so", () => {
  checkFixture(carrier("siptmpl", ";            ^^^^^^^ warning template/missing: letter case\n") + TEMPLATE, ONLY);
});
