// Builds analysis contexts by hand so each rule can be tested on its own, and runs one rule.
import assert from 'node:assert/strict';
import type { AnalysisContext } from '../../../src/engine/context';
import { compileEntities } from '../../../src/engine/entities/compile';
import { runRules } from '../../../src/engine/rules/index';
import { emptyProse } from '../../../src/engine/prose';
import { emptySentences } from '../../../src/engine/sentences';
import { mentionsOf } from '../../../src/engine/mentions/columns';
import { claimsOf } from '../../../src/engine/claims/columns';
import { quotesOf } from '../../../src/engine/quotes/columns';
import type {
  Attribution,
  Claim,
  CopydeskComment,
  DocumentKind,
  Entity,
  Finding,
  Mention,
  Quote,
  Range,
  RuleId,
  SeveritySetting,
} from '../../../src/engine/types';

/** The range of the n-th (1-based) occurrence of `needle` in `text`; throws if absent (a bad test). */
export function at(text: string, needle: string, occurrence = 1): Range {
  let from = -1;
  for (let i = 0; i < occurrence; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`"${needle}" (#${occurrence}) not in test text`);
  }
  return { start: from, end: from + needle.length };
}

export function person(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return {
    id, name, type: 'person', titles: [], aliases: [], descriptors: [], misspellings: [], facts: [], quotes: [],
    ...extra,
  };
}

const NO_ATTRIBUTION: Attribution = { speaker: null, source: null, cue: null, method: 'none' };

/** A closed quote around the first occurrence of `quoted` (marks included). */
export function quote(text: string, quoted: string, attribution: Partial<Quote> = {}): Quote {
  const range = at(text, quoted);
  return {
    ...NO_ATTRIBUTION,
    range,
    content: { start: range.start + 1, end: range.end - 1 },
    closed: true,
    firstParagraph: 0,
    lastParagraph: 0,
    scare: false,
    ...attribution,
  };
}

export function claim(text: string, sentence: string, extra: Partial<Claim> = {}): Claim {
  return { ...NO_ATTRIBUTION, range: at(text, sentence), content: null, status: 'unattributed', hedged: false, hedge: null, ...extra };
}

export function mention(text: string, written: string, entity: Entity | null, extra: Partial<Mention> & { occurrence?: number } = {}): Mention {
  const { occurrence, ...rest } = extra;
  return {
    range: at(text, written, occurrence ?? 1),
    entity: entity?.id ?? null,
    name: entity?.name ?? written,
    kind: 'name',
    possessive: /['’]s?$/.test(written),
    sentence: 0,
    ...rest,
  };
}

/** Copydesk's comments as the prose step reports them. */
export function comments(text: string): CopydeskComment[] {
  const found: CopydeskComment[] = [];
  for (const m of text.matchAll(/<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g)) {
    const args = m[2].split(/[\s,]+/).filter(Boolean);
    found.push({ range: { start: m.index!, end: m.index! + m[0].length }, kind: m[1] as CopydeskComment['kind'], args, text: m[0] });
  }
  return found;
}

export interface Setup {
  text: string;
  kind?: DocumentKind;
  entities?: Entity[];
  mentions?: Mention[];
  quotes?: Quote[];
  claims?: Claim[];
}

export function context(setup: Setup): AnalysisContext {
  const kind = setup.kind ?? 'markdown';
  const text = setup.text;
  return {
    text,
    kind,
    index: compileEntities({ sources: [], entities: setup.entities ?? [] }),
    prose: { ...emptyProse(), comments: comments(text) },
    sentences: emptySentences(),
    mentions: mentionsOf(setup.mentions ?? []),
    quotes: quotesOf(setup.quotes ?? []),
  };
}

/** Runs only `rule` (every other rule off), with optional severity settings. */
export function runOnly(rule: RuleId, setup: Setup, severity?: SeveritySetting): Finding[] {
  const ids: RuleId[] = [
    'unattributed-quote', 'anonymous-source', 'unattributed-claim', 'hedged-claim', 'unknown-speaker',
    'name-spelling', 'title-mismatch', 'first-reference', 'unbalanced-quote',
  ];
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const id of ids) rules[id] = id === rule ? (severity ?? undefined) : 'off';
  if (severity === undefined) delete rules[rule];
  return runRules(context(setup), claimsOf(setup.claims ?? []), { rules });
}

/** What a test compares: the flagged text, and the fix's text and replacement when there is one. */
export function flagged(setup: Setup, findings: Finding[]): Array<{ text: string; fix?: string }> {
  return findings.map((f) => {
    const row: { text: string; fix?: string } = { text: setup.text.slice(f.range.start, f.range.end) };
    if (f.fix) row.fix = `${setup.text.slice(f.fix.range.start, f.fix.range.end)} → ${f.fix.replacement}`;
    return row;
  });
}

export interface Case {
  name: string;
  text: string;
  kind?: DocumentKind;
  /** Builds mentions, quotes, claims and entities from the text (so offsets follow any prefix). */
  build: (text: string) => Omit<Setup, 'text' | 'kind'>;
  /** Invalid cases: the flagged text and fix, in text order. */
  expect?: Array<{ text: string; fix?: string }>;
}

function setupOf(c: Case, prefix = ''): Setup {
  const text = prefix + c.text;
  return { text, kind: c.kind, ...c.build(text) };
}

/** A table of valid and invalid cases for one rule, plus its switches: severity, off, comments. */
export function testRule(rule: RuleId, defaultSeverity: string, table: { valid: Case[]; invalid: Case[] }): void {
  describe(rule, () => {
    for (const c of table.valid) {
      it(`accepts: ${c.name}`, () => {
        assert.deepEqual(runOnly(rule, setupOf(c)), []);
      });
    }
    for (const c of table.invalid) {
      it(`flags: ${c.name}`, () => {
        const setup = setupOf(c);
        const findings = runOnly(rule, setup);
        assert.deepEqual(flagged(setup, findings), c.expect);
        for (const f of findings) {
          assert.equal(f.rule, rule);
          assert.equal(f.severity, defaultSeverity);
          assert.ok(f.message.length > 10, 'a message that says what to do');
        }
      });
    }
    const sample = table.invalid.find((c) => (c.kind ?? 'markdown') === 'markdown' && !c.text.includes('\n'));
    if (!sample) return;
    it('takes its severity from options', () => {
      const findings = runOnly(rule, setupOf(sample), 'hint');
      assert.ok(findings.length > 0);
      assert.ok(findings.every((f) => f.severity === 'hint'));
    });
    it('is switched off by option', () => {
      assert.deepEqual(runOnly(rule, setupOf(sample), 'off'), []);
    });
    it('is switched off by a disable comment naming it', () => {
      assert.deepEqual(runOnly(rule, setupOf(sample, `<!-- copydesk-disable ${rule} -->\n\n`)), []);
    });
    it('is switched off by a disable-next-line comment on the line before', () => {
      assert.deepEqual(runOnly(rule, setupOf(sample, `<!-- copydesk-disable-next-line ${rule} -->\n`)), []);
    });
    it('stays on when a comment disables another rule', () => {
      const other = rule === 'hedged-claim' ? 'unbalanced-quote' : 'hedged-claim';
      const setup = setupOf(sample, `<!-- copydesk-disable ${other} -->\n\n`);
      assert.deepEqual(flagged(setup, runOnly(rule, setup)), sample.expect);
    });
    it('ignores disable comments in plain text', () => {
      const setup = { ...setupOf(sample, `<!-- copydesk-disable ${rule} -->\n\n`), kind: 'plaintext' as const };
      assert.equal(runOnly(rule, setup).length, sample.expect!.length);
    });
  });
}
