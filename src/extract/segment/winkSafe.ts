/**
 * wink-nlp's tokenizer knows the Latin-1 letters and cuts a word at any other one: "Erdoğan"
 * becomes "Erdo", "ğ", "an", and a speaker's name stops being a name. The text wink reads has
 * those letters replaced by their base letter, one code unit for one, so that every offset
 * stays the text's own ("Erdogan", "Walesa", "Saric", "Nguyen").
 */
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/u;

/** Letters whose decomposition has no base letter. */
const BASES: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', ƒ: 'f' };

const memo = new Map<string, string>();

function baseLetter(c: string): string {
  const hit = memo.get(c);
  if (hit !== undefined) return hit;
  const decomposed = c.normalize('NFD')[0]!;
  const base = BASES[c] ?? (/^[A-Za-z]$/u.test(decomposed) ? decomposed : 'x');
  memo.set(c, base);
  return base;
}

/** `text` with every letter beyond Latin-1 as its base letter; the same string when there is none. */
export function winkSafe(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x100 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
      out += text.slice(from, i) + baseLetter(text[i]!);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}
