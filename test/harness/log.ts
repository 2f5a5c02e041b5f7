// Progress lines of the harness, so a long CI log shows which step is running.
export function log(message: string): void {
  process.stderr.write(`[harness] ${message}\n`);
}
