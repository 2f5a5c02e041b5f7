// Escaping for text from entity files and drafts before it enters a hover or report as markdown.
// Every ASCII punctuation character is backslash-escaped (always valid CommonMark), so data can never
// form a link, an autolink, an image, HTML or emphasis; line breaks become spaces.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/** Shortens text to `max` characters at a word boundary when possible, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
