// The rules of area `template`, in the order their docs are listed.
import type { Rule } from "../types";

export const templateRules: Rule[] = [];
