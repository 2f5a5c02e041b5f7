// What name completion reads of a draft, decided on a keystroke without analysing a long draft whole.
// Pure: no `vscode` import, so plain tests can check it.
import { noMentions } from '../engine/mentions/columns';
import { extractProse } from '../engine/prose';
import type { Analysis, DocumentKind, Mentions } from '../engine/types';
import { isProse } from './lookup';
import { STEPWISE_CHARS } from './pause';

/** The draft as completion finds it: the cache's analyses of it, its current text and length. */
export interface CompletionDraft {
  /** The analysis of exactly this version, when the cache holds it. */
  current: Analysis | undefined;
  /** The last analysis of any version (typing outruns the debounce): a keystroke or two old. */
  latest: Analysis | undefined;
  /** The current text's length. */
  length: number;
  /** Where the line of the word being completed starts. */
  lineStart: number;
  /** The current text, read only when neither analysis can tell (a long draft's copy costs). */
  text(): string;
  kind: DocumentKind;
  /** Analyses the current version at once (and keeps it, as the cache does). */
  analyse(): Analysis;
}

/**
 * The mentions that tell a first reference from a later one at `start`, when a word starting there
 * lies in prose; undefined when it does not (code, front matter, a link destination).
 *
 * The analysis of this version answers both. Failing that, the latest one does when it shows the word
 * in prose (typed on at the end of a line it read as prose). When it cannot tell (a line or paragraph
 * begun since it was made, or no analysis yet), a short draft is analysed at once (a few
 * milliseconds, and the names typed a moment ago count). A long one is not: a whole analysis on a
 * keystroke would hold the extension host for the best part of a second on a draft of megabytes. The
 * prose of its current text alone decides (reading where a draft's prose lies is about a fifteenth of
 * an analysis), and who was named before the word comes from the latest analysis (the writer is
 * typing after those names); with none yet, every name is a first reference until the draft's own
 * analysis lands.
 */
export function completionMentions(draft: CompletionDraft, start: number): Mentions | undefined {
  const { current, latest, length } = draft;
  if (current) return isProse(current, start) ? current.mentions : undefined;
  if (latest && isProse(latest, start, length - latest.length, draft.lineStart)) return latest.mentions;
  if (length < STEPWISE_CHARS) {
    const fresh = draft.analyse();
    return isProse(fresh, start) ? fresh.mentions : undefined;
  }
  const prose = extractProse(draft.text(), draft.kind);
  if (!isProse({ prose }, start)) return undefined;
  return latest ? latest.mentions : noMentions();
}
