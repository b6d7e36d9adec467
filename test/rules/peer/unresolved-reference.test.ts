// peer/unresolved-reference: PJSIP's [global] default_outbound_endpoint set to its own default is no defect.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

const ONLY = { only: ["peer/unresolved-reference"] };

test("default_outbound_endpoint = default_outbound_endpoint (Asterisk's default, which VICIdial writes) is quiet", () => {
  checkFixture(`
    //- pjsip.conf
    [global]
    type=global
    default_outbound_endpoint = default_outbound_endpoint
    [carrier]
    type=endpoint
    context=trunkinbound
  `, { ...ONLY, exhaustive: true });
});

test("another default_outbound_endpoint that names nothing is a warning: only requests to bare URIs use it", () => {
  checkFixture(`
    //- pjsip.conf
    [global]
    type=global
    default_outbound_endpoint=carier
                              ^^^^^^ warning peer/unresolved-reference: Did you mean 'carrier'
    [carrier]
    type=endpoint
    context=trunkinbound
    aors=nosuch
         ^^^^^^ error peer/unresolved-reference: no type=aor object
  `, ONLY);
});
