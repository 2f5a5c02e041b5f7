// Workspace entity files (SPEC §2, §4): problems in a broken YAML file show as diagnostics on that
// file at the line they are on, everything valid still loads, and the lists reload when the file
// changes. The fixture's settings point `copydesk.entityFiles` at entities/team.yaml.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  copydeskReady,
  hoverCardsAt,
  hoverContents,
  openDocument,
  positionOf,
  unescapeMarkdown,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from '../harness/vscode-helpers';

const teamFile = 'entities/team.yaml';

const ushakov = `version: 1
entities:
  - id: yuri-ushakov
    name: Yuri Ushakov
    type: person
    role: official
    title: Kremlin foreign policy aide
    affiliation: Russia
`;

interface BrokenCase {
  what: string;
  yaml: string;
  /** 1-based line the error is on, read from the text; undefined when any position will do. */
  line?: number;
}

const brokenCases: BrokenCase[] = [
  {
    what: 'a YAML syntax error',
    yaml: 'version: 1\nentities:\n  - id: yuri-ushakov\n    name: "Yuri Ushakov\n',
  },
  {
    what: 'a name that is a list, not text',
    yaml: 'version: 1\nentities:\n  - id: yuri-ushakov\n    name: [Yuri, Ushakov]\n    type: person\n',
    line: 4,
  },
  {
    what: 'an id used twice',
    yaml: 'version: 1\nentities:\n  - id: aide\n    name: Yuri Ushakov\n    type: person\n  - id: aide\n    name: Dmitry Peskov\n    type: person\n',
    line: 6,
  },
  {
    what: 'an unknown entity type',
    yaml: 'version: 1\nentities:\n  - id: yuri-ushakov\n    name: Yuri Ushakov\n    type: politician\n',
    line: 5,
  },
];

async function writeTeamFile(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(teamFile), new TextEncoder().encode(text));
}

function errors(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
}

describe('workspace entity files', () => {
  let original: Uint8Array;

  before(async () => {
    original = await vscode.workspace.fs.readFile(workspaceUri(teamFile));
    await openDocument('report.md');
    await copydeskReady();
  });

  // Put the fixture's file back and wait until the lists have reloaded from it (Ushakov unlisted
  // again), so the suites after this one see the workspace as it started.
  after(async () => {
    await vscode.workspace.fs.writeFile(workspaceUri(teamFile), original);
    const document = await openDocument('unlisted.md');
    const position = positionOf(document, 'Ushakov');
    await waitFor('the lists to reload from the restored file', async () => {
      const cards = (await hoverContents(document, position)).map(unescapeMarkdown);
      return cards[0] !== undefined && /not in the entity list/i.test(cards[0]) ? true : undefined;
    });
  });

  for (const c of brokenCases) {
    it(`shows ${c.what} as an error on the file${c.line ? ` at line ${c.line}` : ''}`, async () => {
      // Start from a clean file so each case sees its own error appear.
      await writeTeamFile('version: 1\nentities: []\n');
      await waitForDiagnostics(workspaceUri(teamFile), (diagnostics) => errors(diagnostics).length === 0);
      await writeTeamFile(c.yaml);
      const diagnostics = await waitForDiagnostics(workspaceUri(teamFile), (found) => errors(found).length > 0);
      const found = errors(diagnostics);
      if (c.line !== undefined) {
        assert.ok(
          found.some((d) => d.range.start.line === c.line! - 1),
          `an error on line ${c.line}; got ${found.map((d) => `${d.range.start.line + 1}: ${d.message}`).join(' | ')}`,
        );
      }
    });
  }

  it('keeps the bundled list working while a workspace file is broken', async () => {
    await writeTeamFile(brokenCases[0]!.yaml);
    await waitForDiagnostics(workspaceUri(teamFile), (found) => errors(found).length > 0);
    const cards = await hoverCardsAt('report.md', 'Rubio');
    assert.ok(cards[0]!.includes('Marco Rubio'), cards[0]);
  });

  it('reloads when the file changes: an added person gets a listed card and the errors clear', async () => {
    const document = await openDocument('unlisted.md');
    const position = positionOf(document, 'Ushakov');
    await writeTeamFile(ushakov);
    await waitForDiagnostics(workspaceUri(teamFile), (found) => errors(found).length === 0);
    const card = await waitFor('the hover on Ushakov to show the listed card', async () => {
      const cards = (await hoverContents(document, position)).map(unescapeMarkdown);
      return cards[0]?.includes('Kremlin foreign policy aide') ? cards[0] : undefined;
    });
    assert.ok(card.includes('Yuri Ushakov'), card);
    assert.doesNotMatch(card, /not in the entity list/i);
  });
});
