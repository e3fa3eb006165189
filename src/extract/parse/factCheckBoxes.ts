import { isFactCheckLine } from './factCheckLabels';
import { elementText } from './elementText';

/** A box's class names it a fact-check's claim or its rating: "claim-box", "verdict", "fc-rating", "ruling_card". */
const BOX_CLASS = /(?:^|[\s_-])(claim|verdict|rating|ruling)(?:$|[\s_-])/iu;
/** Headings that are only a box's label ("The claim", "Our verdict"). */
const LABEL_HEADING = /^(?:the|our)?\s*(claims?|verdict|rating|ruling)$/iu;
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'dt']);
/** Longer than this, an element is the page's body, not a box. */
const MAX_BOX_CHARS = 1_500;

export interface FactCheckBox {
  /** The box as one labelled line. */
  line: string;
  /** Its words without the label, as a page's text would hold them. */
  text: string;
  claim: boolean;
}

interface BoxElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  parentElement: BoxElement | null;
  children: ArrayLike<BoxElement>;
}

/**
 * A fact-check's boxes of claim and rating as labelled lines ("The claim: “At least 80 American
 * terrorists were killed” …", "The verdict: False. There is no evidence …"), read from elements
 * whose class names them, with the label their heading gives or their class. Readability drops such
 * short boxes beside the analysis; they are the page's point. Boxes inside another are read once.
 */
export function factCheckBoxes(doc: { querySelectorAll(sel: string): ArrayLike<unknown> }): FactCheckBox[] {
  const out: FactCheckBox[] = [];
  const boxes = (Array.from(doc.querySelectorAll('[class]')) as BoxElement[]).filter((el) => BOX_CLASS.test(el.getAttribute('class') ?? ''));
  const isBox = new Set(boxes);
  for (const box of boxes) {
    if (insideBox(box, isBox)) continue;
    const text = elementText(box);
    if (text.length < 8 || text.length > MAX_BOX_CHARS) continue;
    const first = box.children[0];
    const heading = first && HEADINGS.has(first.tagName.toLowerCase()) ? elementText(first) : '';
    const labelled = LABEL_HEADING.exec(heading);
    const kind = labelled ? labelled[1]! : BOX_CLASS.exec(box.getAttribute('class') ?? '')![1]!;
    const rest = labelled ? text.slice(text.indexOf(heading) + heading.length).trim() : text;
    if (rest === '') continue;
    const line = isFactCheckLine(rest) ? rest : `${labelFor(kind)}: ${rest}`;
    if (!out.some((b) => b.line === line)) out.push({ line, text: rest, claim: /^claim/iu.test(kind) });
  }
  // (A page with a claim box and no rating, or a rating alone, is not laid out as a fact-check.)
  return out.some((b) => b.claim) && out.some((b) => !b.claim) ? out : [];
}

function labelFor(kind: string): string {
  const k = kind.toLowerCase();
  return k.startsWith('claim') ? 'The claim' : `The ${k}`;
}

/** Whether an ancestor of `el` is itself a box (one walk up, whatever the number of boxes). */
function insideBox(el: BoxElement, boxes: ReadonlySet<BoxElement>): boolean {
  for (let p = el.parentElement; p !== null; p = p.parentElement) if (boxes.has(p)) return true;
  return false;
}
