/**
 * Publication dates as found in front matter, meta tags, JSON-LD and JSON records, to
 * "YYYY-MM-DD" (date only) or an ISO timestamp. A timestamp keeps the offset it was
 * written with: converting to UTC could move an article to the previous or next day,
 * and later stages resolve "on Friday" against the local publication date.
 * Unknown or unparseable values give null (never a guess).
 */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$/;
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
/** RFC 2822 (mail, RSS): "Tue, 31 Dec 2019 21:05:00 -0500", zone by offset or name. */
const RFC_2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|gmt|ut|utc|z|[ecmp][sd]t)?(?:\s*\([^)]*\))?$/i;
const ZONE_NAMES: Record<string, string> = { gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' };
const MONTH_DAY_YEAR = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

export function normaliseDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '' || s.length > 80) return null;

  let m = ISO_DATE.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);

  m = ISO_TIME.exec(s);
  if (m) {
    const date = ymd(+m[1]!, +m[2]!, +m[3]!);
    const [h, min, sec] = [+m[4]!, +m[5]!, m[6] === undefined ? 0 : +m[6]];
    if (!date || h > 23 || min > 59 || sec > 60) return null;
    const zone = m[7] === undefined ? '' : m[7].toUpperCase() === 'Z' ? 'Z' : colonOffset(m[7]);
    return `${date}T${pad(h)}:${pad(min)}:${pad(sec)}${zone}`;
  }

  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s));

  m = NUMERIC.exec(s);
  if (m) {
    const [a, b, c] = [m[1]!, +m[2]!, m[3]!];
    // 2019/12/31; 31.12.2019 day first (most of the world), unless the middle number cannot be a month (12/31/2019).
    if (a.length === 4) return ymd(+a, b, +c);
    if (c.length === 4) return b > 12 ? ymd(+c, +a, b) : ymd(+c, b, +a);
    return null;
  }

  m = DAY_MONTH_YEAR.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) return ymd(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = MONTH_DAY_YEAR.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()]) return ymd(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);

  // RFC 2822 keeps the offset it was written with, as ISO timestamps do: the local day is the one that counts.
  m = RFC_2822.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) {
    const date = ymd(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
    const [h, min, sec] = [+m[4]!, +m[5]!, m[6] === undefined ? 0 : +m[6]];
    if (date && h <= 23 && min <= 59 && sec <= 60) {
      const z = m[7]?.toLowerCase();
      const zone = z === undefined ? '' : (ZONE_NAMES[z] ?? colonOffset(z));
      return `${date}T${pad(h)}:${pad(min)}:${pad(sec)}${zone}`;
    }
  }

  // RFC 2822 and other forms the JS engine knows ("Tue, 31 Dec 2019 10:00:00 GMT").
  if (/\b\d{4}\b/.test(s) && /\d{1,2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
}

function ymd(y: number, mo: number, d: number): string | null {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function colonOffset(z: string): string {
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
