// The rules of area `dialplan`, in the order their docs are listed.
import type { Rule } from "../types";

export const dialplanRules: Rule[] = [];
