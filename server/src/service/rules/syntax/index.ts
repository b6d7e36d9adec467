// The rules of area `syntax`: what the conf parser (or the record parser) cannot make sense of.
import type { Rule } from "../types";
import { appendMissing } from "./append-missing";
import { missingBase } from "./missing-base";
import { emptyKey } from "./empty-key";
import { emptySectionName } from "./empty-section-name";
import { missingEquals } from "./missing-equals";
import { missingInclude } from "./missing-include";
import { optionBeforeSection } from "./option-before-section";
import { recordField } from "./record-field";
import { unclosedBlockComment } from "./unclosed-block-comment";
import { unclosedHeader } from "./unclosed-header";
import { unclosedOptions } from "./unclosed-options";
import { directiveArgument } from "./directive-argument";
import { unknownDirective } from "./unknown-directive";
import { unusedSuppression } from "./unused-suppression";
import { fileTooLarge } from "./file-too-large";
import { includeSkipped } from "./include-skipped";

export const syntaxRules: Rule[] = [
  unclosedHeader,
  unclosedOptions,
  emptySectionName,
  missingEquals,
  emptyKey,
  unknownDirective,
  directiveArgument,
  unclosedBlockComment,
  optionBeforeSection,
  missingInclude,
  missingBase,
  appendMissing,
  recordField,
  unusedSuppression,
  fileTooLarge,
  includeSkipped,
];
