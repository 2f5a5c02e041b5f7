// Hedges: words that pass a claim on without standing behind it. Lower-case token sequences.
export const HEDGES: readonly string[][] = [
  ['reportedly'], ['allegedly'], ['purportedly'], ['supposedly'], ['rumored'], ['rumoured'],
  ['ostensibly'], ['it', 'is', 'understood'], ['it', 'is', 'believed'], ['it', 'is', 'thought'],
  ['it', 'is', 'claimed'], ['it', 'is', 'alleged'], ['it', 'was', 'understood'], ['is', 'said', 'to'],
  ['are', 'said', 'to'], ['was', 'said', 'to'], ['were', 'said', 'to'], ['is', 'understood', 'to'],
  ['is', 'believed', 'to'], ['are', 'believed', 'to'], ['is', 'thought', 'to'], ['unconfirmed', 'reports'],
  ['according', 'to', 'reports'], ['reports', 'suggest'], ['it', 'appears'], ['rumors'], ['rumours'],
];
