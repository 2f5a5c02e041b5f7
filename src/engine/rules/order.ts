// Text order for findings: by start, then end, then the rule's place in the rule set. Each rule's
// findings come as one list in rule-set order; most rules report in text order already, so a list is
// sorted only when it is not, and the lists are merged pairwise instead of sorting every finding.
import type { Finding } from '../types';

function before(a: Finding, b: Finding): boolean {
  return a.range.start < b.range.start || (a.range.start === b.range.start && a.range.end < b.range.end);
}

/** Sorts one rule's findings by start and end, keeping the rule's order for ties (the sort is stable). */
export function sortInTextOrder(findings: Finding[]): Finding[] {
  for (let i = 1; i < findings.length; i++) {
    if (before(findings[i], findings[i - 1])) {
      return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    }
  }
  return findings;
}

/** Merges sorted lists given in rule-set order; on a tie the earlier list's finding comes first. */
export function mergeInTextOrder(lists: Finding[][]): Finding[] {
  if (lists.length === 0) return [];
  let round = lists;
  while (round.length > 1) {
    const next: Finding[][] = [];
    for (let i = 0; i + 1 < round.length; i += 2) next.push(mergeTwo(round[i], round[i + 1]));
    if (round.length % 2) next.push(round[round.length - 1]);
    round = next;
  }
  return round[0];
}

function mergeTwo(first: Finding[], second: Finding[]): Finding[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const merged: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    merged.push(before(second[j], first[i]) ? second[j++] : first[i++]);
  }
  while (i < first.length) merged.push(first[i++]);
  while (j < second.length) merged.push(second[j++]);
  return merged;
}
