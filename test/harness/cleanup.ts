// Stops what a run started (code-server, chromium, temp folders) also when it is interrupted.
type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
let installed = false;

export function onExit(cleanup: Cleanup): () => void {
  cleanups.push(cleanup);
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        void runCleanups().finally(() => process.exit(130));
      });
    }
  }
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      await cleanup();
    } catch {
      // Best effort: the rest still runs.
    }
  }
}
