// The vocabulary attribution asks tokens about, as token sets (see token-map.ts): the same words as the
// lists in vocabulary/, looked up by a token's shape and text in place rather than by its lower-case
// string. Named in the singular: CLAUSE_BREAK.has(t) asks whether t is a clause break.
import { BETWEEN_SOURCE_AND_VERB, CLAUSE_BREAKS, NAMING_VERBS, SPEECH_VERBS, STATEMENT_NOUNS } from '../vocabulary/cues';
import { AFTER_SOURCE_BREAKS, ANONYMITY_MARKERS, ANONYMOUS_NOUNS, DETERMINERS, HONORIFICS, PERSONAL_PRONOUNS } from '../vocabulary/sources';
import { NAME_PARTICLES, NOT_PERSON_WORDS, NOT_TITLE_WORDS, ROLE_WORDS } from '../vocabulary/titles';
import { TokenMap, TokenSet } from './token-map';

export const CLAUSE_BREAK = new TokenSet(CLAUSE_BREAKS);
export const SPEECH_VERB = new TokenSet(SPEECH_VERBS);
export const NAMING_VERB = new TokenSet(NAMING_VERBS);
export const STATEMENT_NOUN = new TokenSet(STATEMENT_NOUNS);
export const BETWEEN_SOURCE_AND_VERB_WORD = new TokenSet(BETWEEN_SOURCE_AND_VERB);
export const AFTER_SOURCE_BREAK = new TokenSet(AFTER_SOURCE_BREAKS);
export const ANONYMITY_MARKER = new TokenSet(ANONYMITY_MARKERS);
export const ANONYMOUS_NOUN = new TokenSet(ANONYMOUS_NOUNS);
export const DETERMINER = new TokenSet(DETERMINERS);
export const HONORIFIC = new TokenSet(HONORIFICS);
export const PERSONAL_PRONOUN = new TokenMap(PERSONAL_PRONOUNS);
export const NAME_PARTICLE = new TokenSet(NAME_PARTICLES);
export const NOT_PERSON_WORD = new TokenSet(NOT_PERSON_WORDS);
export const NOT_TITLE_WORD = new TokenSet(NOT_TITLE_WORDS);
export const ROLE_WORD = new TokenSet(ROLE_WORDS);
