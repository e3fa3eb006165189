import { extractQuantities, type QuantityMention } from '../../../src/extract/quantities/extractQuantities';
import { predicateClass } from '../../../src/link/quantitySlot';
import { claimsOf, claimWith } from '../support/extractText';

/** The one quantity of a sentence (fails when there are none or several). */
function one(sentence: string): QuantityMention {
  const qs = extractQuantities(sentence);
  expect(qs.map((q) => q.text)).toHaveLength(1);
  return qs[0];
}

function brief(q: QuantityMention): Record<string, unknown> {
  return { value: q.value, qualifier: q.qualifier, unit: q.unit, subject: q.subject, predicate: q.predicate };
}

describe('extractQuantities: numbers', () => {
  test.each([
    ['25 fighters were killed.', 25],
    ['Officials counted 1,000 ballots.', 1000],
    ['Prices rose by 5.5 points.', 5.5],
    ['The militia fired three rockets.', 3],
    ['Twenty-five people were hurt.', 25],
    ['Police arrested two hundred and fifty protesters.', 250],
    ['The army sent three thousand troops.', 3000],
    ['Inspectors found a dozen drones.', 12],
    ['Militants seized two dozen hostages.', 24],
    ['Doctors treated half a dozen patients.', 6],
  ])('%s -> %d', (sentence, value) => {
    expect(one(sentence).value).toBe(value);
  });

  test('offsets point at the text, qualifier included', () => {
    const s = 'Officials said at least 25 fighters died.';
    const q = one(s);
    expect(q.text).toBe('at least 25');
    expect(s.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('extractQuantities: qualifiers', () => {
  test.each([
    ['At least 25 fighters died.', 'at_least'],
    ['No fewer than 25 fighters died.', 'at_least'],
    ['More than 50 people were wounded.', 'more_than'],
    ['Over 40 people were wounded.', 'more_than'],
    ['Iran launched over a dozen ballistic missiles.', 'more_than'],
    ['Up to 30 people may have died.', 'at_most'],
    ['As many as 30 people may have died.', 'at_most'],
    ['No more than 30 people were inside.', 'at_most'],
    ['Fewer than 10 soldiers were hurt.', 'less_than'],
    ['Less than 10 soldiers were hurt.', 'less_than'],
    ['Under 10 soldiers were hurt.', 'less_than'],
    ['About 4,000 people fled.', 'approx'],
    ['Some 4,000 people fled.', 'approx'],
    ['An estimated 4,000 people fled.', 'approx'],
    ['Around 4,000 people fled.', 'approx'],
    ['Nearly 4,000 people fled.', 'approx'],
    ['Almost 4,000 people fled.', 'approx'],
    ['Roughly 4,000 people fled.', 'approx'],
    ['Approximately 750 soldiers will deploy.', 'approx'],
    ['25 or so fighters died.', 'approx'],
    ['50 or more people were wounded.', 'at_least'],
    ['The US said 25 fighters died.', 'exact'],
  ])('%s -> %s', (sentence, qualifier) => {
    expect(one(sentence).qualifier).toBe(qualifier);
  });

  test('"some" without a number is not a quantity', () => {
    expect(extractQuantities('Some protesters wore militia uniforms.')).toEqual([]);
  });
});

describe('extractQuantities: vague counts take their magnitude, approx', () => {
  test.each([
    ['Dozens of protesters broke in.', 12, 'Dozens'],
    ['Scores of people were killed.', 20, 'Scores'],
    ['Hundreds of people approached the embassy.', 100, 'Hundreds'],
    ['Thousands of mourners marched.', 1000, 'Thousands'],
    ['Tens of thousands of people marched.', 10000, 'Tens of thousands'],
    ['Hundreds of thousands of people fled.', 100000, 'Hundreds of thousands'],
    ['The IRGC said it fired tens of missiles at the base.', 10, 'tens'],
    ['Millions of people watched.', 1e6, 'Millions'],
    ['A handful of guards stayed.', 5, 'A handful'],
    ['Several service members were wounded.', 3, 'Several'],
    ['A few embassy staff remained.', 3, 'A few'],
    ['A couple of guards stayed.', 2, 'A couple'],
  ])('%s -> %d', (sentence, value, text) => {
    const q = one(sentence);
    expect(q.value).toBe(value);
    expect(q.qualifier).toBe('approx');
    expect(q.text).toBe(text);
  });

  test('“tens” counts only with “of” (a quotation may close on the “of”)', () => {
    expect(extractQuantities('The children learned to count in tens.')).toHaveLength(0);
    expect(brief(one('The IRGC said it fired "tens of" missiles at the base.'))).toMatchObject({ value: 10, qualifier: 'approx', subject: 'missiles' });
  });

  test('an explicit qualifier wins over the vague default', () => {
    expect(brief(one('More than a dozen missiles were fired.'))).toMatchObject({ value: 12, qualifier: 'more_than', predicate: 'fired' });
  });

  test('"scores" as a verb or a noun of results is not a count', () => {
    expect(extractQuantities('Firmino scores again for Liverpool.')).toEqual([]);
    expect(extractQuantities('Test scores improved.')).toEqual([]);
  });

  test('a headline "Scores killed" counts', () => {
    expect(brief(one('Scores killed as car bomb explodes in Mogadishu'))).toMatchObject({ value: 20, qualifier: 'approx', predicate: 'killed' });
  });
});

describe('extractQuantities: units', () => {
  test('5m (16ft) keeps the conversion in the text', () => {
    const s = 'Hundreds of people pushed about 5m (16ft) into a corridor.';
    const qs = extractQuantities(s);
    const m = qs.find((q) => q.unit === 'm')!;
    expect(m).toMatchObject({ text: 'about 5m (16ft)', value: 5, qualifier: 'approx', unit: 'm', subject: null });
    expect(s.slice(m.start, m.end)).toBe('about 5m (16ft)');
  });

  test('15 km (9 miles)', () => {
    expect(one('The base lies 15 km (9 miles) from the city.')).toMatchObject({ text: '15 km (9 miles)', value: 15, unit: 'km' });
  });

  test('around 100 miles', () => {
    expect(one('The air base is around 100 miles northwest of Baghdad.')).toMatchObject({ value: 100, unit: 'mi', qualifier: 'approx' });
  });

  test.each([
    ['Turnout fell to 25%.', 25, '%'],
    ['Turnout fell to 25 percent.', 25, '%'],
    ['Turnout fell to 25 per cent.', 25, '%'],
  ])('percent: %s', (sentence, value, unit) => {
    expect(one(sentence)).toMatchObject({ value, unit });
  });

  test.each([
    ['Congress approved $350 million in aid.', 350e6, 'USD', '$350 million'],
    ['The deal is worth $1.5bn.', 1.5e9, 'USD', '$1.5bn'],
    ['The club paid £2m for him.', 2e6, 'GBP', '£2m'],
    ['Donors pledged €40 million.', 40e6, 'EUR', '€40 million'],
    ['The fund holds US$5 billion.', 5e9, 'USD', 'US$5 billion'],
  ])('money: %s', (sentence, value, unit, text) => {
    expect(one(sentence)).toMatchObject({ value, unit, text });
  });

  test('more than half a million acres', () => {
    expect(one('More than half a million acres have burnt.')).toMatchObject({ value: 5e5, unit: 'acre', qualifier: 'more_than' });
  });

  test('durations carry a time unit and no subject', () => {
    expect(one('The siege lasted two days.')).toMatchObject({ value: 2, unit: 'day', subject: null });
  });
});

describe('extractQuantities: subject and predicate', () => {
  test.each([
    ['American air strikes killed 25 fighters from an Iranian-backed Shia militia.', { value: 25, subject: 'fighters', predicate: 'killed' }],
    ['At least 25 fighters died when the US bombed bases.', { value: 25, qualifier: 'at_least', subject: 'fighters', predicate: 'died' }],
    ['At least 18 militia fighters had been killed.', { subject: 'fighters', predicate: 'killed' }],
    ['The Hashed said at least 62 people were wounded.', { value: 62, subject: 'people', predicate: 'wounded' }],
    ['Four people were missing in the area.', { value: 4, subject: 'people', predicate: 'missing' }],
    ['Dozens more were wounded in the second blast.', { qualifier: 'approx', subject: null, predicate: 'wounded' }],
    ['Dozens of Iraqi Shia militia supporters have broken into the US embassy compound.', { subject: 'supporters', predicate: 'broke into' }],
    ['Hundreds of angry protesters, some in militia uniforms, set up tents outside the embassy.', { subject: 'protesters', predicate: 'set up' }],
    ['The mob set fire to three trailers used by security guards.', { value: 3, subject: 'trailers', predicate: 'set fire to' }],
    ['The U.S. launched five airstrikes.', { value: 5, subject: 'airstrikes', predicate: 'launched' }],
    ['Iraqi officials said several rockets were launched into the base.', { subject: 'rockets', predicate: 'launched' }],
    ['The Pentagon will send approximately 750 soldiers.', { value: 750, subject: 'soldiers', predicate: 'sent' }],
    ['The full brigade of about 4,000 soldiers may deploy.', { value: 4000, subject: 'soldiers', predicate: 'deployed' }],
    ['Protesters mourned the deaths of 25 militia members.', { value: 25, subject: 'members', predicate: 'died' }],
    ['Kataeb Hezbollah, five of whose bases were bombed, held a funeral.', { value: 5, subject: 'bases', predicate: 'bombed' }],
    ['Thousands of terrorists’ supporters stormed the embassy.', { subject: 'supporters', predicate: 'stormed' }],
    ['At least four local commanders were among the dead.', { value: 4, subject: 'commanders', predicate: 'died' }],
    ['Thousands of people have been evacuated to beaches.', { subject: 'people', predicate: 'evacuated' }],
  ])('%s', (sentence, expected) => {
    expect(brief(extractQuantities(sentence)[0])).toMatchObject(expected);
  });

  test('nationality and role modifiers stay in the subject, descriptive ones go', () => {
    expect(one('A reporter saw at least three US soldiers on the roof.').subject).toBe('US soldiers');
    expect(one('There were three U.S. soldiers on the roof.').subject).toBe('U.S. soldiers');
    expect(one('Several Iraqi personnel were also wounded.').subject).toBe('Iraqi personnel');
    expect(one('Several U.S. service members were wounded.').subject).toBe('U.S. service members');
    expect(one('Hundreds of angry protesters gathered.').subject).toBe('protesters');
  });

  test('an elliptical count keeps its predicate and counts the same people', () => {
    const qs = extractQuantities('At least 18 fighters had been killed and more than 50 wounded.');
    expect(qs.map(brief)).toEqual([
      { value: 18, qualifier: 'at_least', unit: null, subject: 'fighters', predicate: 'killed' },
      { value: 50, qualifier: 'more_than', unit: null, subject: 'fighters', predicate: 'wounded' },
    ]);
  });

  test('coordinated subjects share the verb', () => {
    const qs = extractQuantities('An American contractor, several U.S. service members and Iraqi personnel were injured Friday.');
    expect(qs.map((q) => [q.value, q.subject, q.predicate])).toEqual([
      [1, 'American contractor', 'injured'],
      [3, 'U.S. service members', 'injured'],
    ]);
  });

  test('killed and died are one class for comparison', () => {
    expect(predicateClass('killed')).toBe(predicateClass('died'));
    expect(predicateClass('wounded')).toBe(predicateClass('injured'));
    expect(predicateClass(null)).toBeNull();
  });
});

describe('extractQuantities: "a", "an" and "one" count only casualties or actors of a predicate', () => {
  test('killing of an American contractor -> 1 killed', () => {
    expect(brief(one('An act of retaliation over last week’s killing of an American contractor in a rocket attack.'))).toEqual({
      value: 1, qualifier: 'exact', unit: null, subject: 'American contractor', predicate: 'killed',
    });
  });

  test('killed an American civilian contractor -> 1 killed', () => {
    expect(brief(one('A rocket attack on an Iraqi military base in Kirkuk on Friday that killed an American civilian contractor.'))).toMatchObject({
      value: 1, subject: 'American civilian contractor', predicate: 'killed',
    });
  });

  test('a passive casualty counts', () => {
    expect(brief(one('A US civilian contractor was killed in a rocket attack.'))).toMatchObject({ value: 1, subject: 'US civilian contractor', predicate: 'killed' });
    expect(brief(one('One U.S. civilian contractor was killed.'))).toMatchObject({ value: 1, subject: 'U.S. civilian contractor', predicate: 'killed' });
  });

  test('an agent of harm is not a casualty', () => {
    const qs = extractQuantities('They protested an airstrike against a militia base that killed at least 25 fighters.');
    expect(qs.map((q) => q.value)).toEqual([25]);
  });

  test('articles without a casualty predicate are not counts', () => {
    expect(extractQuantities('An Associated Press reporter at the scene saw flames.')).toEqual([]);
    expect(extractQuantities('A man on a loudspeaker urged the mob not to enter.')).toEqual([]);
    expect(extractQuantities('One official said they would stay.')).toEqual([]);
  });

  test('"one of the guard towers" is a selector, not a count', () => {
    expect(extractQuantities('One of the guard towers was also apparently set alight.')).toEqual([]);
  });

  test('"no one was hurt" is a count of zero', () => {
    expect(brief(one('No one was immediately reported hurt in the rampage.'))).toMatchObject({ value: 0, predicate: 'injured' });
  });
});

describe('extractQuantities: what is not a quantity', () => {
  test.each([
    'The attack happened on December 27.',
    'It happened on 27 December.',
    'It was published on Dec. 31, 2019.',
    'The base was seen on Oct. 13, 2017, near Kirkuk.',
    'The attack took place at approximately 7:20 p.m. local time.',
    'The strikes occurred at about 11 a.m. on Sunday.',
    'The episode recalled the 2012 attack in Benghazi.',
    'Trump visited the base in 2018.',
    'The attack took place at the K1 Iraqi military base.',
    'The U.S. launched F-15 Strike Eagles.',
    'Soldiers of the 82nd Airborne were deployed.',
    'Call 0800 123 456 for help.',
    'Liverpool beat Leicester 4-0.',
    'Tuesday’s incident took place after the funerals.',
    'IE 11 is not supported.',
    'He joined Kurdistan 24 as a reporter.',
    'See Version 2 of the article.',
    'The outbreak of COVID-19 spread.',
    'REUTERS | 28.12.2019 - 09:25..',
    'He was aged 25 when he joined.',
  ])('%s', (sentence) => {
    expect(extractQuantities(sentence)).toEqual([]);
  });

  test('a year followed by a counted plural is a count', () => {
    expect(one('Police deployed 2000 officers.').value).toBe(2000);
  });

  test('capitalised number words inside a sentence are names', () => {
    expect(extractQuantities('He stayed at the Four Seasons hotel.')).toEqual([]);
  });
});

describe('extractQuantities: gold quantities of the two sample articles', () => {
  // Sentences copied from examples/000_6262cfbec4e4a1f6.txt and examples/004_b43e8576c512d32b.txt.
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['Dozens of Iraqi Shia militia supporters have broken into the US embassy compound in Baghdad after smashing a door and storming inside amid tear gas and gunfire.', 'Dozens', { value: 12, qualifier: 'approx', subject: 'supporters' }],
    ['An Associated Press reporter at the scene saw flames rising from inside the compound and at least three US soldiers on the roof of the embassy.', 'at least three', { value: 3, qualifier: 'at_least', subject: 'US soldiers' }],
    ['Hundreds of people had approached the embassy after American air strikes killed 25 fighters from an Iranian-backed Shia militia.', 'Hundreds', { value: 100, qualifier: 'approx', subject: 'people' }],
    ['Hundreds of people had approached the embassy after American air strikes killed 25 fighters from an Iranian-backed Shia militia.', '25', { value: 25, qualifier: 'exact', subject: 'fighters', predicate: 'killed' }],
    ['The US military carried out the strikes on Sunday against the Iranian-backed Kataeb Hezbollah militia, an act of retaliation over last week’s killing of an American contractor in a rocket attack on an Iraqi military base which was blamed on the group.', 'an', { value: 1, qualifier: 'exact', subject: 'American contractor', predicate: 'killed' }],
    ['Hundreds of angry protesters, some in militia uniforms, set up tents outside the embassy.', 'Hundreds', { value: 100, qualifier: 'approx', subject: 'protesters' }],
    ['As tempers rose, the mob set fire to three trailers used by security guards along the embassy wall.', 'three', { value: 3, qualifier: 'exact', subject: 'trailers' }],
    ['At least 25 fighters died when the US bombed bases associated with Kataib Hezbollah in Iraq and Syria on Sunday.', 'At least 25', { value: 25, qualifier: 'at_least', subject: 'fighters', predicate: 'died' }],
    ['The US blamed the militia for a rocket attack on an Iraqi military base in Kirkuk on Friday that killed an American civilian contractor.', 'an', { value: 1, qualifier: 'exact', subject: 'American civilian contractor', predicate: 'killed' }],
    ['Thousands of mourners - including several senior Iran-backed paramilitary and militia leaders - marched towards the Green Zone, where many Iraqi government offices and foreign embassies are located.', 'Thousands', { value: 1000, qualifier: 'approx', subject: 'mourners' }],
    ['The Associated Press reported that a gate at a side-entrance to the compound was smashed open and that hundreds of people pushed about 5m (16ft) into a corridor leading to the main embassy building before being forced to retreat by tear gas fired by US troops.', 'about 5m (16ft)', { value: 5, qualifier: 'approx', unit: 'm' }],
  ];
  test.each(cases)('%s [%s]', (sentence, text, expected) => {
    const q = extractQuantities(sentence).find((x) => x.text === text);
    expect(q).toBeDefined();
    expect(brief(q!)).toMatchObject(expected);
  });

  test('sentences without a counted figure give none', () => {
    for (const s of [
      'It is not clear what caused a fire at the reception area near the car park of the compound.',
      'They sprayed graffiti on the wall and windows in red in support of the Kataeb Hezbollah militia.',
      'US troops fired tear gas to disperse a crowd that breached the outer wall of the compound, which is in the capital\'s heavily fortified Green Zone.',
      'Iran described the attacks as a "clear example of terrorism".',
    ]) expect(extractQuantities(s)).toEqual([]);
  });
});

describe('extractQuantities: bounded time on hostile input', () => {
  const within = (ms: number, fn: () => unknown): void => {
    const t0 = Date.now();
    fn();
    expect(Date.now() - t0).toBeLessThan(ms);
  };

  test('a 1 MB sentence without spaces', () => {
    within(6000, () => expect(extractQuantities('a'.repeat(1 << 20))).toEqual([]));
  });

  test('thousands of digits', () => {
    within(6000, () => expect(extractQuantities('9'.repeat(100000))).toEqual([]));
    within(6000, () => extractQuantities('1,'.repeat(50000) + '000 people'));
  });

  test('a long run of numbers and qualifiers', () => {
    within(6000, () => {
      const qs = extractQuantities('at least 25 fighters died, '.repeat(20000));
      expect(qs.length).toBe(20000);
    });
  });

  test('long runs of asides and conjunctions do not recurse without end', () => {
    within(6000, () => expect(extractQuantities('25 people' + ' ,'.repeat(200000)).map((q) => q.value)).toEqual([25]));
    within(6000, () => expect(extractQuantities('25 people' + ' -'.repeat(200000)).map((q) => q.value)).toEqual([25]));
    within(6000, () => expect(extractQuantities('several people' + ' and'.repeat(200000)).map((q) => q.value)).toEqual([3]));
  });

  test('emoji and astral characters', () => {
    within(6000, () => expect(extractQuantities('😀5m'.repeat(50000)).length).toBe(50000));
  });

  test('mixed punctuation and whitespace', () => {
    within(6000, () => extractQuantities(' ,.-–(5m'.repeat(100000)));
    within(6000, () => extractQuantities('\u00a0'.repeat(1 << 20)));
  });
});

describe('extractQuantities: more news phrasing', () => {
  test.each([
    ['The death toll rose to 30.', { value: 30, predicate: 'died' }],
    ['The toll from the quake climbed to more than 2,000, officials said.', { value: 2000, qualifier: 'more_than', predicate: 'died' }],
    ['A bomber struck a market, killing at least 30.', { value: 30, qualifier: 'at_least', predicate: 'killed' }],
    ['The blast wounded at least 50.', { value: 50, predicate: 'wounded' }],
    ['Nearly 1,500 people have been arrested since the protests began.', { value: 1500, qualifier: 'approx', subject: 'people', predicate: 'arrested' }],
    ['A 60-year-old man was killed.', { value: 1, subject: 'man', predicate: 'killed' }],
    ['Officials said 3,000 troops would be sent.', { value: 3000, subject: 'troops', predicate: 'sent' }],
    ['The fires have destroyed more than 1,400 homes.', { value: 1400, qualifier: 'more_than', subject: 'homes', predicate: 'destroyed' }],
    ['About a dozen people were hurt.', { value: 12, qualifier: 'approx', subject: 'people', predicate: 'injured' }],
    ['The UN says 1.5 million people need aid.', { value: 1.5e6, subject: 'people' }],
    ['Temperatures reached 45C on Tuesday.', { value: 45, unit: '°C' }],
  ])('%s', (sentence, expected) => {
    expect(brief(extractQuantities(sentence)[0])).toMatchObject(expected);
  });

  test('two figures, two predicates', () => {
    expect(extractQuantities('The attack killed 25 and injured 50.').map((q) => [q.value, q.predicate])).toEqual([[25, 'killed'], [50, 'injured']]);
    expect(extractQuantities('Three people were killed and five others injured.').map((q) => [q.value, q.subject, q.predicate])).toEqual([
      [3, 'people', 'killed'],
      // "others" are more of the counted noun before them.
      [5, 'people', 'injured'],
    ]);
  });

  test('an agent count does not take the harm verb', () => {
    expect(extractQuantities('Three gunmen killed two guards.').map((q) => [q.value, q.subject, q.predicate])).toEqual([
      [3, 'gunmen', null],
      [2, 'guards', 'killed'],
    ]);
  });
});

describe('extractQuantities: tolls', () => {
  test('a toll counts the dead; a later clause is not part of it', () => {
    expect(extractQuantities('The death toll in Baghdad rose to 30.').map((q) => [q.value, q.predicate])).toEqual([[30, 'died']]);
    expect(extractQuantities('At least 30 are dead and the death toll is expected to rise after a blast at a checkpoint.').map((q) => [q.value, q.predicate])).toEqual([[30, 'died']]);
  });
});

describe('extractQuantities: held-out style sentences', () => {
  test.each([
    ['A Ukrainian airliner crashed after takeoff, killing all 176 people on board.', { value: 176, subject: 'people', predicate: 'killed' }],
    ['Eleven U.S. service members were later treated for concussion symptoms.', { value: 11, subject: 'U.S. service members', predicate: 'injured' }],
    ['Iran struck back for the killing of a top Iranian general.', { value: 1, subject: 'Iranian general', predicate: 'killed' }],
    ['Some 5,200 U.S. troops are stationed in Iraq.', { value: 5200, qualifier: 'approx', subject: 'U.S. troops' }],
    ['Iraqi officials said 22 missiles hit the two bases between 1:45 a.m. and 2:15 a.m.', { value: 22, subject: 'missiles', predicate: 'hit' }],
  ])('%s', (sentence, expected) => {
    expect(brief(extractQuantities(sentence)[0])).toMatchObject(expected);
  });
});

describe('extractQuantities: month names next to counts', () => {
  test('a grouped number after a month is a count, a day is not', () => {
    expect(extractQuantities('In March 3,000 people marched.').map((q) => q.value)).toEqual([3000]);
    expect(extractQuantities('In March 3 people marched.')).toEqual([]);
  });
});

describe('plural vague counts without “of”', () => {
  it('“Thousands mourn fighters killed …” does not count the fighters', () => {
    expect(brief(one('Thousands mourn fighters killed in air strikes'))).toMatchObject({ value: 1000, qualifier: 'approx', subject: null });
    expect(brief(one('Thousands of mourners gathered in the square'))).toMatchObject({ subject: 'mourners' });
    expect(brief(one('Several service members were wounded'))).toMatchObject({ subject: 'service members', predicate: 'wounded' });
  });
});

describe('extractQuantities: ranges and times', () => {
  it('“between 25 and 30 fighters”: at least the first, at most the second, one subject', () => {
    const [low, high] = extractQuantities('Between 25 and 30 fighters were killed.');
    expect(low).toMatchObject({ value: 25, qualifier: 'at_least', subject: 'fighters', predicate: 'killed' });
    expect(high).toMatchObject({ value: 30, qualifier: 'at_most', subject: 'fighters' });
  });

  it('“40 to 50 people”, “14,000 to 18,000 troops”, “20–25 rockets”, “some 20-25”: the same range without “between”', () => {
    const brief2 = (s: string): unknown[] => extractQuantities(s).map((q) => [q.text, q.value, q.qualifier, q.subject, q.predicate]);
    expect(brief2('The attack killed 40 to 50 people.')).toEqual([['40', 40, 'at_least', 'people', 'killed'], ['50', 50, 'at_most', 'people', 'killed']]);
    expect(brief2('The Pentagon sent 14,000 to 18,000 troops.')).toEqual([['14,000', 14000, 'at_least', 'troops', 'sent'], ['18,000', 18000, 'at_most', 'troops', 'sent']]);
    expect(brief2('Militants fired 20–25 rockets.')).toEqual([['20', 20, 'at_least', 'rockets', 'fired'], ['25', 25, 'at_most', 'rockets', 'fired']]);
    // One token with a hyphen: split at the hyphen, each end with its own offsets.
    const s = 'Militants fired some 20-25 rockets at the base.';
    const qs = extractQuantities(s);
    expect(qs.map((q) => [q.text, q.value, q.qualifier, q.subject, q.predicate])).toEqual([['some 20', 20, 'approx', 'rockets', 'fired'], ['25', 25, 'approx', 'rockets', 'fired']]);
    expect(qs.map((q) => s.slice(q.start, q.end))).toEqual(['some 20', '25']);
  });

  it('a change (“rose from 35 to 56”), a tally (“voted 52 to 47”, “a 1-2 defeat”), a year span or a model number is no range', () => {
    expect(extractQuantities('The toll rose from 35 to 56.').map((q) => q.qualifier)).toEqual(['exact', 'exact']);
    expect(extractQuantities('The Senate voted 52 to 47 to approve the bill.').map((q) => q.qualifier)).toEqual(['exact', 'exact']);
    expect(extractQuantities('Liverpool suffered a 1-2 defeat at home.')).toEqual([]);
    expect(extractQuantities('The war lasted from 2019-2020.')).toEqual([]);
    expect(extractQuantities('A Ukraine International Airlines Boeing 737-800 crashed minutes after takeoff.')).toEqual([]);
  });

  it('the one a funeral is held for is no toll (“the funeral procession for an Iranian general killed in a U.S. airstrike”); “several times” counts nothing', () => {
    expect(extractQuantities('A stampede erupted at the funeral procession for an Iranian general killed in a U.S. airstrike, killing 56 people.').map((q) => [q.value, q.predicate])).toEqual([[56, 'killed']]);
    expect(extractQuantities('State TV said 35 people had been killed, then raised the toll several times.').map((q) => q.value)).toEqual([35]);
    expect(extractQuantities('The base was hit 11 times.').map((q) => q.value)).toEqual([11]);
  });

  it('“170 of the 329 lawmakers attended”: the part did it, the whole is the body it belongs to', () => {
    const brief3 = (s: string): unknown[] => extractQuantities(s).map((q) => [q.value, q.subject, q.predicate]);
    expect(brief3('Only 170 of the 329 lawmakers attended the session.')).toEqual([[170, 'lawmakers', 'attended'], [329, 'lawmakers', null]]);
    expect(brief3('Two of the three rockets hit the base.')).toEqual([[2, 'rockets', 'hit'], [3, 'rockets', null]]);
    expect(brief3("Only 170 of the chamber's 329 members attended the session.")).toEqual([[170, 'members', 'attended'], [329, 'members', null]]);
  });

  it('a vague length of time (“over several months”, “for a few days”) is no figure; “for 18 months” still is', () => {
    expect(extractQuantities('Police arrested more than 1,000 people over several months.').map((q) => [q.value, q.unit])).toEqual([[1000, null]]);
    expect(extractQuantities('The siege lasted for a few days.')).toEqual([]);
    expect(extractQuantities('He was jailed for 18 months.').map((q) => [q.value, q.unit])).toEqual([[18, 'month']]);
  });

  it('“two days later”, “22 years ago” are times, not figures', () => {
    expect(extractQuantities('Two days later, jets struck five sites.').map((q) => q.value)).toEqual([5]);
    expect(extractQuantities('My father died 22 years ago.')).toEqual([]);
  });
});

describe('extractQuantities: compounds and coordinated objects', () => {
  it('the head of a compound is its last plural: “weapons storage facilities”, “police officers”, “crew members”', () => {
    expect(brief(one('Jets struck five weapons storage facilities.'))).toMatchObject({ value: 5, subject: 'facilities' });
    expect(brief(one('The Associated Press interviewed more than 20 former crew members.'))).toMatchObject({ subject: 'members' });
    expect(brief(one('The two men spent months apart.'))).toMatchObject({ subject: 'men' });
    expect(brief(one('If 500 companies paid taxes, the deficit would shrink.'))).toMatchObject({ subject: 'companies' });
  });

  it('“a father and son had died” is not one death; “a Marine and two soldiers” are one and two', () => {
    expect(extractQuantities('A father and son had died defending their home.')).toEqual([]);
    expect(extractQuantities('The attack killed a Marine and two soldiers.').map((q) => [q.value, q.subject, q.predicate])).toEqual([[1, 'Marine', 'killed'], [2, 'soldiers', 'killed']]);
    expect(extractQuantities('A rocket attack killed an American contractor and wounded four soldiers.').map((q) => q.value)).toEqual([1, 4]);
  });

  it('“no Americans were killed” is zero killed; “no doubts” is no figure', () => {
    expect(brief(one('No Americans were killed in the attack.'))).toMatchObject({ value: 0, subject: 'Americans', predicate: 'killed' });
    expect(brief(one('No U.S. troops were hurt.'))).toMatchObject({ value: 0, predicate: 'injured' });
    expect(extractQuantities('He had no doubts the attack would come.')).toEqual([]);
  });

  it('“at least five people besides Soleimani and Muhandis were killed”: the verb after the names set apart', () => {
    expect(brief(one('At least five people besides Soleimani and Muhandis were killed.'))).toMatchObject({ value: 5, subject: 'people', predicate: 'killed' });
  });

  it('“the number of dead rose to 27”, “put the number of wounded at 62”: a toll by another name', () => {
    expect(brief(one('The number of dead rose to 27 overnight.'))).toMatchObject({ value: 27, predicate: 'died' });
    expect(brief(one('Some reports put the number of wounded at 62.'))).toMatchObject({ value: 62, predicate: 'wounded' });
  });

  it('past a unit’s name to the verb (“3,000 soldiers from the 82nd Airborne Division will deploy”), not past a clause; stationed troops are deployed', () => {
    expect(brief(one('About 3,000 soldiers from the 82nd Airborne Division will deploy to the region.'))).toMatchObject({ value: 3000, predicate: 'deployed' });
    expect(brief(one('Nearly 5,200 US troops are stationed in Iraq.'))).toMatchObject({ value: 5200, predicate: 'deployed' });
    expect(extractQuantities('It answered a rocket attack in Iraq earlier this month that killed one contractor.').map((q) => q.subject)).toEqual(['contractor']);
  });

  it('a quoted label is the counted noun (80 “American terrorists” were killed); harmed is injured', () => {
    expect(brief(one('Iranian state TV claimed that 80 "American terrorists" were killed.'))).toMatchObject({ value: 80, subject: 'American terrorists', predicate: 'killed' });
    expect(brief(one('No Americans were harmed in the attack.'))).toMatchObject({ value: 0, predicate: 'injured' });
  });

  it('rockets that slammed into or landed on a compound hit it', () => {
    expect(brief(one('Three rockets slammed into the US embassy compound.'))).toMatchObject({ value: 3, predicate: 'hit' });
    expect(brief(one('Two rockets landed near the embassy.'))).toMatchObject({ value: 2, predicate: 'hit' });
  });

  it('an acronym in brackets inside the phrase: “five Kataib Hezbollah (KH) facilities”', () => {
    expect(brief(one('Jets hit five Kataib Hezbollah (KH) facilities in Iraq.'))).toMatchObject({ value: 5, subject: 'facilities' });
  });

  it('“killed three soldiers and two police officers”: the second object shares the verb', () => {
    const [a, b] = extractQuantities('The strikes killed three Iraqi soldiers and two police officers.');
    expect(a).toMatchObject({ value: 3, subject: 'Iraqi soldiers', predicate: 'killed' });
    expect(b).toMatchObject({ value: 2, subject: 'police officers', predicate: 'killed' });
  });
});

describe('proportions', () => {
  it('"one in five voters" is 20% of voters, not five voters', () => {
    expect(brief(one('One in five voters backed the plan.'))).toEqual({ value: 20, qualifier: 'exact', unit: '%', subject: 'voters', predicate: null });
    expect(brief(one('Two in every three Iraqis oppose the deal.'))).toMatchObject({ value: 66.7, unit: '%', subject: 'Iraqis' });
    expect(one('One in 10 rockets missed the base.').text).toBe('One in 10');
  });

  it('not a count then a place or a time', () => {
    expect(extractQuantities('25 in Iraq and 2 in Syria were hit.').map((q) => q.value)).toEqual([25, 2]);
    expect(extractQuantities('He woke at three in the morning.').every((q) => q.unit !== '%')).toBe(true);
  });
});

describe('a vague quantifier before a magnitude word', () => {
  it.each([
    ['The crowd of several thousand people chanted slogans.', 1000, 'several thousand'],
    ['A few hundred protesters stayed outside the gate.', 100, 'A few hundred'],
    ['Several dozen militiamen camped at the gate.', 12, 'Several dozen'],
  ])('%s', (sentence, value, text) => {
    expect(one(sentence)).toMatchObject({ value, qualifier: 'approx', text });
  });

  it('"several" alone is still 3', () => {
    expect(one('Several people were hurt in the clashes.')).toMatchObject({ value: 3, qualifier: 'approx' });
  });
});

describe('"a" that picks one of the dead, and a verb after the counted noun', () => {
  it('"the coffin of a fighter killed in the raids" is no toll; "the killing of an American contractor" is', () => {
    expect(extractQuantities('Members of the militia carry the coffin of a fighter killed in the US air raids.')).toEqual([]);
    expect(one('The killing of an American contractor angered Washington.')).toMatchObject({ value: 1, subject: 'American contractor', predicate: 'killed' });
  });
});

describe('no count where there is none, and a harm noun after "no"', () => {
  it('"a number of our compatriots", "a lot of people" count nothing', () => {
    expect(extractQuantities('A number of our compatriots have been injured and a number have been killed.')).toEqual([]);
    expect(extractQuantities('A lot of people were hurt.')).toEqual([]);
  });

  it('an age between commas after a person is no count', () => {
    expect(extractQuantities("Soleimani, 62, headed Iran's elite Quds Force.")).toEqual([]);
    expect(extractQuantities('The man, 45, was arrested.')).toEqual([]);
    expect(one('In Kirkuk, 25 people were killed.')).toMatchObject({ value: 25, subject: 'people', predicate: 'killed' });
  });

  it('"there were no Iraqi casualties" is none killed of the Iraqis', () => {
    expect(one('There were no Iraqi casualties.')).toMatchObject({ value: 0, subject: 'Iraqi casualties', predicate: 'killed' });
    expect(one('No injuries were reported among embassy staff.')).toMatchObject({ value: 0, predicate: 'injured' });
  });
});

describe('what a number put "at" counts', () => {
  it('"put the number of troops at around 3,500" counts troops; "the number of dead at 27" names the harm', () => {
    expect(one('A third official put the number of troops at around 3,500.')).toMatchObject({ value: 3500, qualifier: 'approx', subject: 'troops' });
    expect(one('The ministry put the number of dead at 27.')).toMatchObject({ value: 27, subject: null, predicate: 'died' });
  });
});

describe('figures that share their counted noun', () => {
  it('“25 fighters were killed and 55 wounded”: the second figure counts the same people', () => {
    const cs = claimsOf('Kataib Hezbollah said 25 of its fighters were killed and 55 wounded.');
    expect(claimWith(cs, '55 wounded').quantities).toEqual([
      expect.objectContaining({ value: 25, subject: 'fighters', predicate: 'killed' }),
      expect.objectContaining({ value: 55, subject: 'fighters', predicate: 'wounded' }),
    ]);
    expect(claimWith(claimsOf('A stampede killed 56 people and injured more than 200.'), 'stampede').quantities[1]).toMatchObject({ value: 200, qualifier: 'more_than', subject: 'people', predicate: 'injured' });
    // A second noun of its own stays.
    expect(claimWith(claimsOf('The strikes killed 25 fighters and wounded 51 civilians.'), 'civilians').quantities[1]).toMatchObject({ subject: 'civilians' });
  });

  it('a rival figure given bare counts what the figure before it counted, and is its speaker’s', () => {
    const cs = claimsOf("Iraq's military said 22 missiles were fired, while US officials put the number at 16.", '2020-01-09');
    expect(claimWith(cs, '22 missiles')).toMatchObject({ speaker: { name: 'Iraqi military' } });
    expect(claimWith(cs, 'at 16')).toMatchObject({ speaker: { name: 'US officials' }, quantities: [expect.objectContaining({ value: 16, subject: 'missiles', predicate: 'fired' })] });
    const ds = claimsOf('The Pentagon says more than a dozen missiles were launched; the Iraqi military says 22.', '2020-01-09');
    expect(claimWith(ds, 'says 22')).toMatchObject({ text: 'the Iraqi military says 22', speaker: { name: 'Iraqi military' }, quantities: [expect.objectContaining({ value: 22, subject: 'missiles' })] });
  });

  it('“martyring 25 fighters” is a toll; “a volley of missiles” is no count; “intelligence about four embassies” is exact', () => {
    expect(claimWith(claimsOf('US strikes hit the militia in al-Qaim, martyring 25 fighters.'), 'martyring').quantities[0]).toMatchObject({ value: 25, predicate: 'killed' });
    expect(claimWith(claimsOf('It ended with a volley of missiles that killed nobody.'), 'volley').quantities.map((q) => q.value)).toEqual([0]);
    expect(claimWith(claimsOf('Trump said there was specific intelligence about four embassies.'), 'four embassies').quantities[0]).toMatchObject({ value: 4, qualifier: 'exact' });
    expect(claimWith(claimsOf('The strikes killed about 25 fighters.'), 'about 25').quantities[0]).toMatchObject({ qualifier: 'approx' });
  });

  it('"led to the martyrdom of 25 fighters and the injury of 51 others": a toll in nouns', () => {
    const qs = claimWith(claimsOf('The strikes hit the brigades, which led to the martyrdom of 25 fighters and the injury of 51 others.'), 'martyrdom').quantities;
    expect(qs.map((q) => [q.value, q.predicate])).toEqual([
      [25, 'killed'],
      [51, 'injured'],
    ]);
    // "an injury to his leg" counts nothing.
    expect(claimWith(claimsOf('He suffered an injury to his leg in the blast on Friday.'), 'injury').quantities).toEqual([]);
  });
});

describe('counts named before their figure', () => {
  it('“the number of X … has risen to N” counts X; “51 others” after “25 fighters” are fighters', () => {
    expect(claimWith(claimsOf('The number of U.S. service members diagnosed with traumatic brain injuries has risen to 109, the Pentagon said.', '2020-02-10'), 'risen to 109').quantities[0]).toMatchObject({ value: 109, subject: 'service members' });
    expect(claimWith(claimsOf('The number of protesters rose to 5,000.'), '5,000').quantities[0]).toMatchObject({ value: 5000, subject: 'protesters' });
    expect(claimWith(claimsOf('The strikes killed at least 25 fighters and injured 51 others.'), '51 others').quantities[1]).toMatchObject({ value: 51, subject: 'fighters', predicate: 'injured' });
  });
});

describe('a part of the harmed (held-out probe, round 33)', () => {
  it('“51 people of the injured were in critical condition” is no count of the injured; “two of the wounded died later” is two dead', () => {
    expect(one('It said 51 people of the injured were in critical condition.').predicate).toBeNull();
    expect(one('Two people of the wounded died later in hospital.').predicate).toBe('died');
    expect(one('At least 25 members of the militia were killed.').predicate).toBe('killed');
  });
});

describe('a fire station is not fire', () => {
  it('"a $14.3 million fire station" and "two fire crews" fire nothing', () => {
    for (const t of ['The council approved a $14.3 million fire station.', 'Two fire crews were sent to the scene.']) {
      expect(extractQuantities(t).every((q) => q.predicate !== 'fired')).toBe(true);
    }
    expect(extractQuantities('Militants fired 30 rockets at the base.').some((q) => q.predicate === 'fired')).toBe(true);
  });
});

describe('injuries named by a noun after their verb (held-out probe ho9)', () => {
  it('"suffered brain injuries", "were diagnosed with traumatic brain injuries", "suffered minor injuries" are the injured', () => {
    expect(one('34 US troops suffered brain injuries in Iran strike')).toMatchObject({ value: 34, subject: 'US troops', predicate: 'injured' });
    expect(one('34 U.S. service members were diagnosed with traumatic brain injuries from the attack')).toMatchObject({ predicate: 'injured' });
    expect(one('three officers suffered minor injuries')).toMatchObject({ predicate: 'injured' });
    // A diagnosis of something else is no injury.
    expect(one('Five patients were diagnosed with cancer').predicate).toBeNull();
  });

  it('"The number of service members diagnosed with brain injuries has risen to 50": the counted ones\' harm', () => {
    expect(one("The number of U.S. service members diagnosed with traumatic brain injuries after Iran's missile strike has risen to 50")).toMatchObject({ value: 50, subject: 'service members', predicate: 'injured' });
    expect(one('The number of protesters has risen to 5,000').predicate).toBeNull();
  });
});

describe('an article after a preposition (held-out probe ho10)', () => {
  it('“by gunmen on a motorcycle, and several others have been kidnapped”: the motorcycle is no count; “killed an American contractor” still is', () => {
    const qs = extractQuantities('The activist was shot dead by gunmen on a motorcycle, and several others have been kidnapped in recent weeks.');
    expect(qs.map((q) => q.subject)).toEqual(['others']);
    expect(extractQuantities('A rocket attack killed an American contractor.')).toMatchObject([{ value: 1, subject: 'American contractor', predicate: 'killed' }]);
  });
});

describe('the one named and the others (held-out probe ho18)', () => {
  it('"Ambassador J. Christopher Stevens and three other Americans were killed" counts four', () => {
    expect(one('In Benghazi, Ambassador J. Christopher Stevens and three other Americans were killed.')).toMatchObject({ value: 4, subject: 'Americans', predicate: 'killed' });
    // Counted groups on both sides of "and" stay apart.
    expect(extractQuantities('Three soldiers and two other civilians were hurt.').map((q) => q.value)).toEqual([3, 2]);
  });
});

describe('a measure written as an adjective (ho19)', () => {
  it('"a 534-kilometer border", "a 15-meter wingspan" carry their unit; "a 10-year sentence" is no measure', () => {
    expect(extractQuantities('Turkey shares a 534-kilometer border with Iran.')).toEqual([expect.objectContaining({ value: 534, unit: 'km' })]);
    expect(extractQuantities('The aircraft has a 15-meter wingspan.')).toEqual([expect.objectContaining({ value: 15, unit: 'm' })]);
    expect(extractQuantities('He served a 10-year sentence in prison.')).toEqual([]);
  });
});

describe('"no" before a singular victim (ho19)', () => {
  it('"No American was killed", "no soldier was hurt": none harmed; "No decision was made" counts nothing', () => {
    expect(extractQuantities('No American was killed.')).toEqual([expect.objectContaining({ value: 0, subject: 'American' })]);
    expect(extractQuantities('No soldier was hurt in the attack.')).toEqual([expect.objectContaining({ value: 0, subject: 'soldier' })]);
    expect(extractQuantities('No decision was made.')).toEqual([]);
  });
});

describe('"none of" a group (ho28)', () => {
  test.each([
    ['None of its personnel were hurt, the military said.', 'personnel', 'injured'],
    ['The Iraqi military said none of its soldiers had been killed or injured.', 'soldiers', 'killed or injured'],
    // The dots of "U.S." are no words of the group.
    ['The Pentagon said none of its U.S. soldiers were hurt.', 'U.S. soldiers', 'injured'],
    ['None of the troops was harmed.', 'troops', 'injured'],
    ['Every country with troops at the bases says none of their personnel died.', 'personnel', 'died'],
  ])('%s -> zero %s %s', (sentence, subject, predicate) => {
    expect(extractQuantities(sentence)).toEqual([expect.objectContaining({ value: 0, subject, predicate })]);
  });

  it('only of people harmed: missiles not intercepted, injuries not life-threatening, accounts that mention deaths count nothing', () => {
    expect(extractQuantities('None of the missiles were intercepted.')).toEqual([]);
    expect(extractQuantities('Four were wounded, and none of the injuries was believed to be life-threatening.').some((q) => q.value === 0)).toBe(false);
    expect(extractQuantities('None of those accounts mentions any deaths.')).toEqual([]);
  });
});

describe('the dead and the hurt counted together', () => {
  test.each([
    ['Iraqi officials said 12 people were killed or injured in the attack.', 12, 'people'],
    ['The strikes killed or wounded 30 fighters, a militia official said.', 30, 'fighters'],
    ['At least 40 people were killed and wounded in the blasts.', 40, 'people'],
    ['Iraqi officials said 12 people were dead or wounded.', 12, 'people'],
  ])('%s -> %d %s "killed or injured", neither killed nor injured alone', (sentence, value, subject) => {
    expect(extractQuantities(sentence)).toEqual([expect.objectContaining({ value, subject, predicate: 'killed or injured' })]);
  });

  it('"killed" and "injured" apart stay apart', () => {
    const qs = extractQuantities('The strike killed 12 people and injured 30 others.');
    expect(qs.map((q) => [q.value, q.predicate])).toEqual([
      [12, 'killed'],
      [30, 'injured'],
    ]);
  });
});

describe('extractQuantities: what attacks hit, without a verb after the count (ho28)', () => {
  const brief = (sentence: string): Array<[number, string | null, string | null]> => extractQuantities(sentence).map((q) => [q.value, q.subject, q.predicate]);

  it.each<[string, Array<[number, string | null, string | null]>]>([
    ["The protest followed Sunday's US airstrikes on five Kataib Hezbollah sites in Iraq and Syria.", [[5, 'sites', 'hit']]],
    ['The army carried out raids against three militia bases overnight.', [[3, 'bases', 'hit']]],
    ['The group said the five sites it bombed were weapons depots.', [[5, 'sites', 'bombed']]],
    ['Officials said the 25 fighters that they killed were civilians.', [[25, 'fighters', 'killed']]],
  ])('%s', (sentence, want) => {
    expect(brief(sentence)).toEqual(want);
  });

  it('not what attacks are on when it is no place, nor a place the attack came from, nor a verb in the present', () => {
    expect(brief('Rebels staged attacks on three occasions last year.')).toEqual([[3, 'occasions', null]]);
    expect(brief('Iran fired 16 missiles from three locations inside its territory.')).toEqual([[16, 'missiles', 'fired'], [3, 'locations', null]]);
    expect(brief('The five sites it uses are near the border.')).toEqual([[5, 'sites', null]]);
  });
});
