// unattributed-claim, hedged-claim.
import { at, claim, testRule } from './helper';

testRule('unattributed-claim', 'information', {
  valid: [
    {
      name: 'an attributed claim',
      text: 'Ukraine and the United States agreed on several documents, Zelenskiy said.',
      build: (t) => ({ claims: [claim(t, 'Ukraine and the United States agreed on several documents, Zelenskiy said.', { status: 'attributed', method: 'named', source: at(t, 'Zelenskiy') })] }),
    },
    {
      name: 'a verified claim',
      text: 'The talks began on Friday. <!-- verified: wire photo -->',
      build: (t) => ({ claims: [claim(t, 'The talks began on Friday.', { status: 'verified' })] }),
    },
  ],
  invalid: [
    {
      name: 'a claim with no source',
      text: 'Putin offered no compromise on Friday.',
      build: (t) => ({ claims: [claim(t, 'Putin offered no compromise on Friday.')] }),
      expect: [{ text: 'Putin offered no compromise on Friday.' }],
    },
    {
      name: 'plain text, only the unsourced one of two',
      kind: 'plaintext',
      text: 'Talks start Friday, Umerov said. The war is nearly four years old.',
      build: (t) => ({
        claims: [
          claim(t, 'Talks start Friday, Umerov said.', { status: 'attributed', method: 'named' }),
          claim(t, 'The war is nearly four years old.'),
        ],
      }),
      expect: [{ text: 'The war is nearly four years old.' }],
    },
  ],
});

testRule('hedged-claim', 'warning', {
  valid: [
    {
      name: 'a plain claim',
      text: 'Kushner held talks in Berlin.',
      build: (t) => ({ claims: [claim(t, 'Kushner held talks in Berlin.')] }),
    },
  ],
  invalid: [
    {
      name: 'a claim with "reportedly"',
      text: 'Kushner reportedly held talks in Berlin.',
      build: (t) => ({ claims: [claim(t, 'Kushner reportedly held talks in Berlin.', { hedged: true, hedge: at(t, 'reportedly') })] }),
      expect: [{ text: 'reportedly' }],
    },
    {
      name: 'a hedged claim whose hedge span is unknown flags the sentence',
      text: 'It is understood the plan has 20 points.',
      build: (t) => ({ claims: [claim(t, 'It is understood the plan has 20 points.', { hedged: true })] }),
      expect: [{ text: 'It is understood the plan has 20 points.' }],
    },
  ],
});
