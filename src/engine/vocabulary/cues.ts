// Attribution cues: the words that tie what was said to who said it ("said", "told reporters",
// "according to", "wrote on X"). Word lists a news editor would recognise; all lower-case.

/** Verbs of saying in the forms news copy uses them next to a source ("Umerov said", "says Smith"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes',
  'posted', 'posts', 'stated', 'states', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues',
  'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'recalled', 'recalls', 'continued',
  'continues', 'acknowledged', 'acknowledges', 'announced', 'announces', 'declared', 'declares',
  'replied', 'replies', 'responded', 'responds', 'tweeted', 'tweets', 'shouted', 'yelled', 'screamed',
  'admitted', 'admits', 'conceded', 'concedes', 'complained', 'complains', 'cautioned', 'cautions',
  'observed', 'observes', 'remarked', 'remarks', 'emphasized', 'emphasised', 'emphasizes', 'stressed',
  'stresses', 'suggested', 'suggests', 'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows',
  'pledged', 'pledges', 'boasted', 'boasts', 'joked', 'jokes', 'quipped', 'quips', 'testified',
  'countered', 'counters', 'concluded', 'concludes', 'reported', 'reports', 'confirmed', 'confirms',
  'denied', 'denies', 'maintained', 'maintains', 'contended', 'contends', 'charged', 'alleged',
  'alleges', 'wondered', 'wonders', 'urged', 'urges', 'mused', 'agreed', 'agrees', 'answered',
  'answers', 'began', 'chanted', 'cried', 'demanded', 'demands', 'disclosed', 'explained',
  'muttered', 'protested', 'reiterated', 'reiterates', 'repeated', 'repeats', 'revealed', 'reveals',
  'scoffed', 'sighed', 'snapped', 'whispered', 'blasted', 'retorted', 'interjected', 'summed',
  'exclaimed', 'hinted', 'lamented', 'laments', 'conceded', 'opined', 'advised', 'informed', 'assured',
  'assures', 'reminded', 'reminds', 'reads', 'sings', 'sang', 'shared', 'asserted',
  'asserts', 'exhorted', 'implored', 'ruled', 'rules', 'pleaded', 'begged', 'recounted', 'recounts',
  'commented', 'comments', 'proclaimed', 'scolded', 'marveled', 'thundered', 'fumed', 'wrote',
  // written and private channels, and the feature writer's verbs ("…," she laughed)
  'texted', 'emailed', 'e-mailed', 'messaged', 'confided', 'confides', 'confessed', 'confesses',
  'reckoned', 'reckons', 'elaborated', 'clarified', 'testifies', 'laughed', 'laughs', 'grumbled',
  'gushed', 'enthused', 'ventured', 'marvelled', 'marvels', 'sobbed', 'teased', 'griped',
]);

/** Verbs of saying that take a particle ("…," Tate shot back; "…," she went on). */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'], ['fired', 'back'], ['hit', 'back'], ['snapped', 'back'], ['wrote', 'back'],
  ['went', 'on'], ['goes', 'on'], ['chimed', 'in'], ['chimes', 'in'], ['pointed', 'out'], ['points', 'out'],
  ['piped', 'up'], ['spoke', 'up'], ['summed', 'up'], ['sums', 'up'], ['cut', 'in'], ['broke', 'in'],
]);

/** Participles that hang a statement on the sentence's subject ("…, saying the onus was on Kyiv"). */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'noting', 'telling', 'writing', 'arguing', 'warning', 'insisting', 'claiming',
  'explaining', 'declaring', 'stating', 'asking', 'calling', 'describing', 'tweeting', 'posting',
  'acknowledging', 'announcing', 'stressing', 'emphasizing', 'suggesting', 'predicting', 'promising',
  'vowing', 'pledging', 'boasting', 'joking', 'recalling', 'charging', 'alleging', 'contending',
  'urging', 'admitting', 'conceding', 'complaining', 'cautioning', 'labeling', 'labelling', 'dubbing',
  'branding', 'denouncing', 'accusing', 'blasting', 'lamenting', 'insisting', 'maintaining',
]);

/** Verbs that introduce a quoted phrase rather than a statement ("called it "a disaster""). */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called', 'calls', 'call', 'described', 'describes', 'labeled', 'labelled', 'labels', 'dubbed', 'dubs',
  'branded', 'brands', 'termed', 'terms', 'deemed', 'deems', 'denounced', 'denounces', 'decried',
  'decries', 'praised', 'praises', 'condemned', 'condemns', 'accused', 'accuses', 'criticized',
  'criticised', 'criticizes', 'hailed', 'hails', 'slammed', 'slams', 'mocked', 'mocks',
  'characterized', 'characterizes', 'referred', 'refers', 'likened', 'likens', 'compared', 'compares',
  'pronounced', 'touted', 'touts', 'dismissed', 'dismisses', 'rated', 'rates', 'nicknamed', 'cited',
  'attacked', 'attacks', 'lauded', 'lauds', 'ridiculed', 'derided', 'assailed', 'lambasted', 'hailed',
]);

/** Nouns for what someone said, after a possessive name ("Trump's claim that …"). */
export const STATEMENT_CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'statements', 'assertion', 'remark', 'remarks', 'comment', 'comments',
  'argument', 'words', 'promise', 'pledge', 'warning', 'charge', 'accusation', 'allegation', 'tweet',
  'tweets', 'suggestion', 'insistence', 'contention', 'description', 'references', 'characterization',
  'boast', 'vow', 'message', 'response', 'answer', 'reply', 'explanation', 'admission', 'prediction',
]);

/** Where a written statement appeared: "wrote on X", "posted on Telegram", "said in a statement". */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'x', 'twitter', 'facebook', 'telegram', 'instagram', 'threads', 'bluesky', 'truth', 'tiktok',
  'youtube', 'linkedin', 'reddit', 'weibo', 'his', 'her', 'their', 'its', 'social',
]);

/** Nouns after "in a/an": "said in a statement", "told CNN in an interview". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'interview', 'speech', 'post', 'tweet', 'email', 'e-mail', 'letter', 'release',
  'briefing', 'memo', 'op-ed', 'essay', 'video', 'message', 'podcast', 'broadcast', 'address',
  'conference', 'call', 'text', 'note', 'filing', 'testimony', 'report', 'blog', 'column',
]);

/** Adverbs and auxiliaries that can stand between a source and its verb ("Umerov also said"). */
export const BETWEEN_SOURCE_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'later', 'then', 'previously', 'once',
  'again', 'recently', 'repeatedly', 'simply', 'publicly', 'privately', 'flatly', 'just', 'would',
  'will', 'could', 'might', 'may', 'did', 'does', 'do', 'not', 'never', 'often', 'frequently',
  'earlier', 'first', 'further', 'still', 'even', 'only', 'already', 'now', 'last', 'long', 'has',
  'had', 'reportedly', 'allegedly', 'apparently', 'separately', 'subsequently', 'initially',
  'famously', 'always', 'herself', 'himself', 'themselves',
]);

/** Lower-case words that end a subject when reading back from a verb. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'that', 'because', 'while', 'when', 'as', 'if', 'although', 'though', 'since', 'but', 'or', 'so',
  'where', 'which', 'whom', 'whose', 'after', 'before', 'until', 'unless', 'whether', 'than', 'what',
  'how', 'why', 'and', 'then', 'yet', 'who', 'it', 'there', 'this', 'is', 'was', 'are', 'were', 'be',
]);
