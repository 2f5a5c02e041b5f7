// A count of the steps the mention finder takes (tokens made, trie edges followed, name and title
// words read), so tests can check that the work grows linearly with the text without timing anything.
export const work = { steps: 0 };
