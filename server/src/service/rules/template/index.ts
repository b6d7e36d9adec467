// The rules of area `template`, in the order their docs are listed.
import type { Rule } from "../types";
import { hasHeader } from "./has-header";
import { missingTemplate } from "./missing";
import { perAccountKeyRule } from "./per-account-key";

export const templateRules: Rule[] = [perAccountKeyRule, hasHeader, missingTemplate];
