// Errors and warnings per system of ../shared/corpus/realworld/, each judged true by reading the findings (see the
// comment above each system). A change here means a rule got louder or quieter on real installs: read the new
// findings before updating a count.
export const REALWORLD_EXPECTED: Record<string, Record<string, number>> = {
  // peer 'trunk' is defined nowhere (true); 'password' in chan_sip peers is ignored, so [201]/[202] log in without
  // one (true); per-peer nat that differs from [general] (chan_sip warns at load: true).
  "GoTrunk__asterisk-config": {
    "warning globals/undefined-peer": 1,
    "warning peer/nat-differs": 2,
    "warning peer/wrong-driver-option": 2,
  },
  // 4 includes of files the repository does not publish (warning: true unless they exist on the server);
  // relaxdtmf/trunk/requirecalltoken in iax.conf [general] and transfer in sip.conf [general] are not read there
  // (true, P2); relaxdtmf in a peer and 'authid' are ignored (true).
  "InterLinked1__phreaknet-boilerplate": {
    "warning peer/unknown-general-key": 4,
    "warning peer/unknown-option": 2,
    "warning syntax/missing-include": 4,
  },
  // per-peer nat differs from [general] (true).
  "NVcanvoip__asterconf": {
    "warning peer/nat-differs": 1,
  },
  // dial= and secret_origional= copied into a hand-written iax_custom.conf: chan_iax2 ignores them (true, harmless).
  "TheTechsTech__freepbx": {
    "warning peer/unknown-option": 2,
  },
  // 17 includes of unpublished files (one in the same folder, so an error); one Goto to a label that does not exist;
  // one _. catch-all (all true).
  "YukariChiba__asterisk-config": {
    "error syntax/missing-include": 1,
    "warning dialplan/goto-target": 1,
    "warning pattern/catch-all": 1,
    "warning syntax/missing-include": 16,
  },
  // [global] without type=global creates no object (true); a 3-digit PJSIP password equal to its section name (true).
  "clayface__VF-UK-Asterisk-config": {
    "warning peer/missing-type": 1,
    "warning security/weak-secret": 1,
  },
  // ZapBarge (gone since 1.6) twice is an error; Konference (add-on module) 8 warnings; limitonpeer is not a key
  // (true); kamailio's context can dial _9999. back out through kamailio (structurally true, low risk: kamailio
  // fronts the agents' phones).
  "hamidrhashmi__GoAutoDial": {
    "error dialplan/unknown-application": 2,
    "warning dialplan/unknown-application": 8,
    "warning peer/unknown-general-key": 1,
    "warning security/dial-through": 1,
  },
  // hand-written dialplan defects: 59 duplicate priorities, 23 duplicate labels, 10 Goto targets that do not exist, 7
  // unclosed ${, SetMusicOnHold x3 and ',Gosub' and DAHDIBarge (errors), CBMysql (add-on), broken lines read as
  // applications ('n', a whole exten line), 'samw', an unclosed GotoIf(, a priority named 'Set', a gap and a missing
  // priority 1 (all true); one password shared by 1,608 phones and one by 12 (true); two dial-through paths from
  // public-address trunks to [primario] for 9- and 13-digit numbers (true).
  "jbazanl__utp-issabel-asterisk": {
    "error dialplan/unknown-application": 5,
    "warning dialplan/duplicate-label": 23,
    "warning dialplan/duplicate-priority": 59,
    "warning dialplan/first-priority": 1,
    "warning dialplan/goto-target": 10,
    "warning dialplan/invalid-priority": 1,
    "warning dialplan/priority-gap": 1,
    "warning dialplan/unbalanced-expression": 7,
    "warning dialplan/unclosed-paren": 1,
    "warning dialplan/unknown-application": 4,
    "warning dialplan/unknown-keyword": 1,
    "warning pattern/catch-all": 1,
    "warning security/dial-through": 2,
    "warning security/shared-secret": 2,
  },
  // nothing.
  "lardconcepts__asterisk-digitalocean-voipfone-config": {},
  // a login inside a shared template (true).
  "leifmadsen__atdg-configs": {
    "warning template/per-account-key": 1,
  },
  // the README's two alternative solutions define the same peer and global on the same server (true for the files as
  // given).
  "mackrosha__vicidial_Carrier_Failover": {
    "warning globals/duplicate-global": 1,
    "warning peer/duplicate-section": 1,
  },
  // an include of an unpublished file.
  "paulseward__asterisk-minimal": {
    "warning syntax/missing-include": 1,
  },
  // 11 includes of unpublished files.
  "stuntbanana__etc-asterisk": {
    "warning syntax/missing-include": 11,
  },
  // a login inside a shared template (true).
  "webcreation-dev__VO-IP-CALL-CENTER": {
    "warning template/per-account-key": 1,
  },
};
