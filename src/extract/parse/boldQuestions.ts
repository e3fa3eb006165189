import { elementText } from './elementText';

/** Elements that set a whole paragraph in bold. */
const BOLD = new Set(['strong', 'b']);

interface QuestionElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<QuestionElement>;
}

/**
 * The paragraphs of a page wholly in bold that ask ("<p><strong>Is Iran going to retaliate?</strong></p>"):
 * an interviewer's questions, as their text stands in the page (whitespace collapsed).
 */
export function boldQuestions(doc: { querySelectorAll(sel: string): ArrayLike<unknown> }): string[] {
  const out: string[] = [];
  for (const p of Array.from(doc.querySelectorAll('p')) as QuestionElement[]) {
    const kids = Array.from(p.children);
    if (kids.length !== 1 || !BOLD.has(kids[0]!.tagName.toLowerCase())) continue;
    const text = elementText(p);
    const bold = elementText(kids[0]!);
    if (text !== '' && text === bold && /\?[”"’']?$/u.test(text)) out.push(text);
  }
  return out;
}
