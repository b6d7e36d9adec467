// The rules of area `pattern`, in the order their docs are listed.
import type { Rule } from "../types";

export const patternRules: Rule[] = [];
