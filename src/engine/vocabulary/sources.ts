// Words that name sources without naming a person: pronouns, unnamed sources ("a White House
// official", "people familiar with the matter") and the determiners that open such phrases.

export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they'> = new Map([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['i', 'they'],
  ['we', 'they'],
]);

/** Head nouns of unnamed sources. */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'person', 'people', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
  'diplomat', 'diplomats', 'insider', 'insiders', 'staffer', 'staffers', 'lawmaker', 'lawmakers',
  'member', 'members', 'employee', 'employees', 'executive', 'executives', 'operative', 'operatives',
  'strategist', 'strategists', 'confidant', 'confidants', 'associate', 'associates', 'ally', 'allies',
  'representative', 'representatives', 'officer', 'officers', 'investigator', 'investigators',
  'witness', 'witnesses', 'resident', 'residents', 'individual', 'individuals', 'observer', 'observers',
  'mp', 'mps',
]);

/** Words that show an unnamed source is kept unnamed on purpose. */
export const ANONYMITY_MARKERS: ReadonlySet<string> = new Set([
  'familiar', 'close', 'anonymity', 'authorized', 'authorised', 'unnamed', 'anonymous', 'briefed',
  'knowledgeable', 'speaking',
]);

/** Determiners and numbers that open a noun phrase ("a", "another", "two senior"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many',
  'multiple', 'other', 'few', 'both', 'all', 'most', 'this', 'that', 'these', 'those', 'his', 'her',
  'their', 'its', 'our', 'no',
]);

/** Prepositions that end a source read after its verb ("said Smith on Monday", "said Smith in Kyiv"). */
export const AFTER_SOURCE_BREAKS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'that', 'to', 'from', 'about',
  'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'and', 'but', 'because', 'since', 'via',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'through', 'into',
  'for', 'of',
]);

/** Honorifics written without a full stop in British and Commonwealth style ("Mr Smith", "Dr Rahman"): not part of a name. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'messrs']);
