// unattributed-quote, anonymous-source (quotes), unbalanced-quote, unknown-speaker.
import { at, claim, person, quote, testRule } from './helper';

const umerov = person('rustem-umerov', 'Rustem Umerov', { role: 'official' });

testRule('unattributed-quote', 'warning', {
  valid: [
    {
      name: 'a quote with a named speaker',
      text: '"We are constructively minded," Umerov said.',
      build: (t) => ({ quotes: [quote(t, '"We are constructively minded,"', { method: 'named', speaker: { name: 'Rustem Umerov', entity: umerov.id }, source: at(t, 'Umerov'), cue: at(t, 'said') })] }),
    },
    {
      name: 'a scare quote nobody speaks',
      text: 'The so-called "peace framework" was on the table.',
      build: (t) => ({ quotes: [quote(t, '"peace framework"', { scare: true })] }),
    },
    {
      name: 'a continuation paragraph',
      text: '"We hope it is," he said.\n\n"It can get done this month."',
      build: (t) => ({ quotes: [quote(t, '"It can get done this month."', { method: 'continuation', speaker: { name: 'Marco Rubio', entity: null } })] }),
    },
    {
      name: 'an anonymous quote (anonymous-source reports it)',
      text: '"It will happen," a White House official said.',
      build: (t) => ({ quotes: [quote(t, '"It will happen,"', { method: 'anonymous', source: at(t, 'a White House official') })] }),
    },
  ],
  invalid: [
    {
      name: 'a quote with no speaker',
      text: 'Talks went on. "We cannot force a deal."',
      build: (t) => ({ quotes: [quote(t, '"We cannot force a deal."')] }),
      expect: [{ text: '"We cannot force a deal."' }],
    },
    {
      name: 'two unattributed quotes in text order, curly marks',
      text: '“First.” Then “second.”',
      build: (t) => ({ quotes: [quote(t, '“second.”'), quote(t, '“First.”')] }),
      expect: [{ text: '“First.”' }, { text: '“second.”' }],
    },
  ],
});

testRule('anonymous-source', 'warning', {
  valid: [
    {
      name: 'a named source',
      text: 'Witkoff will meet the delegation, Rubio said.',
      build: (t) => ({ claims: [claim(t, 'Witkoff will meet the delegation, Rubio said.', { status: 'attributed', method: 'named', source: at(t, 'Rubio') })] }),
    },
    {
      name: 'a claim from an unnamed source that the desk marked verified',
      text: 'Talks resume Friday, an official said. <!-- verified: schedule -->',
      build: (t) => ({ claims: [claim(t, 'Talks resume Friday, an official said.', { status: 'verified', method: 'anonymous', source: at(t, 'an official') })] }),
    },
    {
      name: 'an anonymous scare quote is not a quote',
      text: 'What one official called "progress" was slow.',
      build: (t) => ({ quotes: [quote(t, '"progress"', { scare: true, method: 'anonymous' })] }),
    },
  ],
  invalid: [
    {
      name: 'a claim from an unnamed official',
      text: 'Witkoff and Kushner plan to meet in Miami, a White House official said.',
      build: (t) => ({ claims: [claim(t, 'Witkoff and Kushner plan to meet in Miami, a White House official said.', { status: 'anonymous', method: 'anonymous', source: at(t, 'a White House official'), cue: at(t, 'said') })] }),
      expect: [{ text: 'a White House official' }],
    },
    {
      name: 'a quote from people familiar with the talks, and one with no source span',
      text: '"No deal yet," said people familiar with the talks. "Soon."',
      build: (t) => ({
        quotes: [
          quote(t, '"No deal yet,"', { method: 'anonymous', source: at(t, 'people familiar with the talks') }),
          quote(t, '"Soon."', { method: 'anonymous' }),
        ],
      }),
      expect: [{ text: 'people familiar with the talks' }, { text: '"Soon."' }],
    },
  ],
});

testRule('unknown-speaker', 'information', {
  valid: [
    {
      name: 'a listed speaker',
      text: '"We are ready," Umerov said.',
      build: (t) => ({ entities: [umerov], quotes: [quote(t, '"We are ready,"', { method: 'named', speaker: { name: 'Rustem Umerov', entity: umerov.id }, source: at(t, 'Umerov') })] }),
    },
    {
      name: 'an unlisted organization speaking through a descriptor is not a named person',
      text: '"No comment," a spokesman said.',
      build: (t) => ({ quotes: [quote(t, '"No comment,"', { method: 'descriptor', speaker: { name: 'a spokesman', entity: null }, source: at(t, 'a spokesman') })] }),
    },
  ],
  invalid: [
    {
      name: 'an unlisted aide quoted, then making a claim from the same mention',
      text: '"We talked," said Kremlin aide Yuri Ushakov, adding that talks would go on.',
      build: (t) => {
        const who = { speaker: { name: 'Yuri Ushakov', entity: null }, source: at(t, 'Yuri Ushakov'), method: 'named' as const };
        return {
          quotes: [quote(t, '"We talked,"', who)],
          claims: [claim(t, '"We talked," said Kremlin aide Yuri Ushakov, adding that talks would go on.', { ...who, status: 'attributed' })],
        };
      },
      expect: [{ text: 'Yuri Ushakov' }],
    },
    {
      name: 'once per person, however the name is written; another person is reported too',
      text: '"We talked," said Yuri Ushakov. "Yes," Ushakov said. "No," said Anna Smith.',
      build: (t) => ({
        quotes: [
          quote(t, '"We talked,"', { method: 'named', speaker: { name: 'Yuri Ushakov', entity: null }, source: at(t, 'Yuri Ushakov') }),
          quote(t, '"Yes,"', { method: 'named', speaker: { name: 'Ushakov', entity: null }, source: at(t, 'Ushakov', 2) }),
          quote(t, '"No,"', { method: 'named', speaker: { name: 'Anna Smith', entity: null }, source: at(t, 'Anna Smith') }),
        ],
      }),
      expect: [{ text: 'Yuri Ushakov' }, { text: 'Anna Smith' }],
    },
    {
      name: 'a claim before the first quote is where the person is first reported',
      text: 'Ushakov said talks would go on. "We talked," said Yuri Ushakov.',
      build: (t) => {
        const who = { method: 'named' as const, speaker: { name: 'Yuri Ushakov', entity: null } };
        return {
          quotes: [quote(t, '"We talked,"', { ...who, source: at(t, 'Yuri Ushakov') })],
          claims: [claim(t, 'Ushakov said talks would go on.', { ...who, status: 'attributed', source: at(t, 'Ushakov') })],
        };
      },
      expect: [{ text: 'Ushakov' }],
    },
  ],
});

testRule('unbalanced-quote', 'warning', {
  valid: [
    {
      name: 'a closed quote',
      text: '"We are ready," he said.',
      build: (t) => ({ quotes: [quote(t, '"We are ready,"', { method: 'pronoun' })] }),
    },
    {
      name: 'a quote running over two paragraphs by the convention',
      text: '"The role we play is to help.\n\n"That may not be possible."',
      build: (t) => ({ quotes: [{ ...quote(t, t), paragraphs: [0, 1] }] }),
    },
  ],
  invalid: [
    {
      name: 'a mark that never closes',
      text: 'He said: "We will be there tomorrow.',
      build: (t) => {
        const range = { start: at(t, '"').start, end: t.length };
        return { quotes: [{ ...quote(t, '"We will be there tomorrow.'), range, content: { start: range.start + 1, end: range.end }, closed: false }] };
      },
      expect: [{ text: '"' }],
    },
    {
      name: 'a multi-paragraph quote whose last paragraph never closes',
      text: '“One.\n\n“Two and never closed.',
      build: (t) => ({ quotes: [{ ...quote(t, t), content: { start: 1, end: t.length }, closed: false, paragraphs: [0, 1] }] }),
      expect: [{ text: '“' }],
    },
  ],
});
