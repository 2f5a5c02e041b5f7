// The words a news story uses to introduce a person by office or role ("Kremlin aide Yuri Ushakov",
// "Foreign Minister Andrii Sybiha", "Sen. Elizabeth Warren", "campaign manager Robby Mook").
// Shared by mention finding and attribution. All entries are lower-case.

/** Head words of a title or role: the word right before the name (or before "of …"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  // government and politics
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'undersecretary',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'lawmaker', 'legislator',
  'mp', 'governor', 'gov.', 'mayor', 'councillor', 'councilman', 'councilwoman', 'commissioner',
  'speaker', 'king', 'queen', 'prince', 'princess', 'pope', 'ayatollah', 'sheikh', 'emir', 'sultan',
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'envoy', 'ambassador',
  'diplomat', 'negotiator', 'official', 'leader', 'candidate', 'nominee', 'challenger', 'incumbent',
  'deputy', 'chief', 'head', 'strategist', 'pollster', 'activist', 'campaigner', 'organizer', 'organiser',
  // business and institutions
  'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'executive', 'officer', 'director',
  'president-elect', 'founder', 'co-founder', 'manager', 'partner', 'owner', 'investor', 'banker',
  'economist', 'analyst', 'professor', 'prof.', 'researcher', 'scientist', 'historian', 'expert',
  'lawyer', 'attorney', 'prosecutor', 'judge', 'justice', 'counsel', 'editor', 'correspondent',
  'reporter', 'columnist', 'commentator', 'coach', 'captain', 'capt.', 'doctor', 'dr.',
  // military and police
  'general', 'gen.', 'lieutenant', 'lt.', 'colonel', 'col.', 'major', 'maj.', 'sergeant', 'sgt.',
  'admiral', 'adm.', 'commander', 'cmdr.', 'marshal', 'sheriff', 'superintendent', 'inspector',
]);

/** Lower-case words that may stand before a role word inside a title ("foreign minister", "press secretary"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'acting', 'interim', 'deputy', 'vice', 'prime', 'first', 'senior', 'junior', 'top', 'chief',
  'special', 'presidential', 'foreign', 'defense', 'defence', 'finance', 'interior', 'economy', 'economic',
  'trade', 'energy', 'health', 'justice', 'education', 'security', 'national', 'state', 'federal',
  'press', 'campaign', 'policy', 'political', 'military', 'foreign-policy', 'communications', 'legal',
  'managing', 'executive', 'general', 'assistant', 'associate', 'principal', 'lead', 'opposition',
  'party', 'majority', 'minority', 'house', 'senate', 'white', 'supreme', 'high', 'regional', 'local',
  'district', 'county', 'city', 'army', 'navy', 'police', 'fire', 'intelligence', 'government', 'union',
  'company', 'bank', 'central', 'investment', 'market', 'research', 'polling', 'peace',
]);

/**
 * What may follow "of" in a title before the name ("Secretary of State Marco Rubio", "Chief of Staff
 * Susie Wiles", "Minister of Foreign Affairs …"), as token sequences.
 */
export const OF_COMPLEMENTS: readonly string[][] = [
  ['State'], ['Defense'], ['Defence'], ['Staff'], ['Foreign', 'Affairs'], ['Homeland', 'Security'],
  ['Treasury'], ['the', 'Treasury'], ['the', 'Exchequer'], ['Justice'], ['Commerce'], ['Energy'],
  ['Finance'], ['the', 'Interior'], ['Interior'], ['Health'], ['Education'], ['Labor'], ['Labour'],
  ['Agriculture'], ['Transportation'], ['Transport'], ['War'], ['Economy'], ['Trade'], ['Veterans', 'Affairs'],
  ['the', 'Army'], ['the', 'Navy'], ['the', 'Air', 'Force'], ['Police'], ['Foreign', 'Intelligence'],
];

/** Capitalised words that open sentences or clauses and are never part of a title. */
export const NOT_TITLE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'so', 'as', 'at', 'in', 'on', 'of', 'by', 'for', 'to', 'from',
  'with', 'after', 'before', 'when', 'while', 'if', 'then', 'also', 'meanwhile', 'however', 'later',
  'earlier', 'yesterday', 'today', 'tomorrow', 'now', 'this', 'that', 'these', 'those', 'its', 'his',
  'her', 'their', 'our', 'my', 'your', 'separately', 'still', 'yet', 'since', 'until', 'during', 'says',
  'said', 'according', 'asked', 'told', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'against', 'about',
  'over', 'under', 'into', 'not', 'no', 'all', 'some', 'why', 'how', 'what', 'who', 'where',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
]);

/** Capitalised words that show a sequence is a date, an institution or a place rather than a person. */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'agency', 'news', 'ministry', 'party', 'council', 'committee', 'department', 'university', 'college',
  'school', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'bank', 'group', 'times',
  'post', 'journal', 'street', 'office', 'house', 'senate', 'congress', 'parliament', 'government',
  'administration', 'union', 'organization', 'organisation', 'association', 'institute', 'foundation',
  'fund', 'commission', 'court', 'army', 'navy', 'force', 'forces', 'republic', 'kingdom', 'states',
  'nations', 'federation', 'press', 'media', 'network', 'service', 'services', 'center', 'centre',
  'club', 'league', 'board', 'authority', 'police', 'airlines', 'airways', 'reuters', 'television',
  'radio', 'agreement', 'treaty', 'plan', 'act', 'bill', 'summit', 'talks', 'war', 'day', 'week',
  'year', 'city', 'county', 'province', 'region', 'island', 'islands', 'sea', 'river', 'ocean',
]);

/** Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn',
  'al', 'el', 'la', 'le', 'y',
]);
