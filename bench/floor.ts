// The floor of SPEC §6, written as the spec gives it: one quote regex over the draft, counting matches.

export function quoteFloor(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[“"][^“”"]*[”"]/g)) {
    void m;
    n++;
  }
  return n;
}
