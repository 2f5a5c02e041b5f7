// Claims as columns (Claims in types.ts): the builder the claims step fills, and the readers that rules
// and surfaces ask about one claim with, or make a Claim of it.
import { ATTRIBUTION_METHODS, METHOD_NONE, methodCode } from '../attribution/methods';
import { ByteColumn, IntColumn, optionalRange } from '../text/columns';
import type { AttributionMethod, Claim, Claims, ClaimStatus, Range, Speaker } from '../types';

/** Every status of a claim; a claim's is stored as its index here (its method in ATTRIBUTION_METHODS). */
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['attributed', 'anonymous', 'verified', 'unattributed'];

const STATUS_CODES = new Map<ClaimStatus, number>(CLAIM_STATUSES.map((status, code) => [status, code]));

export function statusAt(claims: Claims, i: number): ClaimStatus {
  return CLAIM_STATUSES[claims.statuses[i]!]!;
}

export function methodAt(claims: Claims, i: number): AttributionMethod {
  return ATTRIBUTION_METHODS[claims.methods[i]!]!;
}

/** Claim `i`'s sentence, as a range of its own. */
export function claimRange(claims: Claims, i: number): Range {
  return { start: claims.starts[i]!, end: claims.ends[i]! };
}

/** Claim `i`'s source, as a range of its own; null when it has none. */
export function claimSource(claims: Claims, i: number): Range | null {
  return optionalRange(claims.sourceStarts, claims.sourceEnds, i);
}

/** Claim `i`'s hedge words, as a range of their own; null when it has none. */
export function claimHedge(claims: Claims, i: number): Range | null {
  return optionalRange(claims.hedgeStarts, claims.hedgeEnds, i);
}

/** Claim `i` as an object of its own. */
export function claimAt(claims: Claims, i: number): Claim {
  const speaker = claims.speaker[i]!;
  return {
    range: claimRange(claims, i),
    content: optionalRange(claims.contentStarts, claims.contentEnds, i),
    status: statusAt(claims, i),
    hedged: claims.hedged[i] === 1,
    hedge: claimHedge(claims, i),
    speaker: speaker < 0 ? null : claims.speakers[speaker]!,
    source: claimSource(claims, i),
    cue: optionalRange(claims.cueStarts, claims.cueEnds, i),
    method: methodAt(claims, i),
  };
}

/** Every claim as an object of its own, in order: for what lists them all (JSON output, tests). */
export function claimList(claims: Claims): Claim[] {
  const list: Claim[] = [];
  for (let i = 0; i < claims.length; i++) list.push(claimAt(claims, i));
  return list;
}

/** The columns of claims made as objects (by hand, in tests), in the order given. */
export function claimsOf(list: readonly Claim[]): Claims {
  const columns = new ClaimColumns();
  for (const c of list) columns.push(c);
  return columns.take();
}

/** No claims. */
export function noClaims(): Claims {
  const none = new Int32Array(0);
  const noBytes = new Uint8Array(0);
  return {
    length: 0, starts: none, ends: none, contentStarts: none, contentEnds: none, hedgeStarts: none, hedgeEnds: none,
    sourceStarts: none, sourceEnds: none, cueStarts: none, cueEnds: none, statuses: noBytes, methods: noBytes, hedged: noBytes,
    speaker: none, speakers: [],
  };
}

/** Claims while they are found: columns kept from one analysis to the next, handed out as exact copies. */
export class ClaimColumns {
  private readonly starts = new IntColumn();
  private readonly ends = new IntColumn();
  private readonly contentStarts = new IntColumn();
  private readonly contentEnds = new IntColumn();
  private readonly hedgeStarts = new IntColumn();
  private readonly hedgeEnds = new IntColumn();
  private readonly sourceStarts = new IntColumn();
  private readonly sourceEnds = new IntColumn();
  private readonly cueStarts = new IntColumn();
  private readonly cueEnds = new IntColumn();
  private readonly statuses = new ByteColumn();
  private readonly methods = new ByteColumn();
  private readonly hedged = new ByteColumn();
  private readonly speaker = new IntColumn();
  /** The speakers so far, each once: a person's claims share one Speaker (People.speaker). */
  private speakers: Speaker[] = [];
  /** The columns of what a claim may lack (reported part, hedge, source, cue), for pushPlain. */
  private readonly optionalColumns = [this.contentStarts, this.contentEnds, this.hedgeStarts, this.hedgeEnds, this.sourceStarts, this.sourceEnds, this.cueStarts, this.cueEnds];
  private readonly speakerIndexes = new Map<Speaker, number>();
  length = 0;

  /** Adds a claim; the object itself is not kept. */
  push(c: Claim): void {
    const n = this.length++;
    this.starts.set(n, c.range.start);
    this.ends.set(n, c.range.end);
    this.setOptional(this.contentStarts, this.contentEnds, n, c.content);
    this.setOptional(this.hedgeStarts, this.hedgeEnds, n, c.hedge);
    this.setOptional(this.sourceStarts, this.sourceEnds, n, c.source);
    this.setOptional(this.cueStarts, this.cueEnds, n, c.cue);
    this.statuses.set(n, STATUS_CODES.get(c.status)!);
    this.methods.set(n, methodCode(c.method));
    this.hedged.set(n, c.hedged ? 1 : 0);
    this.speaker.set(n, c.speaker === null ? -1 : this.speakerIndex(c.speaker));
  }

  /** Adds a claim with no source, reported part or hedge: a sentence read from its characters alone. */
  pushPlain(start: number, end: number, status: 'unattributed' | 'verified'): void {
    const n = this.length++;
    this.starts.set(n, start);
    this.ends.set(n, end);
    const optional = this.optionalColumns;
    for (let c = 0; c < optional.length; c++) optional[c]!.set(n, -1);
    this.statuses.set(n, STATUS_CODES.get(status)!);
    this.methods.set(n, METHOD_NONE);
    this.hedged.set(n, 0);
    this.speaker.set(n, -1);
  }

  /** The claims pushed since the last take; the columns are empty after. */
  take(): Claims {
    const n = this.length;
    const claims: Claims = {
      length: n,
      starts: this.starts.copy(n),
      ends: this.ends.copy(n),
      contentStarts: this.contentStarts.copy(n),
      contentEnds: this.contentEnds.copy(n),
      hedgeStarts: this.hedgeStarts.copy(n),
      hedgeEnds: this.hedgeEnds.copy(n),
      sourceStarts: this.sourceStarts.copy(n),
      sourceEnds: this.sourceEnds.copy(n),
      cueStarts: this.cueStarts.copy(n),
      cueEnds: this.cueEnds.copy(n),
      statuses: this.statuses.copy(n),
      methods: this.methods.copy(n),
      hedged: this.hedged.copy(n),
      speaker: this.speaker.copy(n),
      speakers: this.speakers,
    };
    this.clear();
    return claims;
  }

  /** Empties the columns and forgets the speakers (they belong to the claims handed out). */
  clear(): void {
    this.length = 0;
    this.speakers = [];
    this.speakerIndexes.clear();
  }

  private setOptional(starts: IntColumn, ends: IntColumn, n: number, range: Range | null): void {
    starts.set(n, range === null ? -1 : range.start);
    ends.set(n, range === null ? -1 : range.end);
  }

  private speakerIndex(speaker: Speaker): number {
    let index = this.speakerIndexes.get(speaker);
    if (index === undefined) {
      index = this.speakers.length;
      this.speakers.push(speaker);
      this.speakerIndexes.set(speaker, index);
    }
    return index;
  }
}
