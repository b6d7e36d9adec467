// register/transport-disabled: a tcp:// or tls:// registration while [general] does not enable that transport.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("tcp:// without tcpenable=yes and tls:// without tlsenable=yes are warnings; udp:// needs nothing", () => {
  checkFixture(`
    [general]
    register => tcp://u:p@192.0.2.1
                ^^^ warning register/transport-disabled: does not set tcpenable=yes
    register => tls://v:p@192.0.2.1
                ^^^ warning register/transport-disabled: does not set tlsenable=yes
    register => udp://w:p@192.0.2.1
  `, { only: ["register/transport-disabled"] });
});

test("with tcpenable=yes in [general] a tcp:// registration is fine", () => {
  checkFixture(`
    [general]
    tcpenable=yes
    register => tcp://u:p@192.0.2.1
  `, { only: ["register/transport-disabled"], exhaustive: true });
});
