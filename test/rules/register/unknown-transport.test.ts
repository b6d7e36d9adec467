// register/unknown-transport: a 'xxx://' prefix chan_sip does not know; it registers over UDP.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("an unknown transport falls back to UDP; tcp:// and tls:// are known", () => {
  checkFixture(`
    [general]
    register => foo://u:p@192.0.2.1
                ^^^ warning register/unknown-transport: Transport 'foo' is not one chan_sip knows
    register => tcp://u:p@192.0.2.1
    register => tls://u:p@192.0.2.1
    register => udp://u:p@192.0.2.1
  `, { only: ["register/unknown-transport"] });
});

test("an empty transport before '://' falls back to UDP too (marked on the key: the prefix has no text)", () => {
  checkFixture(`
    [general]
    register => ://u:p@192.0.2.1
    ^^^^^^^^ warning register/unknown-transport: The transport before '://' is empty
  `, { only: ["register/unknown-transport"] });
});
