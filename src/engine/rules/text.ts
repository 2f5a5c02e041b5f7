// Small text helpers shared by the rules.

/** Shortens a quoted excerpt for a message, on a character boundary. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // keep surrogate pairs whole
  return `${flat.slice(0, cut).trimEnd()}…`;
}

/** The possessive ending written at the end of `text` ('s, ’s or a bare apostrophe), or ''. */
export function possessiveEnding(text: string): string {
  const match = /(?:['’]s|['’])$/.exec(text);
  return match ? match[0] : '';
}

/** The last word of a name: the surname by the list's convention. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

export function capitalize(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
