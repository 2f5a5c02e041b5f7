// What a person sees: open the example draft from the Explorer, rest the mouse on "Umerov", read his
// card. A screenshot is saved for people to look at (test-results/hover-umerov.png).
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from '../harness/workbench';

describe('hover card in the workbench', () => {
  let workbench: Workbench | undefined;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows who Umerov is when the mouse rests on his name in report.md', async () => {
    await workbench!.openFile('report.md');
    const card = await workbench!.hover('Umerov');
    await workbench!.screenshot('hover-umerov');
    // As the report introduces him: "the head of Kyiv's delegation, Rustem Umerov"; the card's
    // first line says who he is.
    const firstLine = card.split('\n')[0]!;
    assert.match(firstLine, /Rustem Umerov/);
    assert.match(firstLine, /head of Kyiv['’]s delegation/);
    assert.doesNotMatch(card, /not in the entity list/i);
  });
});
