// The whole analysis: text + kind + compiled entities + options → plain data.
import { attributeQuotes } from './attribution';
import { findClaims } from './claims';
import { noClaims } from './claims/columns';
import { CueMarks } from './claims/cue-marks';
import type { AnalysisContext } from './context';
import type { EntityIndex } from './entities/compile';
import { findMentions } from './mentions';
import { noMentions } from './mentions/columns';
import { emptyProse, extractProse } from './prose';
import { findQuotes } from './quotes';
import { noQuotes } from './quotes/columns';
import { QuoteMarks } from './quotes/marks';
import { runRules } from './rules/index';
import { emptySentences, splitSentences } from './sentences';
import type { Analysis, AnalyzeOptions, DocumentKind } from './types';

export function analyze(text: string, kind: DocumentKind, index: EntityIndex, options: AnalyzeOptions = {}): Analysis {
  const steps = analysisSteps(text, kind, index, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis a step at a time: it pauses after each step (prose, sentences, mentions, quotes,
 * attribution, claims) and returns the analysis after the rules. For a caller that must not hold its
 * thread for a whole long draft at once (the extension host between keystrokes); `analyze` runs it
 * through.
 */
export function* analysisSteps(text: string, kind: DocumentKind, index: EntityIndex, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const prose = extractProse(text, kind);
  yield;
  const sentences = splitSentences(text, prose);
  yield;
  // The mention pass reads every prose character: it records for claims and quotes what they look for.
  const cueMarks = new CueMarks();
  const quoteMarks = new QuoteMarks();
  const mentions = findMentions(text, prose, sentences, index, cueMarks, quoteMarks);
  yield;
  const quotes = findQuotes(text, prose, quoteMarks);
  yield;
  const ctx: AnalysisContext = { text, kind, index, prose, sentences, mentions, quotes, cueMarks };
  attributeQuotes(ctx);
  yield;
  const claims = findClaims(ctx);
  yield;
  const diagnostics = runRules(ctx, claims, options);
  return { kind, length: text.length, prose, sentences, mentions, quotes, claims, diagnostics };
}

/** An analysis that found nothing: what a surface shows when it has nothing better. */
export function emptyAnalysis(kind: DocumentKind, length: number): Analysis {
  return {
    kind,
    length,
    prose: emptyProse(),
    sentences: emptySentences(),
    mentions: noMentions(),
    quotes: noQuotes(),
    claims: noClaims(),
    diagnostics: [],
  };
}
