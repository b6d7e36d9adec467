// register/empty-user: nothing before '@' (chan_sip rejects the line) or an empty user before ':' (sent as is).
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("chan_sip rejects '@host' and registers ':pass@host' as nobody, silently; 'user@host' is fine", () => {
  checkFixture(`
    [general]
    register => @192.0.2.1
                ^ error register/empty-user: Nothing comes before '@': chan_sip rejects the line
    register => :pass@192.0.2.1
                     ^ error register/empty-user: without a word
    register => user@192.0.2.1
  `, { only: ["register/empty-user"] });
});

test("chan_iax2 registers with an empty user name", () => {
  checkFixture(`
    //- iax.conf
    [general]
    register => :secret@192.0.2.1
                       ^ error register/empty-user: chan_iax2 registers with no user name
    register => user:secret@192.0.2.1
  `, { only: ["register/empty-user"] });
});
