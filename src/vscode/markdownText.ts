// Escaping for text from entity files and drafts before it enters a hover as markdown.
// The characters that could start markdown syntax are backslash-escaped (the set VS Code's own
// `MarkdownString.appendText` escapes), `&` becomes `&amp;` so no entity is decoded, and `://` is
// broken so no autolink forms: data can never become a link, an image, HTML, a command or emphasis.

const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|<>~]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(MARKDOWN_SYNTAX, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/:(?=\/\/)/g, '\\:');
}

/** Shortens text to `max` characters at a word boundary when possible, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
