/**
 * Units of measure (data). Keys are spellings after a number, either as their own word
 * ("15 km", "25 percent") or glued to it ("5m", "16ft", "25%"); values are the canonical
 * unit recorded in Quantity.unit. What is counted ("fighters", "missiles") is a subject,
 * not a unit.
 */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  km: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  cm: 'cm', mm: 'mm',
  ft: 'ft', foot: 'ft', feet: 'ft',
  yd: 'yd', yard: 'yd', yards: 'yd',
  mi: 'mi', mile: 'mi', miles: 'mi',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg',
  g: 'g', gram: 'g', grams: 'g',
  lb: 'lb', lbs: 'lb',
  t: 't', tonne: 't', tonnes: 't', ton: 't', tons: 't',
  ha: 'ha', hectare: 'ha', hectares: 'ha',
  acre: 'acre', acres: 'acre',
  sqkm: 'km2', km2: 'km2',
  mph: 'mph', kph: 'km/h', kmh: 'km/h',
  // Temperatures written glued to the number in news style ("45C").
  c: '°C', f: '°F',
  percent: '%', pc: '%', '%': '%',
  // An earthquake's size: "a 5.8 magnitude aftershock", "the 6.8-magnitude quake".
  magnitude: 'magnitude',
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', yen: 'JPY', rupees: 'INR',
  second: 'second', seconds: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  month: 'month', months: 'month',
  year: 'year', years: 'year',
};

/** Two-word units: "per cent", "square kilometres". */
export const UNIT_PHRASES: ReadonlyArray<{ words: readonly string[]; unit: string }> = [
  { words: ['per', 'cent'], unit: '%' },
  { words: ['square', 'kilometres'], unit: 'km2' },
  { words: ['square', 'kilometers'], unit: 'km2' },
  { words: ['square', 'miles'], unit: 'mi2' },
  { words: ['square', 'metres'], unit: 'm2' },
  { words: ['square', 'meters'], unit: 'm2' },
];

/** Currency signs before a number and their ISO code. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR',
};

/** Currency prefixes written as letters before the sign or number: "US$", "A$", "USD". */
export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  us: 'USD', usd: 'USD', a: 'AUD', aud: 'AUD', c: 'CAD', cad: 'CAD', hk: 'HKD', gbp: 'GBP', eur: 'EUR', nz: 'NZD',
};

/** Currency codes written as a word before the number: "Rs 25,000", "Rs. 4 lakh", "INR 500", "Tk 20". */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  rs: 'INR', inr: 'INR', tk: 'BDT', usd: 'USD', eur: 'EUR', gbp: 'GBP', zar: 'ZAR', pkr: 'PKR',
};

/** Units that are durations: a count of them is a span of time, never a casualty figure. */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);
