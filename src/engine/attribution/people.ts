// Who "he" or "she" is: the most recent person the copy has named or quoted before the pronoun.
import type { AnalysisContext } from '../context';
import { doubled } from '../text/arrays';
import { countBelowNear } from '../claims/count-near';
import { kindAt } from '../mentions/columns';
import type { Pronoun, Speaker } from '../types';
import { ROLE_WORDS } from '../vocabulary/titles';

/**
 * A person's pronoun as a small number, so the long lists of who was named or quoted where are typed
 * arrays (a 10 MB draft has tens of thousands of entries): 0 when unknown.
 */
const enum PronounCode {
  Unknown,
  He,
  She,
  They,
}

function pronounCode(pronoun: Pronoun | null): PronounCode {
  return pronoun === 'he' ? PronounCode.He : pronoun === 'she' ? PronounCode.She : pronoun === 'they' ? PronounCode.They : PronounCode.Unknown;
}

/**
 * The speakers one pass recorded, in text order, as columns rather than an object each: on a long
 * draft there are tens of thousands, made while the analysis runs.
 */
class Recorded {
  offsets = new Int32Array(64);
  pronouns = new Uint8Array(64);
  readonly speakers: Speaker[] = [];
  count = 0;
  /** The last answer of a search for the speakers before an offset (pronouns are resolved in text order). */
  near = 0;

  add(offset: number, speaker: Speaker, pronoun: Pronoun | null): void {
    if (this.count === this.offsets.length) {
      this.offsets = doubled(this.offsets);
      const pronouns = new Uint8Array(this.offsets.length);
      pronouns.set(this.pronouns);
      this.pronouns = pronouns;
    }
    this.offsets[this.count] = offset;
    this.speakers[this.count] = speaker;
    this.pronouns[this.count] = pronounCode(pronoun);
    this.count++;
  }
}

export class People {
  // Person mentions in text order, as columns: most are never asked for, so a mention's speaker is
  // made only when a pronoun resolves to it. Made once at the size of all mentions (an upper bound);
  // `mentionCount` are in use. The mentions come sorted, so these are too. Typed arrays, not arrays
  // of objects: on a 10 MB draft, arrays of 65,000 targets and pronouns made per analysis cost sixteen
  // times what they cost on 1 MB, where these cost ten.
  private readonly mentionOffsets: Int32Array;
  /** Who each names: an index into the mentions' targets. */
  private readonly mentionTargets: Int32Array;
  private readonly mentionPronouns: Uint8Array;
  private readonly mentionCount: number;
  /** The last answer of a search for the mentions before an offset. */
  private mentionNear = 0;
  /** Speakers found by attribution, in the order they were recorded (text order within a pass). */
  private readonly passes: Recorded[] = [new Recorded()];

  constructor(private readonly ctx: AnalysisContext) {
    const mentions = ctx.mentions;
    const offsets = (this.mentionOffsets = new Int32Array(mentions.length));
    const targets = (this.mentionTargets = new Int32Array(mentions.length));
    const pronouns = (this.mentionPronouns = new Uint8Array(mentions.length));
    // A target's pronoun, once per target rather than once per mention (NOT_A_PERSON for no person).
    const targetPronouns = new Int8Array(mentions.targets.length).fill(NOT_ASKED);
    let n = 0;
    for (let i = 0; i < mentions.length; i++) {
      if (kindAt(mentions, i) === 'pronoun') continue;
      const t = mentions.target[i]!;
      if (targetPronouns[t] === NOT_ASKED) targetPronouns[t] = personPronoun(ctx, mentions.targets[t]!.entity);
      const pronoun = targetPronouns[t]!;
      if (pronoun === NOT_A_PERSON) continue;
      offsets[n] = mentions.starts[i]!;
      targets[n] = t;
      pronouns[n] = pronoun;
      n++;
    }
    this.mentionCount = n;
  }

  /** Unlisted names read with part of a title, cleaned once each ("Financial Officer Raj Mehta" → "Raj Mehta"). */
  private readonly personalNames = new Map<string, string>();
  /**
   * The speakers made so far, unlisted ones by name and listed ones by entity id: the quotes and claims
   * of one person share one object, where an object each outlived the analysis by the thousand.
   */
  private readonly unlistedSpeakers = new Map<string, Speaker>();
  private readonly listedSpeakers = new Map<string, Speaker>();

  /** The speaker of this name and entity, one object per person in an analysis. */
  speaker(name: string, entity: string | null): Speaker {
    if (entity === null) {
      let known = this.unlistedSpeakers.get(name);
      if (known === undefined) this.unlistedSpeakers.set(name, (known = { name, entity }));
      return known;
    }
    const known = this.listedSpeakers.get(entity);
    if (known !== undefined && known.name === name) return known;
    const made = { name, entity };
    if (known === undefined) this.listedSpeakers.set(entity, made);
    return made;
  }

  /** The speaker, an unlisted name cleaned of title words. */
  person(name: string, entity: string | null): Speaker {
    // A listed speaker, or a single word, has no title to clean.
    if (entity !== null || !name.includes(' ')) return this.speaker(name, entity);
    let clean = this.personalNames.get(name);
    if (clean === undefined) {
      clean = personalName(name);
      this.personalNames.set(name, clean);
    }
    return this.speaker(clean, null);
  }

  /** Starts a new pass (claims after quotes): its speakers are kept apart so each list stays sorted. */
  newPass(): void {
    this.passes.push(new Recorded());
  }

  record(offset: number, speaker: Speaker, pronoun: Pronoun | null = null): void {
    const pass = this.passes[this.passes.length - 1]!;
    if (pass.count > 0 && pass.offsets[pass.count - 1]! > offset) return; // keep it sorted
    // A listed speaker keeps their pronoun, so "she" does not resolve to the man quoted last.
    const known = pronoun ?? (speaker.entity !== null ? this.ctx.index.byId.get(speaker.entity)?.pronoun ?? null : null);
    pass.add(offset, speaker, known);
  }

  /**
   * The person a pronoun at `offset` most likely refers to: a speaker recorded earlier in the same
   * paragraph (from `paragraphStart`), else the latest person named or quoted before it whose
   * pronoun, when known, fits.
   */
  resolve(offset: number, pronoun: Pronoun, paragraphStart: number): Speaker | null {
    // The latest fitting speaker recorded (the earlier pass's on a tie), searched once for both tests below.
    let latest: Speaker | null = null;
    let latestOffset = -1;
    for (let p = 0; p < this.passes.length; p++) {
      const pass = this.passes[p]!;
      pass.near = countBelowNear(pass.offsets, pass.count, offset, pass.near);
      const i = latestFitting(pass.pronouns, pass.near, pronoun);
      if (i >= 0 && (latest === null || pass.offsets[i]! > latestOffset)) {
        latest = pass.speakers[i]!;
        latestOffset = pass.offsets[i]!;
      }
    }
    if (latest && latestOffset >= paragraphStart) return this.person(latest.name, latest.entity);
    // Else the later of that speaker and the latest fitting person mention (the mention on a tie).
    this.mentionNear = countBelowNear(this.mentionOffsets, this.mentionCount, offset, this.mentionNear);
    const m = latestFitting(this.mentionPronouns, this.mentionNear, pronoun);
    if (m >= 0 && (!latest || this.mentionOffsets[m] >= latestOffset)) {
      const target = this.ctx.mentions.targets[this.mentionTargets[m]!]!;
      return this.person(target.name, target.entity);
    }
    return latest ? this.person(latest.name, latest.entity) : null;
  }
}

/** A target's pronoun not looked up yet; a target that names no person. */
const NOT_ASKED = -2;
const NOT_A_PERSON = -1;

/** The pronoun of a person mention's entity (Unknown when unknown or unlisted); NOT_A_PERSON when it is no person. */
function personPronoun(ctx: AnalysisContext, entity: string | null): number {
  if (entity === null) return PronounCode.Unknown;
  const e = ctx.index.byId.get(entity);
  if (!e || e.type !== 'person') return NOT_A_PERSON;
  return pronounCode(e.pronoun ?? null);
}

/**
 * The latest of the first `below` entries (those before the offset asked about) whose known pronoun
 * fits: its index, or -1. Walks back over a few that do not fit ("she" past a "he").
 */
function latestFitting(pronouns: Uint8Array, below: number, pronoun: Pronoun): number {
  const read = pronounCode(pronoun);
  for (let i = below - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    if (fits(pronouns[i]!, read)) return i;
  }
  return -1;
}

/** A person's known pronoun (Unknown: not known) fits the pronoun read. */
function fits(known: number, read: PronounCode): boolean {
  return known === PronounCode.Unknown || known === read || read === PronounCode.They;
}

/** An unlisted name read with part of a title ("Financial Officer Raj Mehta"): the words after the last role word. */
export function personalName(name: string): string {
  // The words before the last, from the end, found by their spaces rather than by splitting the name.
  for (let end = name.lastIndexOf(' '); end >= 0; ) {
    const start = end > 0 ? name.lastIndexOf(' ', end - 1) + 1 : 0;
    if (ROLE_WORDS.has(name.slice(start, end).toLowerCase())) return name.slice(end + 1);
    end = start - 1;
  }
  return name;
}
