// The rules of area `register`, in the order their docs are listed.
import type { Rule } from "../types";
import { badExpiry } from "./bad-expiry";
import { badPort } from "./bad-port";
import { duplicate } from "./duplicate";
import { emptyUser } from "./empty-user";
import { missingHost } from "./missing-host";
import { missingPrefix } from "./missing-prefix";
import { noArrow } from "./no-arrow";
import { outsideGeneral } from "./outside-general";
import { pjsipBadUri } from "./pjsip-bad-uri";
import { pjsipLineEndpoint } from "./pjsip-line-endpoint";
import { pjsipMissingUri } from "./pjsip-missing-uri";
import { pjsipOutboundAuth } from "./pjsip-outbound-auth";
import { pjsipRegistrationString } from "./pjsip-registration-string";
import { portRange } from "./port-range";
import { sipSyntaxOnIax } from "./sip-syntax-on-iax";
import { slashInUser } from "./slash-in-user";
import { spaceInPart } from "./space-in-part";
import { tooLong } from "./too-long";
import { trailingSlash } from "./trailing-slash";
import { transportDisabled } from "./transport-disabled";
import { unknownPeer } from "./unknown-peer";
import { unknownTransport } from "./unknown-transport";

export const registerRules: Rule[] = [
  missingHost,
  emptyUser,
  badPort,
  portRange,
  unknownTransport,
  badExpiry,
  spaceInPart,
  trailingSlash,
  slashInUser,
  tooLong,
  noArrow,
  missingPrefix,
  outsideGeneral,
  sipSyntaxOnIax,
  duplicate,
  unknownPeer,
  transportDisabled,
  pjsipRegistrationString,
  pjsipMissingUri,
  pjsipBadUri,
  pjsipLineEndpoint,
  pjsipOutboundAuth,
];
