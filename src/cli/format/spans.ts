// Offsets → the JSON span shape of SPEC §5: { text, start, end, range }, 0-based, UTF-16.
import type { Position } from '../../engine/text/lines';
import { LineIndex } from '../../engine/text/lines';
import type { Range } from '../../engine/types';

export interface Span {
  text: string;
  start: number;
  end: number;
  range: { start: Position; end: Position };
}

export class SpanMaker {
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  span(range: Range): Span {
    const start = Math.max(0, Math.min(range.start, this.text.length));
    const end = Math.max(start, Math.min(range.end, this.text.length));
    return {
      text: this.text.slice(start, end),
      start,
      end,
      range: { start: this.lines.positionAt(start), end: this.lines.positionAt(end) },
    };
  }

  /** An absent span is null, never {}. */
  optional(range: Range | null | undefined): Span | null {
    return range ? this.span(range) : null;
  }
}
