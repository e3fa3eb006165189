/**
 * Undoes mojibake: UTF-8 text that was once read as Windows-1252 or Latin-1 and saved
 * again, perhaps twice ("FranÃ§ois", "FranÃ\u0083Â§ois" for "François", "donâ€™t" for
 * "don’t"), and text in decomposed form ("A" + combining tilde). Names that come out
 * mangled are never matched by the gazetteer or read as names by the rules.
 *
 * Conservative by construction: only a lead character (Â to ô) followed by the right number
 * of continuation characters, which together form valid UTF-8 bytes, is replaced; a lone
 * "é" or "Ã" is left alone, and so is anything outside Windows-1252.
 */
export function repairMojibake(text: string): string {
  let t = COMBINING.test(text) ? text.normalize('NFC') : text;
  if (!LEAD.test(t)) return t;
  // Twice-saved text needs two rounds ("Ã\u0083Â§" -> "Ã§" -> "ç").
  for (let pass = 0; pass < 3; pass++) {
    const next = t.replace(RUN, decodeRun);
    if (next === t) break;
    t = next;
  }
  return t;
}

const COMBINING = /[\u0300-\u036f]/u;
const LEAD = /[\u00c2-\u00f4]/u;
/** Two or more characters that each stand for one Windows-1252 byte of 0x80 or above. */
const RUN = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}/gu;

/** Windows-1252 bytes 0x80–0x9F that are not the Latin-1 control characters. */
const CP1252 = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number {
  const c = ch.charCodeAt(0);
  return c < 0x100 ? c : (CP1252.get(c) ?? -1);
}

/** Each well-formed UTF-8 sequence inside the run, decoded; everything else kept as written. */
function decodeRun(run: string): string {
  let out = '';
  let i = 0;
  while (i < run.length) {
    const b = byteOf(run[i]!);
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n > 0 && i + n <= run.length) {
      const bytes = [b];
      for (let k = 1; k < n; k++) bytes.push(byteOf(run[i + k]!));
      if (bytes.every((x, k) => k === 0 || (x >= 0x80 && x <= 0xbf))) {
        try {
          out += UTF8.decode(Uint8Array.from(bytes));
          i += n;
          continue;
        } catch {
          // Overlong or surrogate forms: not mojibake, kept as written.
        }
      }
    }
    out += run[i];
    i++;
  }
  return out;
}
