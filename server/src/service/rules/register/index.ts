// The rules of area `register`, in the order their docs are listed.
import type { Rule } from "../types";

export const registerRules: Rule[] = [];
