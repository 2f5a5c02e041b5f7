// Who "he" or "she" is: the most recent person the copy has named or quoted before the pronoun.
import type { AnalysisContext } from '../context';
import type { Mention, Pronoun, Speaker } from '../types';
import { ROLE_WORDS } from '../vocabulary/titles';

interface Named {
  offset: number;
  speaker: Speaker;
  pronoun: Pronoun | null;
}

export class People {
  private readonly mentions: Named[] = [];
  /** Speakers found by attribution, in the order they were recorded (text order within a pass). */
  private readonly passes: Named[][] = [[]];

  constructor(private readonly ctx: AnalysisContext) {
    for (const m of ctx.mentions) {
      if (m.kind === 'pronoun') continue;
      const pronoun = personPronoun(ctx, m);
      if (pronoun === undefined) continue;
      this.mentions.push({ offset: m.range.start, speaker: { name: m.name, entity: m.entity }, pronoun });
    }
    this.mentions.sort((a, b) => a.offset - b.offset);
  }

  /** Unlisted names read with part of a title, cleaned once each ("Financial Officer Raj Mehta" → "Raj Mehta"). */
  private readonly personalNames = new Map<string, string>();

  /** The speaker with an unlisted name cleaned of title words. */
  person(speaker: Speaker): Speaker {
    if (speaker.entity !== null) return speaker;
    let name = this.personalNames.get(speaker.name);
    if (name === undefined) {
      name = personalName(speaker.name);
      this.personalNames.set(speaker.name, name);
    }
    return name === speaker.name ? speaker : { name, entity: null };
  }

  /** Starts a new pass (claims after quotes): its speakers are kept apart so each list stays sorted. */
  newPass(): void {
    this.passes.push([]);
  }

  record(offset: number, speaker: Speaker, pronoun: Pronoun | null = null): void {
    const pass = this.passes[this.passes.length - 1];
    if (pass.length && pass[pass.length - 1].offset > offset) return; // keep it sorted
    // A listed speaker keeps their pronoun, so "she" does not resolve to the man quoted last.
    const known = pronoun ?? (speaker.entity !== null ? this.ctx.index.byId.get(speaker.entity)?.pronoun ?? null : null);
    pass.push({ offset, speaker, pronoun: known });
  }

  /**
   * The person a pronoun at `offset` most likely refers to: a speaker recorded earlier in the same
   * paragraph (from `paragraphStart`), else the latest person named or quoted before it whose
   * pronoun, when known, fits.
   */
  resolve(offset: number, pronoun: Pronoun, paragraphStart: number): Speaker | null {
    let best: Named | null = null;
    for (const pass of this.passes) {
      const n = latestBefore(pass, offset, pronoun);
      if (n && n.offset >= paragraphStart && (!best || n.offset > best.offset)) best = n;
    }
    if (best) return this.person(best.speaker);
    for (const list of [this.mentions, ...this.passes]) {
      const n = latestBefore(list, offset, pronoun);
      if (n && (!best || n.offset > best.offset)) best = n;
    }
    return best ? this.person(best.speaker) : null;
  }
}

/** The pronoun of a person mention (null when unknown); undefined when the mention is no person. */
function personPronoun(ctx: AnalysisContext, m: Mention): Pronoun | null | undefined {
  if (m.entity === null) return null;
  const e = ctx.index.byId.get(m.entity);
  if (!e || e.type !== 'person') return undefined;
  return e.pronoun ?? null;
}

function latestBefore(list: Named[], offset: number, pronoun: Pronoun): Named | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  // Walk back over a few candidates whose known pronoun does not fit ("she" past a "he").
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const p = list[i].pronoun;
    if (p === null || p === pronoun || pronoun === 'they') return list[i];
  }
  return null;
}

/** An unlisted name read with part of a title ("Financial Officer Raj Mehta"): the words after the last role word. */
export function personalName(name: string): string {
  const words = name.split(' ');
  for (let i = words.length - 2; i >= 0; i--) {
    if (ROLE_WORDS.has(words[i].toLowerCase())) return words.slice(i + 1).join(' ');
  }
  return name;
}
