// Collects the problems found while loading one entity file, positioned by 1-based line and column.
import type { LineCounter, Node } from 'yaml';
import type { EntityProblem, ProblemSeverity } from '../types';
import { MAX_PROBLEMS } from './limits';

export class ProblemCollector {
  private readonly problems: EntityProblem[] = [];
  /** Offsets of YAML syntax errors, sorted, so schema errors they caused are not reported twice. */
  private syntaxErrorOffsets: number[] = [];
  private offsetsSorted = true;
  private overflow: EntityProblem | null = null;
  private readonly reported = new Set<string>();

  constructor(
    readonly path: string,
    private readonly lineCounter: LineCounter | null,
  ) {}

  position(offset: number): { line: number; column: number } {
    if (!this.lineCounter) return { line: 1, column: 1 };
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  atOffset(offset: number, severity: ProblemSeverity, message: string): void {
    // A value read twice (through an alias) reports its problems once.
    const key = `${offset} ${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    // A garbage file can hold a problem on every line; past a limit one note stands for the rest.
    if (this.problems.length >= MAX_PROBLEMS) {
      this.overflow ??= {
        path: this.path, ...this.position(offset), severity: 'error',
        message: `more than ${MAX_PROBLEMS} problems; the rest are not listed`,
      };
      return;
    }
    this.problems.push({ path: this.path, ...this.position(offset), severity, message });
  }

  /** A YAML syntax error: reported, and remembered so the schema errors it causes stay quiet. */
  syntaxError(offset: number, message: string): void {
    this.atOffset(offset, 'error', message);
    this.syntaxErrorOffsets.push(offset);
    this.offsetsSorted = false;
  }

  /** A problem with a node's value, unless a syntax error inside that node already explains it. */
  atNode(node: Node, severity: ProblemSeverity, message: string): void {
    const [start, , end] = node.range ?? [0, 0, 0];
    if (this.hasSyntaxErrorIn(start, Math.max(end, start + 1))) return;
    this.atOffset(start, severity, message);
  }

  /** All problems in file order (stable for problems at the same place). */
  sorted(): EntityProblem[] {
    const sorted = this.problems
      .map((problem, order) => ({ problem, order }))
      .sort((a, b) => a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.order - b.order)
      .map(({ problem }) => problem);
    if (this.overflow) sorted.push(this.overflow);
    return sorted;
  }

  private hasSyntaxErrorIn(start: number, end: number): boolean {
    if (!this.offsetsSorted) {
      this.syntaxErrorOffsets.sort((a, b) => a - b);
      this.offsetsSorted = true;
    }
    const offsets = this.syntaxErrorOffsets;
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (offsets[middle] < start) low = middle + 1;
      else high = middle;
    }
    return low < offsets.length && offsets[low] < end;
  }
}
