import { kindAt, mentionAt } from '../mentions/columns';
import type { Rule } from './rule';
import { possessiveEnding, surnameOf } from './text';

/** A misspelling or non-house variant of a listed name, with the house form as the fix. */
export const nameSpelling: Rule = {
  meta: {
    id: 'name-spelling',
    defaultSeverity: 'warning',
    description: 'A misspelling or non-house variant of a listed name.',
    docs: 'name-spelling',
  },
  check(ctx, _claims, out) {
    const mentions = ctx.mentions;
    for (let i = 0; i < mentions.length; i++) {
      if (kindAt(mentions, i) !== 'misspelling') continue;
      const m = mentionAt(mentions, i);
      const written = ctx.text.slice(m.range.start, m.range.end);
      let replacement = m.fix;
      if (!replacement) {
        const entity = m.entity ? ctx.index.byId.get(m.entity) : undefined;
        const name = entity?.name ?? m.name;
        // A one-word variant stands for the surname; a longer one for the whole name.
        replacement = /\s/.test(written.trim()) || entity?.type !== 'person' ? name : surnameOf(name);
      }
      // The mention's range includes a possessive ending; keep it if the fix does not carry one.
      const ending = m.possessive ? possessiveEnding(written) : '';
      if (ending && !replacement.endsWith(ending)) replacement += ending;
      if (replacement === written) continue;
      out.report(m.range, `“${written}” is not the house spelling: write “${replacement}”.`, {
        range: m.range,
        replacement,
      });
    }
  },
};
