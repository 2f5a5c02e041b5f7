// What the benchmark times, bundled by engine.ts as the extension ships it: the engine's steps, and the
// providers' work on a cached analysis (providers.ts).
export { analyze } from '../src/engine/analyze';
export { attributeQuotes } from '../src/engine/attribution';
export { findClaims } from '../src/engine/claims';
export { CueMarks } from '../src/engine/claims/cue-marks';
export { compileEntities } from '../src/engine/entities/compile';
export { parseEntityFile } from '../src/engine/entities/load';
export { findMentions } from '../src/engine/mentions';
export { extractProse } from '../src/engine/prose';
export { findQuotes } from '../src/engine/quotes';
export { QuoteMarks } from '../src/engine/quotes/marks';
export { runRules } from '../src/engine/rules/index';
export { splitSentences } from '../src/engine/sentences';
export { LineIndex } from '../src/engine/text/lines';
export { codeLenses, completionsAt, hoverAt, probePositions } from './providers';
