// JSON output, format version 1 (SPEC §5), field for field.
import { claimList } from '../../engine/claims/columns';
import { mentionList } from '../../engine/mentions/columns';
import { quoteList } from '../../engine/quotes/columns';
import type { Analysis, Speaker } from '../../engine/types';
import type { CheckResult, FileResult } from '../run';
import { SpanMaker } from './spans';

export function formatJson(result: CheckResult): string {
  const output = {
    version: 1,
    entityErrors: result.entityProblems.map((p) => ({
      path: p.path, line: p.line, column: p.column, severity: p.severity, message: p.message,
    })),
    files: result.files.map(fileJson),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function fileJson(file: FileResult) {
  if (!file.analysis || file.text === null) {
    return { path: file.path, error: file.error ?? 'not checked', quotes: [], claims: [], mentions: [], diagnostics: [] };
  }
  return { path: file.path, error: null, ...analysisJson(file.text, file.analysis) };
}

const speakerJson = (s: Speaker | null) => (s ? { name: s.name, entity: s.entity } : null);

export function analysisJson(text: string, analysis: Analysis) {
  const spans = new SpanMaker(text);
  return {
    // Scare quotes, titles and slogans are not quotes anyone speaks: they are left out.
    quotes: quoteList(analysis.quotes)
      .filter((q) => !q.scare)
      .map((q) => ({
        span: spans.span(q.range),
        content: text.slice(q.content.start, q.content.end),
        speaker: speakerJson(q.speaker),
        source: spans.optional(q.source),
        cue: spans.optional(q.cue),
        method: q.method,
      })),
    claims: claimList(analysis.claims).map((c) => ({
      span: spans.span(c.range),
      content: spans.optional(c.content),
      status: c.status,
      hedged: c.hedged,
      speaker: speakerJson(c.speaker),
      source: spans.optional(c.source),
      cue: spans.optional(c.cue),
      method: c.method,
    })),
    mentions: mentionList(analysis.mentions).map((m) => ({
      span: spans.span(m.range),
      entity: m.entity,
      name: m.name,
      possessive: m.possessive,
      kind: m.kind,
    })),
    diagnostics: analysis.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      span: spans.span(d.range),
      fix: d.fix ? { span: spans.span(d.fix.range), replacement: d.fix.replacement } : null,
    })),
  };
}
