// register/slash-in-user: a lone '/' before '@' is read as a malformed 'transport://' prefix; chan_sip rejects the line.
import { test } from "node:test";
import { checkFixture } from "../../fixture";

test("a single '/' before '@' is rejected; after udp:// the user may contain '/'", () => {
  checkFixture(`
    [general]
    register => udp:/user:p@192.0.2.1
                    ^ error register/slash-in-user: rejects the line with a format warning
    register => udp://us/er:p@192.0.2.1
  `, { only: ["register/slash-in-user"] });
});
