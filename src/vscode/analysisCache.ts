// One analysis per open draft and version. Edits are analysed after a pause (debounced per document);
// a newer edit cancels the pending run, and a result for an older version is never stored. A long
// draft is analysed a step at a time when nothing waits on the result (an edit, opening, saving, a
// refresh), the extension host free between steps, and an edit that comes in meanwhile abandons the
// run at its next step.
// Hovers, lenses and completions only read from here: `get` never analyses.
import * as vscode from 'vscode';
import { analysisSteps, emptyAnalysis } from '../engine/analyze';
import type { EntityIndex } from '../engine/entities/compile';
import type { Analysis, AnalyzeOptions, DocumentKind } from '../engine/types';
import type { EntityStore } from './entityStore';
import { pauseBeforeAnalysis, STEPWISE_CHARS } from './pause';

export type AnalysisReason = 'open' | 'edit' | 'save' | 'refresh' | 'command';

export interface AnalysisEvent {
  document: vscode.TextDocument;
  analysis: Analysis;
  reason: AnalysisReason;
}

interface Entry {
  version: number;
  index: EntityIndex;
  analysis: Analysis;
  /** The analysed text, so providers can slice it without copying the document again. */
  text: string;
}

/** An analysis with the exact text and entity list it was made from. */
export interface AnalysisSnapshot {
  analysis: Analysis;
  text: string;
  index: EntityIndex;
}

export const DEFAULT_DEBOUNCE_MS = 250;

/** Drafts Copydesk analyses: markdown documents (of any scheme, so untitled and virtual ones too). */
export function isDraft(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

export function documentKind(document: vscode.TextDocument): DocumentKind {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped by every request per document, so a pending run that is no longer the latest does nothing. */
  private readonly generations = new Map<string, number>();
  /** How long each document's last analysis took, in milliseconds: a slow draft waits longer (pause.ts). */
  private readonly durations = new Map<string, number>();
  private readonly analyzed = new vscode.EventEmitter<AnalysisEvent>();
  /** Set once disposed: a stepwise run still under way stops at its next step. */
  private disposed = false;
  readonly onDidAnalyze = this.analyzed.event;

  constructor(
    private readonly store: EntityStore,
    private readonly optionsFor: (uri: vscode.Uri) => AnalyzeOptions,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** The analysis of exactly this version of the document, if it has been made. Never analyses. */
  get(document: vscode.TextDocument): Analysis | undefined {
    return this.snapshot(document)?.analysis;
  }

  /** Like `get`, with the analysed text (getting a large document's text anew costs a copy). */
  snapshot(document: vscode.TextDocument): AnalysisSnapshot | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version && entry.index === this.store.index ? entry : undefined;
  }

  /**
   * The most recent analysis of the document, of whatever version. Typing outruns the debounce, so a
   * provider that runs on every keystroke (completion) reads this rather than analysing anew: the
   * text before the cursor, which is what it needs, rarely changed since.
   */
  latest(document: vscode.TextDocument): AnalysisSnapshot | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.index === this.store.index ? entry : undefined;
  }

  /** Analyses the current version at once (cancelling any pending run) and returns it. */
  analyzeNow(document: vscode.TextDocument, reason: AnalysisReason = 'command'): Analysis {
    const key = document.uri.toString();
    this.cancel(key);
    this.bump(key);
    return this.run(document, reason);
  }

  /**
   * Starts analysing the current version without a pause (cancelling any pending run), for callers
   * that wait on no result (a draft opened or saved, a refresh): like a scheduled run, a long draft is
   * analysed a step a turn.
   */
  analyzeSoon(document: vscode.TextDocument, reason: AnalysisReason): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.start(document, reason, this.bump(key));
  }

  /** Analyses after a pause (longer for a draft slow to analyse); each call restarts it for that document. */
  schedule(document: vscode.TextDocument, reason: AnalysisReason = 'edit'): void {
    const key = document.uri.toString();
    this.cancel(key);
    const generation = this.bump(key);
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // Dropped when a newer request came in, the version moved on, or the document was closed.
        if (this.generations.get(key) !== generation || document.isClosed || document.version !== version) return;
        this.start(document, reason, generation);
      }, pauseBeforeAnalysis(this.debounceMs, this.durations.get(key))),
    );
  }

  /** Re-analyses every open draft without a pause (entity list or settings changed). */
  refreshAll(): void {
    this.entries.clear();
    // Before the entity lists first load there is nothing to refresh: that load refreshes everything.
    if (!this.store.isLoaded) return;
    for (const document of vscode.workspace.textDocuments) {
      if (isDraft(document) && !document.isClosed) this.analyzeSoon(document, 'refresh');
    }
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    this.entries.delete(key);
    this.generations.delete(key);
    this.durations.delete(key);
  }

  private run(document: vscode.TextDocument, reason: AnalysisReason, text = document.getText()): Analysis {
    const index = this.store.index;
    const started = performance.now();
    const analysis = safeAnalyze(text, documentKind(document), index, this.optionsFor(document.uri));
    this.keep(document, reason, index, text, analysis, performance.now() - started);
    return analysis;
  }

  /** A run nothing waits on: in one go for most drafts, a step a turn of the event loop for a long one. */
  private start(document: vscode.TextDocument, reason: AnalysisReason, generation: number): void {
    const text = document.getText();
    if (text.length < STEPWISE_CHARS) {
      this.run(document, reason, text);
      return;
    }
    const key = document.uri.toString();
    const index = this.store.index;
    const version = document.version;
    const kind = documentKind(document);
    const steps = analysisSteps(text, kind, index, this.optionsFor(document.uri));
    let spent = 0;
    const step = (): void => {
      // A newer request, an edit, a closed draft or a reloaded entity list leaves this run behind.
      if (this.disposed || this.generations.get(key) !== generation || document.isClosed || document.version !== version || this.store.index !== index) return;
      const started = performance.now();
      const next = safeStep(steps, kind, text.length);
      spent += performance.now() - started;
      if (next.done) this.keep(document, reason, index, text, next.value, spent);
      else setImmediate(step);
    };
    step();
  }

  /** Keeps a finished analysis and tells the surfaces; `ms` is the time its steps took. */
  private keep(document: vscode.TextDocument, reason: AnalysisReason, index: EntityIndex, text: string, analysis: Analysis, ms: number): void {
    this.durations.set(document.uri.toString(), ms);
    this.entries.set(document.uri.toString(), { version: document.version, index, analysis, text });
    this.analyzed.fire({ document, analysis, reason });
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.entries.clear();
    this.durations.clear();
    this.analyzed.dispose();
  }
}

/**
 * One step of a run. The engine promises never to throw; should a step ever, the run ends with nothing
 * found, and the draft shows nothing rather than breaking the editor.
 */
function safeStep(steps: Generator<void, Analysis, void>, kind: DocumentKind, length: number): IteratorResult<void, Analysis> {
  try {
    return steps.next();
  } catch (error) {
    console.error('copydesk: analysis failed', error);
    return { done: true, value: emptyAnalysis(kind, length) };
  }
}

/** A whole run in one go, each step guarded as a stepwise run's is. */
function safeAnalyze(text: string, kind: DocumentKind, index: EntityIndex, options: AnalyzeOptions): Analysis {
  const steps = analysisSteps(text, kind, index, options);
  for (;;) {
    const next = safeStep(steps, kind, text.length);
    if (next.done) return next.value;
  }
}
