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
import { QuoteMarks } from './quotes/marks';
import { runRules } from './rules/index';
import { emptySentences, splitSentences } from './sentences';
import type { Analysis, AnalyzeOptions, DocumentKind } from './types';

export function analyze(text: string, kind: DocumentKind, index: EntityIndex, options: AnalyzeOptions = {}): Analysis {
  const prose = extractProse(text, kind);
  const sentences = splitSentences(text, prose);
  // The mention pass reads every prose character: it records for claims and quotes what they look for.
  const cueMarks = new CueMarks();
  const quoteMarks = new QuoteMarks();
  const mentions = findMentions(text, prose, sentences, index, cueMarks, quoteMarks);
  const quotes = findQuotes(text, prose, quoteMarks);
  const ctx: AnalysisContext = { text, kind, index, prose, sentences, mentions, quotes, cueMarks };
  attributeQuotes(ctx);
  const claims = findClaims(ctx);
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
    quotes: [],
    claims: noClaims(),
    diagnostics: [],
  };
}
