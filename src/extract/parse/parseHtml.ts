import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlMeta, type HtmlMeta } from './htmlMeta';
import { tablesToParagraphs } from './htmlTables';
import { htmlToParagraphs } from './htmlToParagraphs';
import { furnitureElements, type AttributedNode } from './htmlBoilerplate';
import { measureHtml } from './measureHtml';
import { bylineLine, bylineStamps, namesBylineNear } from './bylineLine';
import { chromeLines } from './chromeLines';
import { htmlHeadings, styledHeadings } from './htmlHeadings';
import { isFactCheckLine } from './factCheckLabels';
import { factCheckBoxes, type FactCheckBox } from './factCheckBoxes';
import { boldQuestions } from './boldQuestions';
import { keyPoints, type KeyPoints } from './keyPoints';
import { elementText } from './elementText';
import { inputError } from './inputError';
import type { ParsedArticle } from '../types';

/**
 * Limits beyond which a page skips the DOM and Readability (which recurse and can take
 * seconds, or overflow the stack, on deeply nested or huge pages) and is read by the
 * linear tag scanner instead.
 */
export const HTML_LIMITS = {
  maxDomChars: 2_000_000,
  maxDepth: 200,
  maxElements: 15_000,
  maxStrayLt: 100,
  maxAmpersands: 3_000,
  maxTextRun: 100_000,
} as const;

/** Readability output shorter than this is taken as a miss (it found a teaser, not the article). */
const MIN_READABLE_CHARS = 140;

export interface ParsedHtml extends Omit<HtmlMeta, 'author' | 'ldText'> {
  /** Main text, paragraphs separated by a blank line. */
  body: string;
  /** How the main text was found (for debugging). */
  via: 'readability' | 'scanner';
  /** Short lines of the article's element that the main text left out (chromeLines): read for credits and notes only. */
  asides: string[];
  /** The text's headings as the page marks them (<h2>, a live page's <h3>), as they stand in `body`. */
  subheads: string[];
  /** Paragraphs of the text wholly in bold that ask: an interviewer's questions (boldQuestions). */
  questions: string[];
  /** The text's lines that are rows of a table of figures (tablesToParagraphs). */
  tableRows: string[];
}

/** Title, url, date, outlet and main text of an HTML page. */
export function parseHtml(html: string): ParsedHtml {
  const { author, ldText, ...meta } = htmlMeta(html);
  const readable = readableParagraphs(html);
  let paragraphs = readable?.paragraphs ?? htmlToParagraphs(html);
  // A page that renders its text by script shows a shell (a loading notice, a menu) and keeps the
  // article in its JSON-LD: the JSON-LD's text, when the page shows less than half of it.
  const ldHeadlines: string[] = [];
  if (ldText !== null && ldText.length >= MIN_READABLE_CHARS && paragraphs.join('\n\n').length * 2 < ldText.length) {
    paragraphs = ldText.split('\n\n');
    ldHeadlines.push(...ldHeadlinesOf(paragraphs));
  }
  // Readability lifts the byline out of the text; put it back as a "By …" line so that
  // cleaning records it (and the agency it may name) as the byline.
  const byline = bylineLine(readable?.byline ?? author);
  const left = readable === null ? [] : readable.chrome.filter((line) => !paragraphs.some((p) => p.includes(line)));
  // A fact-check's box of claim and verdict ("The claim: …", "Verdict: FALSE. …") is the page's point,
  // whatever Readability made of it: back into the text, before the body it sums up.
  const verdictBox = left.filter(isFactCheckLine);
  if (verdictBox.length > 0 && !paragraphs.some(isFactCheckLine)) paragraphs.unshift(...verdictBox);
  // (Boxes the page labels by their class and a heading of their own: "<div class="claim-box"><h2>The claim</h2><p>…".)
  if (verdictBox.length === 0 && !paragraphs.some(isFactCheckLine)) restoreBoxes(paragraphs, readable?.boxes ?? []);
  // A summary list Readability dropped ("What we know", "Key points"): its points open the text, under their heading.
  for (const box of [...(readable?.keyPoints ?? [])].reverse()) {
    if (!box.items.some((item) => paragraphs.some((p) => p.includes(item.slice(0, 60))))) paragraphs.unshift(box.heading, ...box.items);
  }
  if (byline && !namesBylineNear(paragraphs, byline)) paragraphs.unshift(byline, ...bylineStamps(readable?.byline).filter((l) => !paragraphs.includes(l)));
  const asides = left.filter((line) => !verdictBox.includes(line));
  const subheads = [...(readable?.headings ?? []), ...styledHeadings(html), ...ldHeadlines].filter((h) => paragraphs.includes(h));
  const questions = readable === null ? [] : readable.questions.filter((q) => paragraphs.includes(q));
  const tableRows = readable === null ? [] : readable.tableRows.filter((r) => paragraphs.includes(r));
  return { ...meta, body: paragraphs.join('\n\n'), via: readable ? 'readability' : 'scanner', asides, subheads, questions, tableRows };
}

/** Of a JSON-LD text's paragraphs, the live updates' headlines: short, without a full stop, text after them. */
function ldHeadlinesOf(paragraphs: string[]): string[] {
  return paragraphs.filter((p, i) => i < paragraphs.length - 1 && p.length <= 140 && !/[.!?:"\u201d]$/u.test(p));
}

/**
 * Puts back the fact-check boxes the main text lacks, each after the paragraphs of the box before
 * it (a claim kept, its verdict dropped: the verdict follows the claim), else before the text.
 */
function restoreBoxes(paragraphs: string[], boxes: readonly FactCheckBox[]): void {
  let at = 0;
  for (const box of boxes) {
    const kept = paragraphs.reduce((last, p, k) => (p.length > 0 && box.text.includes(p) ? k : last), -1);
    if (kept >= 0 || paragraphs.some((p) => p.includes(box.text.slice(0, 60)))) {
      at = Math.max(at, kept + 1);
      continue;
    }
    paragraphs.splice(at, 0, box.line);
    at++;
  }
}

/** What a page's container knows of it (a mail's headers): read where the page's own metadata is silent. */
export interface PageFallback {
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  title?: string | null;
}

/** An HTML page as an article, its metadata first and then `fallback`'s; BAD_INPUT (naming the file) when it has no text. */
export function htmlArticle(html: string, file: string | null, fallback: PageFallback = {}): ParsedArticle {
  const page = parseHtml(html);
  if (page.body.trim() === '') throw inputError(file, 'empty (no article text in the page)');
  return {
    file,
    url: page.url ?? fallback.url ?? null,
    outlet: page.outlet ?? fallback.outlet ?? null,
    published: page.published ?? fallback.published ?? null,
    title: page.title ?? fallback.title ?? null,
    format: 'html',
    body: page.body,
    ...withPageParts(page),
  };
}

/** A parsed article's `asides`, `subheads`, `questions` and `tableRows` fields: each absent when the page has none. */
export function withPageParts(page: Pick<ParsedHtml, 'asides' | 'subheads' | 'questions' | 'tableRows'>): { asides?: string[]; subheads?: string[]; questions?: string[]; tableRows?: string[] } {
  return {
    ...(page.asides.length > 0 ? { asides: [...page.asides] } : {}),
    ...(page.subheads.length > 0 ? { subheads: [...page.subheads] } : {}),
    ...(page.questions.length > 0 ? { questions: [...page.questions] } : {}),
    ...(page.tableRows.length > 0 ? { tableRows: [...page.tableRows] } : {}),
  };
}

function readableParagraphs(html: string): { paragraphs: string[]; byline: string | null; chrome: string[]; headings: string[]; boxes: FactCheckBox[]; questions: string[]; keyPoints: KeyPoints[]; tableRows: string[] } | null {
  if (html.length > HTML_LIMITS.maxDomChars) return null;
  const shape = measureHtml(html);
  if (
    shape.maxDepth > HTML_LIMITS.maxDepth ||
    shape.elements > HTML_LIMITS.maxElements ||
    shape.strayLt > HTML_LIMITS.maxStrayLt ||
    shape.ampersands > HTML_LIMITS.maxAmpersands ||
    shape.longestText > HTML_LIMITS.maxTextRun
  ) {
    return null;
  }
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // A line break is a break in an element's text too: Readability takes the byline as text
    // ("Author: X<br>Posted August 23, 2019" is two lines, not "XPosted").
    for (const br of Array.from(doc.querySelectorAll('br')) as Array<{ before(text: string): void }>) br.before('\n');
    const captions = labelCaptionCredits(doc);
    // (Furniture is found once: chromeLines skips the lines inside it, then it goes.)
    const furniture = furnitureElements<DomElement>(doc);
    const chrome = chromeLines(doc, furniture);
    for (const el of furniture) el.remove();
    // (A table of figures states a fact per row: each row one paragraph, before Readability weighs the page.)
    const tableRows = tablesToParagraphs(doc as unknown as Parameters<typeof tablesToParagraphs>[0]);
    // (After the furniture goes: a "Highlights" list in a sidebar of other stories is none of this one's.)
    const boxes = factCheckBoxes(doc);
    const questions = boldQuestions(doc);
    const points = keyPoints(doc);
    // linkedom's Document is not lib.dom's Document type, but Readability only needs the DOM subset it implements.
    const article = new Readability(doc as unknown as Document, { charThreshold: 200, maxElemsToParse: HTML_LIMITS.maxElements }).parse();
    const content = article?.content;
    if (!content) return null;
    const paragraphs = htmlToParagraphs(content);
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    // A lead photo's caption outside the article's body (Readability leaves the page header out):
    // a captioned photo is an observation of its own, kept after the text.
    for (const c of captions) if (!paragraphs.some((p) => p.includes(c.slice(0, 40)))) paragraphs.push(c);
    return chars >= MIN_READABLE_CHARS ? { paragraphs, byline: article?.byline ?? null, chrome, headings: htmlHeadings(content), boxes, questions, keyPoints: points, tableRows } : null;
  } catch {
    // Readability or the DOM gave up on this page; the scanner still reads it.
    return null;
  }
}

interface CaptionElement {
  textContent: string | null;
  querySelector(sel: string): CaptionElement | null;
}

/**
 * Every figure caption's text, its credit element labelled as one ("… on Tuesday. Credit: Carlos
 * Giusti AP"), so that cleaning reads the credit whatever marks the page set around it.
 */
function labelCaptionCredits(doc: { querySelectorAll(sel: string): ArrayLike<unknown> }): string[] {
  const out: string[] = [];
  for (const fig of Array.from(doc.querySelectorAll('figcaption')) as CaptionElement[]) {
    const credit = fig.querySelector('[class*="credit"]');
    const written = credit ? elementText(credit) : '';
    if (credit && written !== '' && !/^(?:credit|photo|picture|image|©|\()/iu.test(written)) credit.textContent = ` Credit: ${written}`;
    const text = elementText(fig);
    if (text.length >= 20) out.push(text);
  }
  return out;
}

interface DomElement extends AttributedNode {
  remove(): void;
}

