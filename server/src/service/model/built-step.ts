// A dialplan step as the build makes it (model/dialplan-context-build.ts): its parsed line is shared with the other
// steps built from the same node, and follows the node when a re-parse moves it, but only once a step reads it.
import { followLine, type DialplanLine, type Token } from "../parse/dialplan-syntax";
import type { PlacedOption, SourceField } from "./units";
import type { DialplanContext, DialplanExtension, DialplanStep, DropReason } from "./dialplan-types";
import type { Span } from "../text/span";

/**
 * A step, its parsed line shared with the node's other steps: what the step holds of its line's offsets (the line,
 * its arguments, label and extension span) is read through getters that have the line follow its node (`followLine`)
 * once its context's lines moved. So a kept context whose lines moved costs nothing until a step of it is read: after
 * a keystroke near the top of a large dialplan, tens of thousands of steps move and few are ever read again. The
 * getters compare placements (`DialplanContext.placement`), the context's being one object shared by all its steps, rather
 * than read the node's line start, which costs a rebuilt context's rules two memory loads per step and read.
 */
const NOT_FOLLOWED = {};

export class BuiltStep implements DialplanStep {
  readonly uri: string;
  extensionText = "";
  cid: string | undefined = undefined;
  extension: DialplanExtension | undefined = undefined;
  priority: number | undefined = undefined;
  isHint = false;
  readonly application: string;
  dropped: DropReason | undefined = undefined;
  priorityIfLabelClosed: number | undefined = undefined;
  conflictsWith: DialplanStep | undefined = undefined;
  readonly field: SourceField | undefined;
  readonly carrierId: string | undefined;
  firstOfCarrierEntry: boolean | undefined = undefined;
  /**
   * The context's placement when the parsed line last followed its node. Given a first value here and its real one
   * in the constructor, so V8 knows from the first step that it changes (see text/span.ts on constant fields).
   */
  private followedAt: object = NOT_FOLLOWED;

  constructor(
    public option: PlacedOption,
    private readonly parsed: DialplanLine,
    public context: DialplanContext,
    readonly isExten: boolean,
  ) {
    this.uri = option.uri;
    this.application = parsed.application?.text ?? "";
    this.field = option.field;
    this.carrierId = option.carrierId;
    // A line parsed anew, or one that has followed its node since it moved, is where it should be; a kept line that
    // moved follows when first read (see `parsedLine`).
    this.followedAt = parsed.at === option.node.line.start ? context.placement : NOT_FOLLOWED;
  }

  /**
   * The step taken into `context`, which replaced its own by a splice (see model/context-splice.ts), with `option`, the
   * new section's entry for its line: what the step is stays as it was (the splice keeps only steps whose lines and
   * facts are the same), and its line follows its node at the next read.
   */
  adoptedBy(context: DialplanContext, option: PlacedOption): void {
    this.context = context;
    this.option = option;
    this.followedAt = NOT_FOLLOWED;
  }

  get line(): DialplanLine {
    return this.followed();
  }

  get lineKey(): DialplanLine {
    return this.parsed;
  }

  get args(): Token[] {
    return this.followed().arguments;
  }

  get label(): Token | undefined {
    return this.followed().priority?.label;
  }

  get extensionSpan(): Span | undefined {
    return this.isExten ? this.followed().extension?.span : undefined;
  }

  private followed(): DialplanLine {
    if (this.followedAt !== this.context.placement) {
      followLine(this.parsed);
      this.followedAt = this.context.placement;
    }
    return this.parsed;
  }
}
