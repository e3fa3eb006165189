import { inputError } from './inputError';
import { repairMojibake } from './repairMojibake';

/** Share of suspicious characters (controls, U+FFFD) above which content is not text. */
const MAX_SUSPICIOUS_RATIO = 0.01;

/**
 * Bytes or a string to clean text: BOM removed, mojibake undone (repairMojibake), line ends
 * normalised to "\n".
 * UTF-8 by default; UTF-16 when it starts with a BOM. NUL bytes, or more than a
 * small share of control or replacement characters (invalid UTF-8), mean binary
 * content, refused with BAD_INPUT "not text". A lone bad byte in a long article is
 * tolerated (it becomes U+FFFD) rather than losing the article.
 */
export function decodeText(content: Buffer | string, file: string | null): string {
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else if (content.length >= 2 && content[0] === 0xff && content[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(content.subarray(2));
  } else if (content.length >= 2 && content[0] === 0xfe && content[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(content.subarray(2));
  } else {
    if (content.includes(0)) throw inputError(file, 'not text (binary content: NUL bytes)');
    text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkTextual(text, file);
  text = repairMojibake(text);
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** The characters checkTextual counts (controls other than tab, LF, FF and CR; DEL; U+FFFD), NUL among them. */
const SUSPICIOUS = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

function checkTextual(text: string, file: string | null): void {
  // Nearly every input has none: one regex scan is cheaper than the loop over every character.
  if (!SUSPICIOUS.test(text)) return;
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw inputError(file, 'not text (binary content: NUL bytes)');
    // Tab, LF, CR and form feed are ordinary in text files.
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) suspicious++;
  }
  if (suspicious > 0 && suspicious / text.length > MAX_SUSPICIOUS_RATIO) {
    throw inputError(file, `not text (${suspicious} control or invalid UTF-8 characters)`);
  }
}
