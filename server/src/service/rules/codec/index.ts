// The rules of area `codec`, in the order their docs are listed.
import type { Rule } from "../types";
import { allowWiped } from "./allow-wiped";
import { badPacketization } from "./bad-packetization";
import { bothAllowedAndDisallowed } from "./both-allowed-and-disallowed";
import { concatenatedAppend } from "./concatenated-append";
import { emptyAllow } from "./empty-allow";
import { noCommonCodec } from "./no-common-codec";
import { nothingAllowed } from "./nothing-allowed";
import { unknownName } from "./unknown-name";

export const codecRules: Rule[] = [
  unknownName,
  emptyAllow,
  badPacketization,
  concatenatedAppend,
  allowWiped,
  nothingAllowed,
  bothAllowedAndDisallowed,
  noCommonCodec,
];
