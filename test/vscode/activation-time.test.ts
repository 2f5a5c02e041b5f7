// The time `activate()` takes in the real VS Code (SPEC §6: under 50 ms), as the extension measures it
// itself, written to test-results/activation.json for `npm run bench` to report. Tests never assert
// times: this one checks only that a figure was recorded.
// Run alone: COPYDESK_TEST_GREP=activation-time npm run test:host
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extensionId, openDocument, waitFor } from '../harness/vscode-helpers';

interface ActivationApi {
  activationMs?: unknown;
}

describe('activation-time', () => {
  it('records how long activate() took and writes it for the benchmark', async () => {
    const extension = vscode.extensions.getExtension<ActivationApi>(extensionId);
    assert.ok(extension, `${extensionId} is loaded`);
    // A markdown document is what activates Copydesk; earlier suites may have opened one already.
    await openDocument('report.md');
    await waitFor('Copydesk to activate', () => extension.isActive);
    const activateMs = extension.exports.activationMs;
    assert.equal(typeof activateMs, 'number', 'activate() reports its duration');
    assert.ok(Number.isFinite(activateMs) && (activateMs as number) >= 0, `a duration, not ${String(activateMs)}`);

    const out = path.join(extension.extensionPath, 'test-results', 'activation.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const record = { activateMs, vscode: vscode.version, measuredAt: new Date().toISOString() };
    fs.writeFileSync(out, JSON.stringify(record, null, 2) + '\n');
  });
});
