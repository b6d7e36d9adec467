// security/weak-secret: passwords this server accepts that equal the name, are short or all digits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFixture } from "../../fixture";

const only = { only: ["security/weak-secret"] };

test("phone logins equal to the name, short or all digits are warned, the message describes without quoting", () => {
  const service = checkFixture(`
    //- sip.conf
    [general]
    allowguest=no
    [2001]
    type=friend
    host=dynamic
    secret=2001
    ^^^^^^ warning security/weak-secret: equals the section name and is only 4 characters long and is all digits
    context=phones
    [alice]
    type=friend
    host=dynamic
    defaultuser=alice7
    secret=Alice7
    ^^^^^^ warning security/weak-secret: equals the user name and is only 6 characters long
    context=phones
    [bob]
    type=friend
    host=dynamic
    secret=8675309123
    ^^^^^^ warning security/weak-secret: is all digits
    context=phones
    [carol]
    type=friend
    host=dynamic
    secret=Xq7vLr2pWm9sTz4k
    context=phones
  `, only);
  const messages = [...service.allDiagnostics().values()].flat().map((f) => f.message).join("\n");
  for (const secret of ["Alice7", "8675309123"]) assert.ok(!messages.includes(secret), `message quotes ${secret}`);
});

test("IAX2 users and PJSIP inbound auth are logins; a trunk's secret toward a fixed host and outbound_auth are not", () => {
  checkFixture(`
    //- iax.conf
    [branch]
    type=user
    secret=abc123
    ^^^^^^ warning security/weak-secret: IAX2 user [branch] is only 6 characters long
    context=trunkinbound
    [provider]
    type=peer
    host=192.0.2.30
    secret=abc
    //- pjsip.conf
    [phone1]
    type=endpoint
    auth=phone1-auth
    context=phones
    [phone1-auth]
    type=auth
    username=phone1
    password=phone1
    ^^^^^^^^ warning security/weak-secret: equals the user name
    [trunk]
    type=endpoint
    outbound_auth=trunk-auth
    context=trunkinbound
    [trunk-auth]
    type=auth
    username=acct
    password=abc
  `, only);
});
