// The rules of area `pattern`, in the order their docs are listed.
import type { Rule } from "../types";
import { catchAll } from "./catch-all";
import { emptySet } from "./empty-set";
import { loneUnderscore } from "./lone-underscore";
import { reservedOverlap } from "./reserved-overlap";
import { reversedRange } from "./reversed-range";
import { shadowed } from "./shadowed";
import { patternSlash } from "./slash";
import { undialable } from "./undialable";
import { unterminatedSet } from "./unterminated-set";
import { wildcardNotLast } from "./wildcard-not-last";

export const patternRules: Rule[] = [
  unterminatedSet,
  emptySet,
  reversedRange,
  catchAll,
  wildcardNotLast,
  loneUnderscore,
  patternSlash,
  undialable,
  shadowed,
  reservedOverlap,
];
