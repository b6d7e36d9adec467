// The rules of area `security`, in the order their docs are listed.
import type { Rule } from "../types";
import { alwaysauthrejectOff } from "./alwaysauthreject-off";
import { unauthenticatedCarrierPath } from "./carrier-path";
import { dialThrough } from "./dial-through";
import { sharedSecret } from "./shared-secret";
import { unknownReach } from "./unknown-reach";
import { weakSecret } from "./weak-secret";

export const securityRules: Rule[] = [unauthenticatedCarrierPath, dialThrough, unknownReach, weakSecret, sharedSecret, alwaysauthrejectOff];
