// The rules of area `peer`, in the order their docs are listed.
import type { Rule } from "../types";
import { deprecatedOption } from "./deprecated";
import { duplicateKey } from "./duplicate-key";
import { duplicateSection } from "./duplicate-section";
import { headerSpace } from "./header-space";
import { identifyMatch } from "./identify-match";
import { invalidValue } from "./invalid-value";
import { missingType } from "./missing-type";
import { natDiffers } from "./nat-differs";
import { unknownGeneralKey } from "./unknown-general-key";
import { unknownOption } from "./unknown-option";
import { unknownType } from "./unknown-type";
import { unresolvedReference } from "./unresolved-reference";
import { wrongDriverOption } from "./wrong-driver-option";

export const peerRules: Rule[] = [
  unknownOption,
  unknownGeneralKey,
  wrongDriverOption,
  deprecatedOption,
  invalidValue,
  missingType,
  unknownType,
  duplicateKey,
  duplicateSection,
  headerSpace,
  natDiffers,
  unresolvedReference,
  identifyMatch,
];
