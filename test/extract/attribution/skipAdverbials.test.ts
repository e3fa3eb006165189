import { skipAdverbials } from '../../../src/extract/attribution/skipAdverbials';

/**
 * One example per way an adverbial opens. skipAdverbials tries its patterns only after a
 * look-up of the first word (FIRST_WORDS): an opening word missing from that list would make
 * its pattern silently dead, so every opening is exercised here.
 */
const WHOLE = [
  'on Tuesday',
  ', late Sunday',
  'early Monday morning',
  'earlier in the day',
  'later on the evening',
  'today',
  'yesterday',
  'tonight',
  'in a statement',
  'at a news conference',
  'during a briefing',
  'via Twitter',
  'through a spokesman statement',
  'over the phone call',
  'in a Facebook post',
  'in a televised address',
  'in a statement carried by state media',
  'on 29 December 2019',
  'December 29',
  'Jan. 3, 2020',
  'Sept 11',
  'Oct. 1',
  'Nov. 5',
  'Dec. 31',
  'Feb. 2',
  'Aug. 4',
  'in March 2019',
  'since October',
  'until 2021',
  'last week',
  'this month',
  'next year',
  'by phone',
  'by telephone',
  'over the telephone',
  'also',
  'again',
  'repeatedly',
  'separately',
  'publicly',
  'privately',
  'previously',
  'afterwards',
  'then',
  'too',
  'further',
  'bluntly',
  'simply',
  'flatly',
  'recently',
  'initially',
  'firmly',
  'angrily',
  'quietly',
  'openly',
  'confidently',
  'without elaborating',
  'without giving details',
  'to reporters',
  'for the agency',
];

describe('skipAdverbials', () => {
  it.each(WHOLE)('skips "%s" whole', (adverbial) => {
    expect(skipAdverbials(` ${adverbial} that the strikes were illegal`)).toBe(adverbial.length + 1);
  });

  it('"only" before "that" is skipped; a word that opens no adverbial is not', () => {
    expect(skipAdverbials(' only that the strikes were illegal')).toBe(' only'.length);
    expect(skipAdverbials(' the strikes were illegal')).toBe(0);
    expect(skipAdverbials(" Sunday's strikes were illegal")).toBe(0);
  });
});
