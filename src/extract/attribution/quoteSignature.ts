/**
 * The signature under a quotation set apart: a pull quote's or a block quote's "— Ann Lee, union
 * official", an epigraph's "―Qassem Soleimani", a quote box's cite line. The paragraph before it
 * must be a quotation and nothing else, so that a dash opening a sentence's aside is never read as
 * one.
 */
export interface QuoteSignature {
  name: string;
  /** What the signature says the speaker is ("union official"), or null. */
  role: string | null;
}

/** "— Ann Lee", "―Ann Lee, a union official", "-- Mark Esper, US defence secretary". */
const SIGNATURE = /^(?:[—–―]|--?)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|al-\p{L}+|bin|de|van|von|der|la|le|da|di|abu|ibn)){0,4})(?:\s*,\s*([^,\n]{2,80}))?\s*$/u;
/** A paragraph that is one quotation: its opening mark first, its closing mark last (a full stop may follow). */
const WHOLE_QUOTE = /^\s*[“"‘'«„].{10,}[”"’'»“][.!?]?\s*$/su;

export function quoteSignature(text: string): QuoteSignature | null {
  if (text.length > 120) return null;
  const m = SIGNATURE.exec(text.trim());
  if (!m) return null;
  return { name: m[1]!, role: m[2]?.trim().replace(/[.]$/u, '') ?? null };
}

/** Whether a paragraph is a quotation and nothing else, the kind a signature stands under. */
export function isWholeQuotation(text: string): boolean {
  return WHOLE_QUOTE.test(text);
}
