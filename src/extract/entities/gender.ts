import genders from '../../../resources/gazetteer/genders.json';

export type Gender = 'female' | 'male';

const FEMALE = new Set(genders.female.map((n) => n.toLowerCase()));
const MALE = new Set(genders.male.map((n) => n.toLowerCase()));
const FEMALE_ROLE = /\b(?:\p{L}*wom[ae]n|mrs|ms|queen|mother|wife|daughter|widow|sister|grandmother|princess|actress)\b/iu;
const MALE_ROLE = /\b(?:spokes|chair|congress|business|sales|police|fire|country|anchor)?m[ae]n\b|\b(?:mr|king|father|husband|son|widower|brother|grandfather|prince|actor)\b/iu;

/**
 * Whether "he" or "she" can stand for a person, from the first name or the role
 * ("spokeswoman", "Mrs."); null when neither tells (an unknown or shared name).
 */
export function genderOf(name: string, role: string | null): Gender | null {
  const first = name.split(/\s+/u)[0]?.replace(/\.$/u, '').toLowerCase() ?? '';
  if (FEMALE.has(first)) return 'female';
  if (MALE.has(first)) return 'male';
  if (role !== null) {
    if (FEMALE_ROLE.test(role)) return 'female';
    if (MALE_ROLE.test(role)) return 'male';
  }
  return null;
}

/** A first name the gender lists know ("ivanka", "eric"); forms of address and titles are not names. */
export function isKnownFirstName(key: string): boolean {
  return (FEMALE.has(key) || MALE.has(key)) && !ADDRESS.has(key);
}

const ADDRESS = new Set(['mrs', 'ms', 'mr', 'queen', 'lady', 'dame', 'sister', 'madam', 'sir', 'king', 'prince', 'lord', 'sheikh', 'ayatollah', 'father', 'brother', 'abu',
  'congresswoman', 'spokeswoman', 'chairwoman', 'businesswoman', 'congressman', 'spokesman', 'chairman', 'businessman']);
