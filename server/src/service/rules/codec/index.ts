// The rules of area `codec`, in the order their docs are listed.
import type { Rule } from "../types";

export const codecRules: Rule[] = [];
