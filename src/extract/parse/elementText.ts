/** An element's text as a line: every run of whitespace one space, none at either end. */
export function elementText(el: { textContent: string | null }): string {
  return (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
