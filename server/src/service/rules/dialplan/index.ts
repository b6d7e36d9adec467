// The rules of area `dialplan`, in the order their docs are listed.
import type { Rule } from "../types";
import { argumentCount } from "./argument-count";
import { channelString } from "./channel-string";
import { dialOptionRule } from "./dial-option";
import { dialTimeout } from "./dial-timeout";
import { dialWithoutO } from "./dial-without-o";
import { duplicateLabel } from "./duplicate-label";
import { duplicatePriority } from "./duplicate-priority";
import { emptyExtension } from "./empty-extension";
import { extenStrip } from "./exten-strip";
import { firstPriority } from "./first-priority";
import { gotoTarget } from "./goto-target";
import { invalidPriority } from "./invalid-priority";
import { lcrNpanxx } from "./lcr-npanxx";
import { missingInclude } from "./missing-include";
import { nanpDigits } from "./nanp-digits";
import { nextOnFirst } from "./next-on-first";
import { noCallLog } from "./no-call-log";
import { noHangup } from "./no-hangup";
import { priorityGap } from "./priority-gap";
import { sameWithoutExten } from "./same-without-exten";
import { stirShakenOrder } from "./stir-shaken-order";
import { unbalancedExpression } from "./unbalanced-expression";
import { unclosedParen } from "./unclosed-paren";
import { unknownApplication } from "./unknown-application";
import { unknownKeyword } from "./unknown-keyword";

export const dialplanRules: Rule[] = [
  firstPriority,
  priorityGap,
  duplicatePriority,
  nextOnFirst,
  sameWithoutExten,
  duplicateLabel,
  invalidPriority,
  emptyExtension,
  unknownKeyword,
  gotoTarget,
  missingInclude,
  unknownApplication,
  unclosedParen,
  unbalancedExpression,
  argumentCount,
  dialOptionRule,
  dialTimeout,
  channelString,
  extenStrip,
  nanpDigits,
  lcrNpanxx,
  stirShakenOrder,
  dialWithoutO,
  noCallLog,
  noHangup,
];
