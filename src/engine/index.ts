// The engine's public surface, for the CLI, the extension and tests.
export * from './types';
export { analyze } from './analyze';
export { compileEntities, type EntityIndex } from './entities/compile';
