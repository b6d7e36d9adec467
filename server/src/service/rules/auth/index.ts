// The rules of area `auth`, in the order their docs are listed.
import type { Rule } from "../types";

export const authRules: Rule[] = [];
