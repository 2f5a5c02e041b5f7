// Prose and sentences for mention tests, written out by hand so those tests do not depend on the
// markdown scanner or the sentence splitter.
import type { BlockKind, Prose, Range, Sentences } from '../../../src/engine/types';

function rangeOf(text: string, piece: string, from: number): Range {
  const start = text.indexOf(piece, from);
  if (start < 0) throw new Error(`not in the text: ${piece}`);
  return { start, end: start + piece.length };
}

/** A paragraph as a test writes it: with its segments. */
export interface ParagraphEntry {
  range: Range;
  segments: Range[];
  block: BlockKind;
}

/** Prose as the engine keeps it (paragraphs and every paragraph's segments as columns), from paragraphs with their segments. */
export function proseFrom(entries: readonly ParagraphEntry[]): Prose {
  const segments: Range[] = [];
  const firstSegments = new Int32Array(entries.length + 1);
  entries.forEach(({ segments: own }, p) => {
    firstSegments[p] = segments.length;
    segments.push(...own);
  });
  firstSegments[entries.length] = segments.length;
  const paragraphs = {
    length: entries.length,
    starts: Int32Array.from(entries, (e) => e.range.start),
    ends: Int32Array.from(entries, (e) => e.range.end),
    firstSegments,
    blocks: entries.map((e) => e.block),
  };
  return {
    paragraphs,
    segments: { length: segments.length, starts: Int32Array.from(segments, (s) => s.start), ends: Int32Array.from(segments, (s) => s.end) },
    citations: [],
    comments: [],
  };
}

/** The engine's paragraphs as a list, for tests that read them one by one. */
export function paragraphList(prose: Prose): ParagraphEntry[] {
  const { paragraphs } = prose;
  return Array.from({ length: paragraphs.length }, (_, p) => ({
    range: { start: paragraphs.starts[p]!, end: paragraphs.ends[p]! },
    segments: segmentList(prose).slice(paragraphs.firstSegments[p], paragraphs.firstSegments[p + 1]),
    block: paragraphs.blocks[p]!,
  }));
}

/** Paragraphs separated by a blank line, each one segment, minus the `skipped` pieces (inline code, link destinations). */
export function proseOf(text: string, skipped: string[] = []): Prose {
  const paragraphs: ParagraphEntry[] = [];
  let offset = 0;
  for (const part of text.split('\n\n')) {
    const range = { start: offset, end: offset + part.length };
    offset += part.length + 2;
    if (part.trim() === '') continue;
    const holes = skipped
      .map((piece) => text.indexOf(piece, range.start))
      .filter((start) => start >= range.start && start < range.end)
      .map((start, i) => ({ start, end: start + skipped[i]!.length }))
      .sort((a, b) => a.start - b.start);
    const segments: Range[] = [];
    let at = range.start;
    for (const hole of holes) {
      if (hole.start > at) segments.push({ start: at, end: hole.start });
      at = hole.end;
    }
    if (at < range.end) segments.push({ start: at, end: range.end });
    paragraphs.push({ range, segments, block: 'paragraph' });
  }
  return proseFrom(paragraphs);
}

/** One sentence as a test reads it. */
export interface SentenceEntry {
  range: Range;
  paragraph: number;
}

/** Sentences as the engine keeps them (columns), from a list. */
export function asColumns(list: readonly SentenceEntry[]): Sentences {
  return {
    length: list.length,
    starts: Int32Array.from(list, (s) => s.range.start),
    ends: Int32Array.from(list, (s) => s.range.end),
    paragraphs: Int32Array.from(list, (s) => s.paragraph),
  };
}

/** The engine's sentences as a list, for tests that read them one by one. */
export function sentenceList(sentences: Sentences): SentenceEntry[] {
  return Array.from({ length: sentences.length }, (_, i) => ({
    range: { start: sentences.starts[i]!, end: sentences.ends[i]! },
    paragraph: sentences.paragraphs[i]!,
  }));
}

/** Sentences given as the exact pieces of text, in order. */
export function sentencesOf(text: string, prose: Prose, pieces: string[]): Sentences {
  let from = 0;
  return asColumns(pieces.map((piece) => {
    const range = rangeOf(text, piece, from);
    from = range.end;
    const paragraph = paragraphList(prose).findIndex((p) => p.range.start <= range.start && range.start < p.range.end);
    return { range, paragraph };
  }));
}

/** One sentence per paragraph, for tests that do not look at sentence indexes. */
export function sentencePerParagraph(prose: Prose): Sentences {
  return asColumns(paragraphList(prose).map((p, paragraph) => ({ range: p.range, paragraph })));
}

/** The engine's segments as a list of ranges, in order. */
export function segmentList(prose: Prose): Range[] {
  const { starts, ends } = prose.segments;
  return Array.from({ length: prose.segments.length }, (_, s) => ({ start: starts[s]!, end: ends[s]! }));
}
