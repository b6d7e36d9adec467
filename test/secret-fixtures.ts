// Workspaces full of distinctive secrets, shared by the tests that check no output shows one: every kind of credential
// (secret keys, realm credentials, register lines with and without `register =>`, URI passwords, `user:pw@` in dial
// strings and globals) in sip/iax/pjsip/wizard/extensions conf files, carrier records and a template. Every secret
// holds `Pw`, and nothing else in the files does, so the list of secrets is read from the files and cannot drift.
import assert from "node:assert/strict";

export const SECRET_FILES: Record<string, string> = {
  "sip.conf": [
    "[general]",
    "register => cuser:SipRegPwAlpha@sip.example.com/100",
    "register => tls://u2:SipRegPwBravo:authu@h.example.com:5061/200",
    "register => onlyuser:SipRegPwNoHost",
    "register => ruser@domain.example:SipRegPwDomain:authuser@sip.example.com/300",
    "[authentication]",
    "auth = alice:SipRealmPwCharlie@realm.example.com",
    "auth = bob#SipMd5AuthPwHash@realm.example.com",
    "[tmpl](!)",
    "type=peer",
    "secret=SipPeerPwDelta",
    "md5secret=SipMd5PwEcho",
    "remotesecret=SipRemotePwFoxtrot",
    "[peer1](tmpl)",
    "host=192.0.2.10",
    "fromuser=u:SipFromUserPwGolf@h",
    "outboundproxy=sip:pu:SipProxyPwHotel@proxy.example.com",
    "setvar=TARGET=sip:v:SipSetvarPwMike@h.example.com",
    "secret InvalidLinePwIndia",
    "[peer2]",
    "type=friend",
    "host=dynamic",
    "context=from-trunk",
    "secret=SipPw;SemiJuliet",
    "[peer3]",
    "type=peer",
    "host=192.0.2.11",
    "secert=SipTypoKeyPwNovember",
    "",
  ].join("\n"),
  "iax.conf": [
    "[general]",
    "register => iuser:IaxRegPwKilo@iax.example.com",
    "register => iuser2:IaxRegPwNoHost",
    "[trunk]",
    "type=peer",
    "host=192.0.2.20",
    "secret=IaxSecretPwLima",
    "dbsecret=IaxDbSecretPwMike",
    "auth=md5",
    "",
  ].join("\n"),
  "pjsip.conf": [
    "[transport-udp]",
    "type=transport",
    "protocol=udp",
    "bind=0.0.0.0",
    "[trunk-auth]",
    "type=auth",
    "auth_type=userpass",
    "username=trunkuser",
    "password=PjAuthPwNovember",
    "[digest-auth]",
    "type=auth",
    "auth_type=md5",
    "password_digest=PjDigestPwOscar0123456789",
    "oauth_secret=PjOauthPwPapa",
    "refresh_token=PjRefreshPwQuebec",
    "[trunk]",
    "type=endpoint",
    "outbound_auth=bob:PjPastedPwRomeo@realm",
    "aors=trunk",
    "[trunk]",
    "type=aor",
    "contact=sip:cu:PjContactPwSierra@198.51.100.1:5060",
    "[trunk-reg]",
    "type=registration",
    "outbound_auth=trunk-auth",
    "client_uri=sip:ru:PjClientPwTango@198.51.100.1",
    "server_uri=sip:su:PjServerPwUniform@198.51.100.1",
    "outbound_proxy=sip:pu:PjProxyPwVictor@198.51.100.2\\;lr",
    "",
  ].join("\n"),
  "pjsip_wizard.conf": ["[wiz]", "type=wizard", "remote_hosts=198.51.100.9", "sends_auth=yes", "outbound_auth/username=w", "outbound_auth/password=PjWizardPwWhiskey", "aor/contact=sip:a:PjWizContactPwXray@198.51.100.9", ""].join("\n"),
  "extensions.conf": [
    "[globals]",
    "TRUNK=SIP/gu:ExtGlobalPwYankee@gw.example.com",
    "[vicidial-auto-external]",
    "exten => _91NXXNXXXXXX,1,AGI(agi://127.0.0.1:4577/call_log)",
    "exten => _91NXXNXXXXXX,n,Dial(SIP/du:ExtDialPwZulu@gw.example.com/${EXTEN:1},,To)",
    "exten => _92NXXNXXXXXX,1,Dial(IAX2/iu:ExtIaxPwAlphaTwo@iax.example.com/${EXTEN:1},${CAMPDTO},To)",
    "exten => _92NXXNXXXXXX,n,Hangup()",
    "exten => _93NXXNXXXXXX,1,Dial(SIP/${EXTEN:1}@peer1,,To)",
    "[from-trunk]",
    "exten => _X.,1,Dial(SIP/fu:ExtInboundPwBeta@gw.example.com)",
    "",
  ].join("\n"),
  "sip-carrier.carrier": [
    "carrier_id: SIPCAR",
    "carrier_name: SIP carrier",
    "protocol: SIP",
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: --NONE--",
    "registration_string: register => cuser:CarSipRegPwBravoTwo@sip.example.com:5060/cuser",
    "globals_string: SIPCARTRUNK = SIP/sipcar",
    "",
    "[[account_entry]]",
    "[sipcar]",
    "type=peer",
    "host=sip.example.com",
    "username=cuser",
    "secret=CarSipSecretPwCharlieTwo",
    "",
    "[[dialplan_entry]]",
    "exten => _81NXXNXXXXXX,1,Dial(${SIPCARTRUNK}/${EXTEN:1},${CAMPDTO},To)",
    "exten => _82NXXNXXXXXX,1,Dial(SIP/cd:CarDialPwDeltaTwo@sip.example.com/${EXTEN:1},${CAMPDTO},To)",
    "",
  ].join("\n"),
  "bare-carrier.carrier": [
    "carrier_id: BARECAR",
    "carrier_name: SIP carrier without register",
    "protocol: SIP",
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: --NONE--",
    "registration_string: bareuser:CarBareRegPwEchoTwo@sip.example.com/bareuser",
    "globals_string: BARETRUNK = SIP/gb:CarGlobalPwFoxTwo@sip.example.com",
    "",
    "[[account_entry]]",
    "[barecar]",
    "type=peer",
    "host=sip.example.com",
    "fromuser=bareuser",
    "remotesecret=CarRemotePwGolfTwo",
    "",
  ].join("\n"),
  "iax-carrier.carrier": [
    "carrier_id: IAXCAR",
    "carrier_name: IAX carrier",
    "protocol: IAX2",
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: --NONE--",
    "registration_string: iuser:CarIaxRegPwDeltaTwo",
    "",
    "[[account_entry]]",
    "[iaxcar]",
    "type=peer",
    "host=iax.example.com",
    "secret=CarIaxSecretPwEchoTwo",
    "",
  ].join("\n"),
  "pjsip-carrier.carrier": [
    "carrier_id: PJCAR",
    "carrier_name: PJSIP carrier",
    "protocol: PJSIP",
    "server_ip: 0.0.0.0",
    "active: Y",
    "template_id: shared",
    "registration_string: register => pj:CarPjRegPwFoxtrotTwo@pj.example.com",
    "",
    "[[account_entry]]",
    "[pjcar]",
    "type=endpoint",
    "outbound_auth=pjcar:CarPjPastedPwGolfTwo@pj.example.com",
    "aors=pjcar",
    "[pjcar]",
    "type=aor",
    "contact=sip:pjcar:CarPjContactPwHotelTwo@pj.example.com",
    "[pjcar-reg]",
    "type=registration",
    "client_uri=sip:pjcar:CarPjClientPwIndiaTwo@pj.example.com",
    "server_uri=sip:pj.example.com",
    "",
  ].join("\n"),
  "shared.conftemplate": ["template_id: shared", "template_name: shared", "", "[[template_contents]]", "secret=TplSecretPwIndiaTwo", "auth=tu:TplRealmPwJulietTwo@realm", "contact=sip:tc:TplContactPwKiloTwo@realm", ""].join("\n"),
};

/** Every secret the files hold: the words with `Pw` in them (a `;` inside one is part of the value as written). */
export const SECRETS: string[] = [...new Set(Object.values(SECRET_FILES).join("\n").match(/[A-Za-z0-9;]*Pw[A-Za-z0-9;]*/g) ?? [])];

/** Pieces of 8 characters of every secret (the secret itself when shorter): a clipped output still gives it away. */
const PIECES = [...new Set(SECRETS.flatMap((s) => Array.from({ length: Math.max(1, s.length - 7) }, (_, i) => s.slice(i, i + 8))))];

/** The first piece of a secret the text shows, or undefined. */
export function leakIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (!looked.has(text)) looked.set(text, PIECES.find((piece) => text.includes(piece)));
  return looked.get(text);
}

/** Texts already looked at, and the piece each gives away: the same completion documentation comes back at every offset. */
const looked = new Map<string, string | undefined>();

/** Fails, naming the output and the piece, when the text shows any part of a secret. */
export function assertNoSecret(where: string, text: string | undefined): void {
  const piece = leakIn(text);
  if (piece === undefined) return;
  const at = text!.indexOf(piece);
  assert.fail(`${where} shows '${piece}': …${text!.slice(Math.max(0, at - 150), at + 150)}…`);
}
