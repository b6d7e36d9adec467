// register/space-in-part: a blank inside a part of a register line (chan_sip trims only the ends, chan_iax2 nothing).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("chan_sip: a blank in the user is a warning, in the host an error; blanks around '@' are trimmed", () => {
  checkFixture(`
    [general]
    register => us er:p@192.0.2.1
                ^^^^^ warning register/space-in-part: The user 'us er' contains a blank
    register => user:pass @ 192.0.2.1
    register => u:p@my host
                    ^^^^^^^ error register/space-in-part: the host name cannot be looked up
  `, { only: ["register/space-in-part"] });
});

test("chan_iax2 trims nothing: blanks around '@' end up in the password and the host", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => user:secret @ 192.0.2.1
                     ^^^^^^^ warning register/space-in-part: The password contains a blank
                             ^^^^^^^^^^ error register/space-in-part: chan_iax2 keeps blanks
    register => user:secret@192.0.2.1
  `, { only: ["register/space-in-part"] });
});
