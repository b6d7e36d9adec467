// The rules of area `globals`, in the order their docs are listed.
import type { Rule } from "../types";

export const globalsRules: Rule[] = [];
