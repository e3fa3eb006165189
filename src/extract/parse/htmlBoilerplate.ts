/**
 * Page furniture that is never article text, dropped before text is taken from a page
 * (both from the DOM before Readability and in the bounded scanner).
 */

/** Elements dropped with everything inside them. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'nav', 'aside', 'form', 'button', 'select', 'dialog', 'menu',
]);

/** Landmark roles of page furniture. */
export const DROPPED_ROLES: ReadonlySet<string> = new Set(['navigation', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search']);

/**
 * class/id words of furniture: cookie banners, share bars, newsletter boxes, related
 * lists, ads. Matched as whole words of the attribute (split on space, "-" and "_").
 */
export const DROPPED_CLASS_WORDS: ReadonlySet<string> = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'share', 'sharing', 'sharebar', 'social', 'newsletter', 'subscribe',
  'subscription', 'signup', 'related', 'recommended', 'recommendations', 'promo', 'advert', 'advertisement', 'ad', 'ads',
  'sponsored', 'breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'nav', 'sidebar', 'popup', 'modal', 'paywall', 'outbrain',
  'taboola', 'comments', 'skip', 'skiplink', 'toolbar', 'masthead', 'tags',
]);

/**
 * Elements whose class/id may mark furniture: never the page or article container, and
 * none whose end tag may be omitted (p, li), or skipping one would swallow the page.
 */
const CLASS_CHECKED_ELEMENTS: ReadonlySet<string> = new Set([
  'div', 'section', 'ul', 'ol', 'span', 'footer', 'header', 'a', 'figure', 'table', 'dl',
]);

export function isBoilerplateElement(name: string, attrs: Record<string, string>): boolean {
  if (DROPPED_ELEMENTS.has(name)) return true;
  const role = attrs.role?.toLowerCase();
  if (role && DROPPED_ROLES.has(role)) return true;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  if (name === 'footer') return true;
  if (!CLASS_CHECKED_ELEMENTS.has(name)) return false;
  return hasFurnitureWord(attrs.class) || hasFurnitureWord(attrs.id);
}

function hasFurnitureWord(v: string | undefined): boolean {
  if (!v || v.length > 500) return false;
  for (const word of v.toLowerCase().split(/[\s_-]+/)) if (DROPPED_CLASS_WORDS.has(word)) return true;
  return false;
}

/** A DOM element as far as isBoilerplateNode reads it (linkedom's, or lib.dom's). */
export interface AttributedNode {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** isBoilerplateElement for a DOM element: its name and the attributes that may mark furniture. */
export function isBoilerplateNode(el: AttributedNode): boolean {
  const attrs: Record<string, string> = {};
  for (const name of ['class', 'id', 'role', 'aria-hidden']) {
    const v = el.getAttribute(name);
    if (v !== null) attrs[name] = v;
  }
  if (el.hasAttribute('hidden')) attrs.hidden = '';
  return isBoilerplateElement(el.tagName.toLowerCase(), attrs);
}

/** A page's furniture elements (isBoilerplateNode) below its body, in document order. */
export function furnitureElements<T extends AttributedNode>(doc: { querySelectorAll(sel: string): ArrayLike<unknown> }): Set<T> {
  return new Set((Array.from(doc.querySelectorAll('body *')) as T[]).filter(isBoilerplateNode));
}
