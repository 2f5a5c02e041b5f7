// Limits on entity files. Entity files are untrusted input (a workspace may hold anyone's list), so
// nothing in one may make loading slow, deep or large. Real lists are far inside every limit.

/** Largest entity file read, in UTF-16 code units of its text (2 MiB); a larger file loads nothing. */
export const MAX_FILE_LENGTH = 2 * 1024 * 1024;

/**
 * Deepest nesting of collections (lists and mappings inside each other). A list needs 6 levels;
 * a deeper file loads nothing, so no YAML parser ever recurses into it.
 */
export const MAX_DEPTH = 64;

/** Most alias uses (`*name`) read from one file. */
export const MAX_ALIAS_COUNT = 100;

/** Most YAML nodes read through aliases in one file, so no "billion laughs" can expand. */
export const MAX_ALIAS_EXPANSION = 10_000;

/** Most problems listed for one file; a note stands for the rest. */
export const MAX_PROBLEMS = 1000;

/** Deepest indentation of a block line, in columns (compact `- - -` counting as indentation). */
export const MAX_INDENT = 4 * MAX_DEPTH;
