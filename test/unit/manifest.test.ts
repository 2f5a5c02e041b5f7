// The manifest against the code: every contributed command has a handler and every handler a
// contribution; palette and view entries point at things that exist; settings are documented and
// scoped; activation and workspace-trust behaviour are declared.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes ?? {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Command ids the extension registers: literal ids, or constants whose value is a literal id. */
function registeredCommands(): Set<string> {
  const sources = sourceFiles(join(root, 'src', 'vscode')).map((file) => readFileSync(file, 'utf8'));
  const constants = new Map<string, string>();
  for (const source of sources) {
    for (const m of source.matchAll(/\bconst\s+([A-Z_][A-Z0-9_]*)\s*=\s*['"](copydesk\.[\w.]+)['"]/g)) constants.set(m[1], m[2]);
  }
  const ids = new Set<string>();
  for (const source of sources) {
    for (const m of source.matchAll(/registerCommand\(\s*(?:['"](copydesk\.[\w.]+)['"]|([A-Z_][A-Z0-9_]*))/g)) {
      const id = m[1] ?? constants.get(m[2]);
      assert.ok(id, `registerCommand(${m[2]}) names a constant with a literal command id`);
      ids.add(id);
    }
  }
  return ids;
}

describe('package.json against the code', () => {
  const contributed: { command: string; title?: string; category?: string }[] = contributes.commands ?? [];
  const contributedIds = new Set(contributed.map((c) => c.command));
  const registered = registeredCommands();

  it('registers a handler for every contributed command', () => {
    assert.deepEqual([...contributedIds].filter((id) => !registered.has(id)), []);
  });

  it('contributes every command it registers', () => {
    assert.deepEqual([...registered].filter((id) => !contributedIds.has(id)), []);
  });

  it('names commands copydesk.verb, titled, in the Copydesk category', () => {
    for (const c of contributed) {
      assert.match(c.command, /^copydesk\.[a-z][A-Za-z]*$/, c.command);
      assert.ok(c.title, `${c.command} has a title`);
      assert.equal(c.category, 'Copydesk', `${c.command} category`);
    }
  });

  it('puts in menus only contributed commands, and limits the palette with `when`', () => {
    for (const [menu, entries] of Object.entries<{ command?: string; when?: string }[]>(contributes.menus ?? {})) {
      for (const entry of entries) {
        if (entry.command) assert.ok(contributedIds.has(entry.command), `${menu}: ${entry.command} is contributed`);
        if (menu === 'commandPalette') assert.ok(entry.when, `${entry.command} has a when clause in the palette`);
      }
    }
  });

  it('hides commands that only make sense with arguments from the palette', () => {
    const palette = new Map<string, string>((contributes.menus?.commandPalette ?? []).map((e: { command: string; when: string }) => [e.command, e.when]));
    assert.equal(palette.get('copydesk.addToEntityList'), 'false');
  });

  it('gives every view a container and every view/title entry a view', () => {
    const containers = new Set<string>(Object.values<{ id: string }[]>(contributes.viewsContainers ?? {}).flat().map((c) => c.id));
    const views = new Set<string>();
    for (const [container, list] of Object.entries<{ id: string }[]>(contributes.views ?? {})) {
      assert.ok(containers.has(container) || ['explorer', 'scm', 'debug', 'test'].includes(container), `container ${container}`);
      for (const v of list) views.add(v.id);
    }
    for (const entry of contributes.menus?.['view/title'] ?? []) {
      const view = /view == ([\w.]+)/.exec(entry.when ?? '')?.[1];
      assert.ok(view && views.has(view), `view/title ${entry.command} names a contributed view`);
    }
    for (const c of Object.values<{ icon: string }[]>(contributes.viewsContainers ?? {}).flat()) {
      assert.ok(existsSync(join(root, c.icon)), `${c.icon} exists`);
    }
  });

  it('documents and scopes every setting under a titled section', () => {
    const configuration = contributes.configuration;
    assert.ok(configuration?.title, 'the configuration has a title');
    for (const [key, setting] of Object.entries<Record<string, unknown>>(configuration.properties ?? {})) {
      assert.match(key, /^copydesk\./);
      assert.ok(setting.description || setting.markdownDescription, `${key} has a description`);
      assert.ok(setting.scope, `${key} has a scope`);
      assert.ok('default' in setting, `${key} has a default`);
    }
  });

  it('reads in code only the settings it contributes', () => {
    const declared = new Set(Object.keys(contributes.configuration?.properties ?? {}));
    const settings = readFileSync(join(root, 'src', 'vscode', 'settings.ts'), 'utf8');
    for (const m of settings.matchAll(/config\.get<[^>]+>\('([\w.]+)'\)/g)) assert.ok(declared.has(`copydesk.${m[1]}`), m[1]);
  });

  it('activates only on markdown', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown']);
  });

  it('declares its behaviour in untrusted and virtual workspaces', () => {
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.description);
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['copydesk.entityFiles']);
    assert.ok(pkg.capabilities?.virtualWorkspaces !== undefined);
  });
});
