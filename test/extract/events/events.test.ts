import { HAPPENING } from '../../../src/domain';
import { detectEvents } from '../../../src/extract/events/detectEvents';
import { claimWith, extractText } from '../support/extractText';
import { placeAncestors, placesApart, placesNested } from '../../../src/extract/entities/gazetteer';
import { assignEvents, eventForSpan, type EventAssignment } from '../../../src/extract/events/assignEvents';
import { BBC, contexts, GOLD_EVENTS, PA, type SeedArticle } from './seedArticles';

const TUESDAY = '2019-12-31';
const ctx = (places: string[] = []) => ({ published: TUESDAY, places });

describe('detectEvents: labels from the trigger vocabulary', () => {
  test.each([
    ['American air strikes killed 25 fighters.', 'air strikes', 'air strikes'],
    ['The U.S. launched five airstrikes.', 'air strikes', 'airstrikes'],
    ['The US military carried out the strikes.', 'air strikes', 'strikes'],
    ['The US bombed bases in Iraq.', 'bombing', 'bombed'],
    ['A rocket attack hit the base.', 'rocket attack', 'rocket attack'],
    ['Iran launched more than a dozen ballistic missiles.', 'missile strike', 'ballistic missiles'],
    ['Protesters have attacked the US embassy compound.', 'embassy attack', 'Protesters'],
    ['Mourners held funerals for the fighters.', 'funerals', 'Mourners'],
    ['The siege ended on Wednesday.', 'siege', 'siege'],
    ['An infantry battalion is being deployed.', 'deployment', 'deployed'],
    ['A car bomb exploded at a checkpoint.', 'car bombing', 'car bomb'],
    ['Tuesday’s incident took place after the funerals.', 'incident', 'incident'],
  ])('%s -> %s', (sentence, label, trigger) => {
    const m = detectEvents(sentence, ctx())[0];
    expect(m).toMatchObject({ label, trigger });
    expect(sentence.slice(m.start, m.end)).toBe(trigger);
  });

  test('workers’ strikes, industrial blasts, storms and road crashes are happenings of their own kinds', () => {
    const labels = (s: string) => detectEvents(s, ctx()).map((m) => m.label);
    expect(labels('Junior doctors will walk out for a 72-hour strike from Monday.')).toEqual(['labour strike', 'labour strike']);
    expect(labels('The strike by junior doctors began on Monday.')).toEqual(['labour strike']);
    expect(labels('Nurses went on strike on Tuesday.')).toEqual(['labour strike']);
    expect(labels("The nurses' strike closed wards.")).toEqual(['labour strike']);
    expect(labels('The delegation walked out of the talks.')).toEqual([]);
    expect(labels('The US launched a strike on a militia base on Sunday.')).toEqual(['air strikes']);
    expect(labels('Israeli strikes killed seven aid workers on Monday.')).toEqual(['air strikes']);
    expect(labels('An explosion at a chemical plant killed two workers.')).toEqual(['explosion']);
    expect(labels('Cyclone Remal slammed into the coast.')).toEqual(['storm']);
    expect(labels('Residents fled as Hurricane Milton approached.')).toEqual(['storm']);
    expect(labels('Hundreds of thousands evacuated as storm hits Bangladesh.')).toEqual(['storm']);
    expect(labels('Protesters tried to storm the parliament.')).toContain('attack');
    expect(labels('A bus carrying pilgrims plunged into a gorge.')).toEqual(['road crash']);
    expect(labels('Stocks plunged on Monday.')).toEqual([]);
  });

  test('in an article on a car bomb, “the blast” is that bombing; in one on a doctors’ strike, a bare “strike” is that strike', () => {
    const bomb = assignEvents([
      { text: 'A car bomb exploded at a checkpoint in Mogadishu on Saturday.', places: ['Mogadishu'], participants: [] },
      { text: 'The blast killed at least 30 people.', places: [], participants: [] },
    ], TUESDAY);
    expect(bomb.events.map((e) => e.label)).toEqual(['car bombing']);
    const walkout = assignEvents([
      { text: 'Junior doctors will walk out for a 72-hour strike from Monday.', places: [], participants: [] },
      { text: '“No one wants to strike,” a doctor said.', places: [], participants: [] },
    ], TUESDAY);
    expect(walkout.events.map((e) => e.label)).toEqual(['labour strike']);
  });

  test('a wildfire named by its name (“the Park Fire”), not a fire service or a gunman’s fire', () => {
    expect(detectEvents('Two people were killed in the Park Fire, the sheriff said.', ctx()).map((m) => m.label)).toContain('wildfire');
    expect(detectEvents('The Camp Fire’s toll rose again.', ctx()).map((m) => m.label)).toContain('wildfire');
    expect(detectEvents('A brush fire closed the highway.', ctx()).map((m) => m.label)).toEqual(['wildfire']);
    expect(detectEvents('The blaze was 18% contained, according to Cal Fire.', ctx())).toEqual([]);
    expect(detectEvents('The Fire Department said the road is open.', ctx())).toEqual([]);
    expect(detectEvents('Gunmen opened fire on Tuesday.', ctx())).toEqual([]);
  });

  test('a named target makes a generic attack specific', () => {
    expect(detectEvents('Militants stormed the US embassy.', ctx()).map((m) => m.label)).toEqual(['embassy attack']);
    expect(detectEvents('Militants stormed the building.', ctx()).map((m) => m.label)).toEqual(['attack']);
    expect(detectEvents('The 2012 attack on the consulate in Benghazi.', ctx()).map((m) => m.label)).toEqual(['consulate attack']);
  });

  test('words that only look like triggers', () => {
    expect(detectEvents('Workers began a hunger strike.', ctx())).toEqual([]);
    expect(detectEvents('He suffered a heart attack.', ctx())).toEqual([]);
    expect(detectEvents('They chanted “Death to America”.', ctx())).toEqual([]);
    expect(detectEvents('The U.S. launched F-15 Strike Eagles.', ctx())).toEqual([]);
  });

  test('dates go with their trigger: possessive before, "on Friday" after', () => {
    expect(detectEvents('Pompeo said Sunday’s strikes sent a message.', ctx())[0]).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    const two = detectEvents('The US blamed the militia for a rocket attack in Kirkuk on Friday after strikes on Sunday.', ctx(['Kirkuk']));
    expect(two.map((m) => [m.label, m.date])).toEqual([['rocket attack', '2019-12-27'], ['air strikes', '2019-12-29']]);
  });

  test('a range date is kept as a range', () => {
    expect(detectEvents('Retaliation over last week’s killing of a contractor.', ctx())[0]).toMatchObject({ label: 'killing', date: '2019-12-23', dateEnd: '2019-12-29' });
  });

  test('the place is a location near the trigger, not any name', () => {
    expect(detectEvents('The US blamed the militia for a rocket attack on an Iraqi military base in Kirkuk on Friday.', ctx(['Kirkuk']))[0].place).toBe('Kirkuk');
    expect(detectEvents('Pompeo said Sunday’s strikes sent the message that the US will not tolerate actions by Iran.', ctx(['Iran']))[0].place).toBeNull();
    const m = detectEvents('At least 25 fighters died when the US bombed bases in Iraq and Syria on Sunday.', ctx(['Iraq', 'Syria']));
    expect(m[0]).toMatchObject({ label: 'bombing', place: 'Iraq', date: '2019-12-29' });
  });

  test('without a publication date the weekday stays unresolved', () => {
    expect(detectEvents('The strikes on Sunday killed 25.', { published: null, places: [] })[0].date).toBeNull();
  });
});

describe('assignEvents: small articles', () => {
  test('mentions of the same strikes share one event', () => {
    const r = assignEvents([
      { text: 'The US carried out the strikes on Sunday.', places: [], participants: ['United States'] },
      { text: 'Pompeo said Sunday’s strikes sent a message.', places: [], participants: ['Mike Pompeo'] },
      { text: 'The air strikes killed 25 fighters.', places: [], participants: [] },
      { text: 'Iraq condemned the US strikes.', places: ['Iraq'], participants: ['Iraq'] },
    ], TUESDAY);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ key: 'air strikes|2019-12-29|', label: 'air strikes', date: '2019-12-29', participants: ['United States', 'Mike Pompeo', 'Iraq'] });
    expect(r.bySentence).toEqual([0, 0, 0, 0]);
  });

  test('different days are different events', () => {
    const r = assignEvents([
      { text: 'Protesters attacked the US embassy in Baghdad.', places: ['Baghdad'], participants: [] },
      { text: 'The strikes on Sunday killed 25.', places: [], participants: [] },
      { text: 'Strikes on Friday hit a depot.', places: [], participants: [] },
    ], TUESDAY);
    expect(r.events.map((e) => e.key)).toEqual(['embassy attack|2019-12-31|Baghdad', 'air strikes|2019-12-29|', 'air strikes|2019-12-27|']);
  });

  test('a wildfire dated on days close together is one fire that went on; a flood far apart in time or place is another', () => {
    // Monday 2024-07-29: "on Monday" is the 29th, "on Wednesday" the 24th.
    const fire = assignEvents([
      { text: 'A wildfire forced the evacuation of 30,000 residents on Monday.', places: [], participants: [] },
      { text: 'The wildfire has burned 120,000 hectares since it broke out on Wednesday, Cal Fire said.', places: [], participants: [] },
    ], '2024-07-29');
    expect(fire.events).toHaveLength(1);
    expect(fire.events[0]).toMatchObject({ label: 'wildfire', date: '2024-07-24', dateEnd: '2024-07-29' });
    expect(fire.bySentence).toEqual([0, 0]);
    const floods = assignEvents([
      { text: 'Floods in Derna killed 4,000 people on Monday.', places: ['Derna'], participants: [] },
      { text: 'Floods in Baghdad on Friday drowned two people.', places: ['Baghdad'], participants: [] },
      { text: 'Floods in Derna in March 2019 killed 12.', places: ['Derna'], participants: [] },
    ], '2019-12-31');
    expect(floods.events.map((e) => [e.date, e.place])).toEqual([['2019-12-30', 'Derna'], ['2019-12-27', 'Baghdad'], ['2019-03-01', 'Derna']]);
  });

  test('strikes on two days close together stay two (only ongoing kinds widen)', () => {
    const r = assignEvents([
      { text: 'Strikes on Sunday killed 25.', places: [], participants: [] },
      { text: 'Strikes on Friday hit a depot.', places: [], participants: [] },
    ], TUESDAY);
    expect(r.events.map((e) => [e.date, e.dateEnd])).toEqual([['2019-12-29', null], ['2019-12-27', null]]);
  });

  test('sentences without a trigger inherit the event before them', () => {
    const r = assignEvents([
      { text: 'Protesters attacked the US embassy.', places: [], participants: [] },
      { text: 'They sprayed graffiti on the wall.', places: [], participants: [] },
    ], TUESDAY);
    expect(r.bySentence).toEqual([0, 0]);
  });

  test('no trigger anywhere gives no event', () => {
    const r = assignEvents([{ text: 'Liverpool beat Leicester.', places: [], participants: [] }], TUESDAY);
    expect(r).toEqual({ events: [], bySentence: [null], mentions: [[]], sequenceAt: [null] });
  });

  test('an empty article', () => {
    expect(assignEvents([], null)).toEqual({ events: [], bySentence: [], mentions: [], sequenceAt: [] });
  });

  test('keys are unique and deterministic', () => {
    const sentences = contexts(PA);
    const a = assignEvents(sentences, PA.published);
    const b = assignEvents(sentences, PA.published);
    expect(a).toEqual(b);
    expect(new Set(a.events.map((e) => e.key)).size).toBe(a.events.length);
  });

  test('without a publication date nothing is guessed', () => {
    const r = assignEvents(contexts(BBC), null);
    expect(r.events.map((e) => e.date)).toEqual(r.events.map(() => null));
  });
});

/** Event of a gold claim: the sentence holding its anchor, narrowed to the anchor's span. */
function eventOfAnchor(article: SeedArticle, r: EventAssignment, anchor: string): number | null {
  const si = article.sentences.findIndex((s) => s.toLowerCase().includes(anchor.toLowerCase()));
  expect(si).toBeGreaterThanOrEqual(0);
  const at = article.sentences[si].toLowerCase().indexOf(anchor.toLowerCase());
  return eventForSpan(r, si, at, at + anchor.length);
}

describe('assignEvents: the two sample articles against the gold events', () => {
  const runs = [
    ['PA Media', PA],
    ['BBC', BBC],
  ] as const;

  test.each(runs)('%s: events, dates and places', (_name, article) => {
    const r = assignEvents(contexts(article), article.published);
    const byGold = new Map<string, string>();
    for (const c of article.claims) {
      const e = eventOfAnchor(article, r, c.anchor);
      expect(e).not.toBeNull();
      const key = r.events[e!].key;
      // One gold event maps to one article event, and no two gold events share one.
      expect(byGold.get(c.event) ?? key).toBe(key);
      byGold.set(c.event, key);
    }
    expect(new Set(byGold.values()).size).toBe(byGold.size);
  });

  test('event dates of the gold claims: accuracy >= 0.9', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const article of [PA, BBC]) {
      const r = assignEvents(contexts(article), article.published);
      for (const c of article.claims) {
        total++;
        const e = r.events[eventOfAnchor(article, r, c.anchor)!];
        if (e.date === GOLD_EVENTS[c.event].date && e.dateEnd === null) right++;
        else wrong.push(`${c.anchor}: ${e.date}..${e.dateEnd} vs ${GOLD_EVENTS[c.event].date}`);
      }
    }
    // The one known miss: PA dates the rocket attack only as "last week".
    expect(wrong).toEqual(['killing of an American contractor in a rocket attack: 2019-12-23..2019-12-29 vs 2019-12-27']);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  test('BBC events match the gold labels, dates and places', () => {
    const r = assignEvents(contexts(BBC), BBC.published);
    expect(r.events.map((e) => [e.label, e.date, e.place])).toEqual([
      ['embassy attack', '2019-12-31', 'Baghdad'],
      ['air strikes', '2019-12-29', 'Iraq'],
      ['rocket attack', '2019-12-27', 'Kirkuk'],
      ['funerals', '2019-12-31', 'Baghdad'],
    ]);
  });

  test('PA: the rocket attack is a range containing the gold day', () => {
    const r = assignEvents(contexts(PA), PA.published);
    const k1 = r.events.find((e) => e.label === 'rocket attack')!;
    expect(k1.date! <= GOLD_EVENTS['k1-rocket-attack'].date && GOLD_EVENTS['k1-rocket-attack'].date <= k1.dateEnd!).toBe(true);
  });
});

describe('events: bounded time on hostile input', () => {
  test('a 1 MB sentence without spaces and a long run of triggers', () => {
    const t0 = Date.now();
    expect(detectEvents('x'.repeat(1 << 20), ctx())).toEqual([]);
    detectEvents('strikes on Sunday, '.repeat(20000), ctx(['Iraq']));
    assignEvents([{ text: 'attack '.repeat(50000), places: ['Iraq'], participants: [] }], TUESDAY);
    expect(Date.now() - t0).toBeLessThan(15000);
  });
});

describe('detectEvents / assignEvents: clause roles', () => {
  test('a date before a noun trigger belongs to the verb between them', () => {
    const m = detectEvents('The prime minister on Monday condemned air strikes by the United States.', ctx());
    expect(m).toEqual([expect.objectContaining({ label: 'air strikes', date: null })]);
  });

  test('a fronted date dates the trigger after the comma', () => {
    const m = detectEvents('At approximately 5:30 pm on Jan. 7, Iran launched more than a dozen ballistic missiles.', { published: '2020-01-08', places: [] });
    expect(m[0]).toMatchObject({ label: 'missile strike', date: '2020-01-07' });
  });

  test('a verb trigger takes the date right before it', () => {
    expect(detectEvents('Supporters on Tuesday stormed the US embassy.', ctx())[0]).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });

  test('a relative clause after a comma is background', () => {
    const r = assignEvents([
      { text: 'Kataeb Hezbollah, five of whose bases were bombed over the weekend, held a mass funeral in Baghdad.', places: ['Baghdad'], participants: [] },
    ], TUESDAY);
    expect(r.events[r.bySentence[0]!].label).toBe('funerals');
    expect(r.events.map((e) => e.label).sort()).toEqual(['bombing', 'funerals']);
  });

  test('"X took place after Y" is about Y, which inherits X\'s day', () => {
    const r = assignEvents([
      { text: 'Protesters attacked the US embassy.', places: [], participants: [] },
      { text: "Tuesday's protest took place after funerals were held in the capital.", places: [], participants: [] },
    ], TUESDAY);
    const main = r.events[r.bySentence[1]!];
    expect(main).toMatchObject({ label: 'funerals', date: TUESDAY });
    // A claim spanning the whole sentence is about the funerals too; one on "Tuesday's protest" alone is not.
    const text = "Tuesday's protest took place after funerals were held in the capital.";
    expect(eventForSpan(r, 1, 0, text.length)).toBe(r.bySentence[1]);
    expect(eventForSpan(r, 1, 0, "Tuesday's protest".length)).toBe(r.bySentence[0]);
    expect(r.events[r.bySentence[0]!]).toMatchObject({ label: 'embassy attack', date: TUESDAY });
  });

  test('a generic attack in the same sentence joins the specific event', () => {
    const r = assignEvents([
      { text: 'The prime minister condemned air strikes on several bases and said the attack would have consequences.', places: [], participants: [] },
    ], null);
    expect(r.events.map((e) => e.label)).toEqual(['air strikes']);
  });

  test('generic protest events fold into the one embassy attack of their family', () => {
    const r = assignEvents([
      { text: 'Officials said attacks broke out in Baghdad among hundreds of protesters.', places: ['Baghdad'], participants: [] },
      { text: 'Police closed the roads to the area.', places: [], participants: [] },
      { text: 'Protesters hurled stones and torched a security post at the U.S. Embassy.', places: [], participants: [] },
    ], null);
    expect(r.events.map((e) => e.label)).toEqual(['embassy attack']);
    expect(r.bySentence).toEqual([0, 0, 0]);
  });

  test('the lead event takes the publication day only when the lead reports it with a verb', () => {
    const verbLead = assignEvents([{ text: 'Militia supporters have broken into the US embassy compound.', places: [], participants: [] }], TUESDAY);
    expect(verbLead.events[0].date).toBe(TUESDAY);
    const nounLead = assignEvents([{ text: 'The prime minister has condemned the US air strikes.', places: [], participants: [] }], TUESDAY);
    expect(nounLead.events[0].date).toBeNull();
  });

  test('a sentence naming the compound belongs to the embassy attack of the article', () => {
    const r = assignEvents([
      { text: 'Protesters attacked the US embassy.', places: [], participants: [] },
      { text: 'The Pentagon defended the strikes on Sunday.', places: [], participants: [] },
      { text: 'Gunfire could be heard around the compound.', places: [], participants: [] },
    ], TUESDAY);
    expect(r.bySentence).toEqual([0, 1, 0]);
  });

  test('eventForSpan: a trigger inside the span, one right before it, or the sentence event', () => {
    const s = 'Hundreds of people had approached the embassy after American air strikes killed 25 fighters.';
    const r = assignEvents([
      { text: 'Protesters attacked the US embassy.', places: [], participants: [] },
      { text: s, places: [], participants: [] },
    ], TUESDAY);
    const strikes = r.events.findIndex((e) => e.label === 'air strikes');
    const at = s.indexOf('killed 25');
    expect(eventForSpan(r, 1, at, s.length)).toBe(strikes);
    expect(eventForSpan(r, 1, 0, s.indexOf(' after'))).toBe(0);
    expect(eventForSpan(r, 1, 0, s.length)).toBe(0);
  });
});

describe('assignEvents: old happenings stay apart from today\'s', () => {
  test('a dated mention years back does not join an undated event', () => {
    const r = assignEvents([
      { text: 'People stand at the scene of a deadly car bomb explosion in Mogadishu.', places: ['Mogadishu'], participants: [] },
      { text: 'Al-Shabab was blamed for a truck bombing in 2017 which killed 500 people.', places: [], participants: ['al-Shabab'] },
    ], '2019-12-28');
    expect(r.events.map((e) => [e.label, e.date])).toEqual([['car bombing', null], ['car bombing', '2017-01-01']]);
  });

  test('a date with no verb before the trigger still dates it', () => {
    expect(detectEvents('Our embassy in Baghdad got hit Sunday by several rockets.', { published: '2020-12-25', places: ['Baghdad'] })[0]).toMatchObject({
      label: 'rocket attack', date: '2020-12-20', place: 'Baghdad',
    });
  });
});

describe('a death toll without its own trigger', () => {
  it('joins the article’s happening instead of making an undated “killing”', () => {
    const x = extractText('The air strikes on Sunday hit three sites, officials said. The group said 25 of its fighters were killed. A rival militia put the death toll at 26.', '2019-12-30');
    const toll = x.claims.find((c) => c.text.includes('26'))!;
    expect(toll.event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });
});

describe('a timeline told in order', () => {
  const x = extractText(
    [
      'A rocket attack on a base near Kirkuk on Dec. 27 killed a contractor, the U.S. military said.',
      'Two days later, U.S. F-15E jets struck five militia facilities, killing at least 25 fighters.',
      'On Tuesday, Dec. 31, thousands of supporters besieged the U.S. Embassy in Baghdad.',
      'In 2011, the last U.S. troops left Iraq.',
      'The militia threatened on Tuesday to retaliate.',
    ].join('\n\n'),
    '2020-01-06',
  );
  const event = (part: string) => x.claims.find((c) => c.text.includes(part))!.event;

  it('“two days later” counts from the happening before; aircraft “struck” is an air strike', () => {
    expect(event('jets struck')).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });

  it('“besieged” is a siege of the embassy on its own date', () => {
    expect(event('besieged')).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });

  it('a sentence dated apart from the happening before it is not about it, but the day of a saying does not count', () => {
    expect(event('In 2011')).toMatchObject({ label: HAPPENING, date: '2011-01-01' });
    expect(event('threatened')).toMatchObject({ label: 'embassy attack' });
  });

  it('“two days later” is a time, not a figure', () => {
    expect(x.claims.find((c) => c.text.includes('jets struck'))!.quantities.map((q) => q.value)).toEqual([5, 25]);
  });
});

describe('a bare “strikes” in an article about missiles', () => {
  it('is the missile strike the text is on, unless the article has air strikes of its own', () => {
    const x = extractText('Iran fired more than a dozen ballistic missiles at two bases housing US troops.\n\nThe Guard said the strikes on the Ain al-Asad airbase were the first stage of its revenge.', '2020-01-08');
    expect(x.claims.find((c) => c.text.includes('Ain al-Asad'))!.event).toMatchObject({ label: 'missile strike' });
    const y = extractText('US air strikes on Sunday hit five sites.\n\nA rocket attack on Friday killed a contractor.\n\nAnalysts warned the strikes could deepen anger.', '2019-12-31');
    expect(y.claims.find((c) => c.text.includes('deepen'))!.event).toMatchObject({ label: 'air strikes' });
  });
});

describe('the day of a saying', () => {
  it('“said on Monday that the strikes …” is Sunday’s strikes when the article has them, in either order', () => {
    const a = extractText('A spokesman said on Monday that the strikes killed 25 fighters.\n\nThe US strikes on Sunday hit five bases.', '2019-12-31');
    const b = extractText('The US strikes on Sunday hit five bases.\n\nA spokesman said on Monday that the strikes killed 25 fighters.', '2019-12-31');
    for (const x of [a, b]) {
      expect(x.events).toHaveLength(1);
      expect(x.events[0]).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    }
  });

  it('so is “said on Monday the strikes …”, the reported clause with no “that”', () => {
    const x = extractText('The US strikes on Sunday hit five bases.\n\nIraq’s National Security Council, chaired by Abdul Mahdi, said on Monday the strikes had violated the country’s sovereignty.', '2019-12-31');
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });

  it('a day in a clause of its own after the happening, “…, as anger mounted on Monday”, is that clause’s', () => {
    const x = extractText(
      'Iraq’s prime minister condemned U.S. air strikes that killed at least 25 militia fighters, as anger against Washington mounted on Monday among Iraqi factions.\n\nAt least 25 fighters were killed in the strikes on Sunday, militia sources said.',
      '2019-12-30',
    );
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    // Not "as many as", which opens no clause.
    expect(detectEvents('Air strikes killed 25 fighters, as many as the militia had lost on Sunday.', ctx())[0]).toMatchObject({ date: '2019-12-29' });
  });

  it('with no other date, the saying’s day stays (same-day reporting: “said Tuesday that the attack …”)', () => {
    const x = extractText('Pompeo said Tuesday that the attack on the US embassy was organised by militias.', '2020-01-01');
    expect(x.events[0]).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });
});

describe('places that keep happenings apart', () => {
  const TAJI = [
    'A rocket attack on Camp Taji on Wednesday killed two Americans.',
    'US jets struck five militia sites on Thursday.',
    'On Dec. 29, US jets struck five sites in Iraq and Syria, killing 25 fighters, after a rocket attack killed a U.S. contractor near Kirkuk.',
    'The militia did not claim the Taji attack.',
    'A spokesman for the group told Reuters on Friday that the US strikes were a violation of sovereignty.',
  ].join('\n\n');

  it('an undated rocket attack near Kirkuk is not the rocket attack at Taji; “the Taji attack” is', () => {
    const x = extractText(TAJI, '2020-03-13');
    expect(claimWith(x.claims, 'near Kirkuk').event).toMatchObject({ label: 'rocket attack', place: 'Kirkuk' });
    expect(claimWith(x.claims, 'Taji attack').event).toMatchObject({ label: 'rocket attack', date: '2020-03-11', place: 'Taji' });
  });

  it('“told Reuters on Friday that the US strikes …” is Thursday’s strikes, not the background strikes of December', () => {
    const x = extractText(TAJI, '2020-03-13');
    expect(claimWith(x.claims, 'violation of sovereignty').event).toMatchObject({ label: 'air strikes', date: '2020-03-12' });
  });

  it('the gazetteer knows what lies in what', () => {
    expect(placesApart('Taji', 'Kirkuk')).toBe(true);
    expect(placesApart('Green Zone', 'Baghdad')).toBe(false);
    expect(placesApart('Kirkuk', 'Nowhere Town')).toBe(false);
    expect(placesNested('K1 military base', 'Iraq')).toBe(true);
    expect(placesNested('Taji', 'Kirkuk')).toBe(false);
    expect(placeAncestors('Baghdad International Airport')).toEqual(['Baghdad']);
    expect(placeAncestors('K1 military base')).toEqual(['Kirkuk']);
  });
});

describe('days counted back from the sentence’s happening', () => {
  it('“airstrikes on Sunday …, two days after a rocket attack near Kirkuk” dates the attack Friday; “Friday’s attack on the K1 base” is that attack', () => {
    const x = extractText('The United States carried out airstrikes on Sunday against five facilities, the Pentagon said, two days after a rocket attack near Kirkuk killed an American contractor.\n\nThe governor condemned Friday\'s attack on the K1 base, which also wounded four US service members.', '2019-12-30');
    const attacks = x.events.filter((e) => /attack/u.test(e.label));
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ label: 'rocket attack', date: '2019-12-27' });
  });

  it('“The strikes came two days after a rocket attack …” counts back from the strikes named again, dated in the sentence before', () => {
    const x = extractText('Navy jets struck three depots near Hodeidah on Sunday.\n\nThe strikes came two days after a rocket attack on the port killed four sailors.', '2021-05-18');
    expect(x.events.find((e) => e.label === 'rocket attack')).toMatchObject({ date: '2021-05-14' });
    // Named again only by a happening of another kind: no count.
    const y = extractText('Navy jets struck three depots near Hodeidah on Sunday.\n\nThe protest came two days after a rocket attack on the port killed four sailors.', '2021-05-18');
    expect(y.events.find((e) => e.label === 'rocket attack')?.date ?? null).not.toBe('2021-05-14');
  });

  it('“briefed reporters on Thursday, two days after militias stormed the embassy”: Thursday is the count’s anchor, not the storming’s day (ho19)', () => {
    const x = extractText('Defense Secretary Mark Esper briefed reporters at the Pentagon on Thursday afternoon, two days after supporters of Iran-backed militias stormed the outer compound of the U.S. embassy in Baghdad.', '2020-01-02');
    expect(x.events.find((e) => e.label === 'embassy attack')).toMatchObject({ date: '2019-12-31' });
    // Past a comma the opening day dates the main clause again.
    const y = extractText('On Saturday, two days after the U.S. retaliation, another barrage of rockets hit Taji.', '2020-01-02');
    expect(y.events.find((e) => e.label === 'rocket attack')).toMatchObject({ date: '2019-12-28' });
  });
});

describe('sentences set in another time', () => {
  it('a target named with a year long past is not the happening at that target the article is on', () => {
    const x = extractText('Protesters stormed the French embassy in Niamey on Sunday.\n\nHe was convicted in 1998 for his role in the bombings of two embassies in the region, a charge he denied.', '2023-08-01');
    expect(x.claims.find((c) => c.text.includes('convicted'))?.event).toMatchObject({ label: HAPPENING, date: '1998-01-01' });
  });

  it('"funerals would be held in A, B and C on Saturday", in a Friday paper, is the next day', () => {
    const x = extractText('The group said funeral processions for the victims would be held in Baghdad, Karbala and Najaf on Saturday.', '2020-01-03');
    expect(x.events.find((e) => e.label === 'funerals')).toMatchObject({ date: '2020-01-04' });
  });
});

describe('a crowd that marched', () => {
  const eventOf = (x: ReturnType<typeof extractText>, part: string) => x.claims.find((c) => c.text.includes(part))?.event ?? null;

  it('“thousands marched against the strikes” is a protest, not the strikes placed where the crowd was', () => {
    const x = extractText('US jets struck five militia sites in western Iraq on Sunday, killing 25 fighters.\n\nIn Baghdad, thousands marched against the strikes.', '2019-12-31');
    expect(eventOf(x, 'thousands marched')).toMatchObject({ label: 'protest', place: 'Baghdad' });
    expect(x.events.find((e) => e.label === 'air strikes')?.place ?? null).not.toBe('Baghdad');
  });

  it('“marched on the embassy” is the attack on it; troops and mourners who marched are no protest', () => {
    const x = extractText('Hundreds of people marched on the French embassy in Niamey on Sunday.', '2023-07-31');
    expect(eventOf(x, 'marched on')).toMatchObject({ label: 'embassy attack', date: '2023-07-30' });
    expect(extractText('Troops marched through the capital on Sunday.', '2023-07-31').events.map((e) => e.label)).not.toContain('protest');
    expect(extractText('Mourners marched behind the coffin on Sunday.', '2023-07-31').events.map((e) => e.label)).not.toContain('protest');
  });

  it('“On May 2, after the funerals, thousands of supporters marched to the embassy”: the opening day dates the march past the aside', () => {
    const x = extractText('On May 2, after funerals for the dead men, thousands of supporters marched to the French embassy in Niamey and broke into its compound.', '2023-05-06');
    expect(eventOf(x, 'marched to')).toMatchObject({ label: 'embassy attack', date: '2023-05-02' });
    const y = extractText('After a funeral for the dead men, hundreds of supporters marched against the strikes on Tuesday.', '2023-05-06');
    expect(eventOf(y, 'marched')).toMatchObject({ label: 'protest' });
  });

  it('in an article on a labour strike, a march is the strikers’ own', () => {
    const x = extractText('Rail workers walked out across Spain on Thursday in a strike over pay.\n\nIn the afternoon, tens of thousands of people marched through central Madrid.', '2024-03-08');
    expect(eventOf(x, 'marched through')).toMatchObject({ label: 'labour strike', date: '2024-03-07' });
  });
});

describe('verbs of the happening itself, and crashes', () => {
  it('“on Monday attended a funeral procession” dates the funeral', () => {
    const x = extractText('Thousands of people on Monday attended a funeral procession in Baghdad for fighters killed in US airstrikes.', '2019-12-30');
    expect(x.events.find((e) => e.label === 'funerals')).toMatchObject({ date: '2019-12-30' });
  });

  it('an airliner that crashed is a plane crash; waves and protesters that crashed are not', () => {
    expect(detectEvents('A Ukrainian airliner carrying 176 people crashed on Wednesday.', ctx()).map((m) => m.label)).toEqual(['plane crash']);
    expect(detectEvents('Angry waves crashed on the rocks.', ctx())).toEqual([]);
    expect(detectEvents('The activists crashed the meeting.', ctx())).toEqual([]);
  });

  it('quotation marks are no distance between a happening and its date', () => {
    const x = extractText('The navy announced on Saturday that the airliner had been shot down "by mistake" as a result of "human error" shortly after leaving Dubai on March 4.', '2021-03-06');
    expect(x.claims.find((c) => c.text.includes('airliner'))!.event).toMatchObject({ label: 'plane crash', date: '2021-03-04' });
  });

  it('a drone brought down is a drone downing, not a plane crash; an airliner downed near a drone still is one', () => {
    expect(detectEvents('Rebels shot down a surveillance drone over the valley on Monday.', ctx()).map((m) => m.label)).toEqual(['drone downing']);
    expect(detectEvents('Two drones were downed by air defences near the airfield.', ctx()).map((m) => m.label)).toEqual(['drone downing']);
    expect(detectEvents('The airliner was brought down minutes after a drone was seen nearby.', ctx()).map((m) => m.label)).toEqual(['plane crash']);
    const x = extractText('Rebels shot down a surveillance drone over the valley on Monday.\n\nThe army said the drone had been unarmed.', '2021-06-09');
    expect(claimWith(x.claims, 'unarmed').event).toMatchObject({ label: 'drone downing', date: '2021-06-07' });
  });
});

describe('a toll goes with the happening named right before it', () => {
  it('“the strikes were in response to a rocket attack … that killed one contractor” is the rocket attack’s claim', () => {
    const x = extractText('The US launched airstrikes in Syria on Thursday.\n\nKirby said the strikes were in response to a rocket attack in Erbil on Feb. 15 that killed one civilian contractor.', '2021-02-26');
    expect(claimWith(x.claims, 'civilian contractor').event).toMatchObject({ label: 'rocket attack', date: '2021-02-15' });
  });

  it('“angry over U.S. airstrikes on Sunday that killed 25 fighters”: a toll in the strikes’ relative clause is theirs, whatever the main clause is about', () => {
    const x = extractText('Protesters broke into the US embassy compound in Baghdad on Tuesday.\n\nThe protesters were angry over U.S. airstrikes on Sunday that killed 25 fighters of the militia.', '2019-12-31');
    expect(claimWith(x.claims, '25 fighters').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    expect(claimWith(x.claims, 'broke into').event?.label).toBe('embassy attack');
  });
});

describe('distractor stories: a match report, another bombing, another year', () => {
  it('in a match report a strike, a blast and an attack are play; an air strike is still one', () => {
    expect(detectEvents('Alexander-Arnold added a fourth with a low strike from the edge of the area.', ctx())).toEqual([]);
    expect(detectEvents('The header was followed by a blast in the 71st minute that killed off the game.', ctx())).toEqual([]);
    expect(detectEvents("Leicester's attack was shut out for the first time in nine home games.", ctx())).toEqual([]);
    expect(detectEvents('The match was called off after an air strike near the stadium.', ctx()).map((m) => m.label)).toEqual(['air strikes']);
    expect(detectEvents('A rocket attack hit the base.', ctx()).map((m) => m.label)).toEqual(['rocket attack']);
  });

  it('"the bombing" after a truck bomb is that bombing, not an air strike', () => {
    const x = extractText('A truck bomb exploded at a checkpoint in Mogadishu on Saturday, killing at least 79 people.\n\nThe president condemned the bombing and blamed al-Shabab.\n\nThe US military said on Sunday it had carried out three air strikes in Somalia, killing four fighters.', '2019-12-28');
    expect(claimWith(x.claims, 'condemned the bombing').event).toMatchObject({ label: 'car bombing', date: '2019-12-28' });
    expect(claimWith(x.claims, 'three air strikes').event).toMatchObject({ label: 'air strikes', place: 'Somalia' });
  });

  it('a place right after its trigger\'s preposition is that trigger\'s, not the next one\'s', () => {
    const m = detectEvents('The military said it carried out three air strikes in Somalia, killing four fighters.', ctx(['Somalia']));
    expect(m.map((e) => [e.label, e.place])).toEqual([['air strikes', 'Somalia'], ['killing', null]]);
  });

  it('"in Somalia\'s capital, Mogadishu" is Mogadishu; "in Iraq and the Kurdistan Region" stays Iraq', () => {
    expect(extractText("A truck bomb exploded in Somalia's capital, Mogadishu, on Saturday, killing at least 79 people.", '2019-12-28').events[0]).toMatchObject({ label: 'car bombing', place: 'Mogadishu' });
    expect(detectEvents("A truck bomb exploded in Somalia's capital, Mogadishu.", ctx(['Somalia', 'Mogadishu']))[0].place).toBe('Mogadishu');
    expect(detectEvents('Iran launched missiles at bases in Iraq and the Kurdistan Region.', ctx(['Iraq', 'Kurdistan Region']))[0].place).toBe('Iraq');
    expect(detectEvents("Eight rockets were fired at the embassy in Baghdad's heavily fortified Green Zone.", ctx(['Green Zone']))[0].place).toBe('Green Zone');
  });

  it('an embassy that speaks is no target: "the embassy said … the attack" stays an attack', () => {
    expect(detectEvents('The U.S. embassy said its air defence system was used to counter the attack.', ctx()).map((m) => m.label)).toEqual(['attack']);
    expect(detectEvents('Militants attacked the embassy.', ctx()).map((m) => m.label)).toEqual(['embassy attack']);
  });

  it('a strike is reported after the fact: a day without a year after the publication is last year\'s', () => {
    const pub = { published: '2020-12-20', places: [] };
    expect(detectEvents('Soleimani was killed in a U.S. drone strike at Baghdad airport on Jan. 3.', pub).find((m) => m.label === 'air strikes')).toMatchObject({ date: '2020-01-03' });
    expect(detectEvents('Funerals will be held on Jan. 3.', pub)[0]).toMatchObject({ label: 'funerals', date: '2021-01-03' });
    expect(detectEvents('The drone strike on Jan. 3, 2021 was planned.', pub)[0]).toMatchObject({ date: '2021-01-03' });
    // A threat or a plan speaks of what may come.
    expect(detectEvents('Iran vowed to strike US bases before Jan. 10.', { published: '2020-01-05', places: [] })[0]).toMatchObject({ date: '2020-01-10' });
    expect(detectEvents('Soleimani was killed by a U.S. drone strike at Baghdad airport on Jan. 3.', pub).find((m) => m.label === 'air strikes')).toMatchObject({ date: '2020-01-03' });
  });

  it('"Last December" in a December article is the year before', () => {
    const x = extractText('At least eight rockets hit the U.S. embassy in Baghdad on Sunday.\n\nLast December, supporters of Kataib Hezbollah stormed the embassy compound.', '2020-12-20');
    expect(claimWith(x.claims, 'stormed the embassy compound').event).toMatchObject({ label: 'embassy attack', date: '2019-12-01' });
  });
});

describe('deployments, destinations and words built on a name', () => {
  it('"sending about 750 more troops" is a deployment; "sent a military plane" with no troops is none', () => {
    const m = detectEvents('The Pentagon is sending about 750 more troops to the Middle East following an attack on the embassy.', ctx(['Middle East']));
    expect(m.map((e) => [e.label, e.place])).toEqual([['deployment', 'Middle East'], ['embassy attack', null]]);
    expect(detectEvents('Turkey sent a military plane carrying medical staff.', ctx())).toEqual([]);
  });

  it('a destination or an origin goes with the trigger before it, never the one after', () => {
    expect(detectEvents('Soldiers from Fort Bragg are being deployed.', ctx(['Fort Bragg']))[0].place).toBeNull();
    expect(detectEvents('Rockets were fired from Iran, in an attack on the base.', ctx(['Iran'])).map((e) => e.place)).toEqual(['Iran', null]);
  });

  it('"an Iran-backed militia" and "pro-Iran factions" locate nothing; "near the city of Kirkuk" does', () => {
    expect(detectEvents('Supporters of an Iran-backed militia broke into the compound.', ctx(['Iran']))[0].place).toBeNull();
    expect(detectEvents('Rockets hit the K-1 base near the city of Kirkuk.', ctx(['Kirkuk']))[0].place).toBe('Kirkuk');
  });

  it('"attacks broke out" in a sentence about a deployment is the attack, not the deployment', () => {
    const x = extractText('The United States will send approximately 750 soldiers to the Middle East immediately, Esper said Tuesday, after attacks broke out in Baghdad among hundreds of protesters.', '2019-12-31');
    expect(x.events.map((e) => e.label).sort()).toEqual(['deployment', 'protest']);
  });
});

describe('a timeline', () => {
  it('"Dec. 27: …" dates its entry; "jets strike" is an air strike in the present tense too', () => {
    const x = extractText(
      [
        'Dec. 27: More than 30 rockets hit the K1 military base near Kirkuk, killing a U.S. civilian contractor.',
        'Dec. 29: U.S. F-15E jets strike five Kataib Hezbollah sites in Iraq and Syria.',
        'Dec. 31: Supporters of the militia storm the U.S. embassy in Baghdad.',
        'Jan. 3: A U.S. drone strike at Baghdad airport kills Gen. Qassem Soleimani.',
      ].join('\n\n'),
      '2020-01-03',
    );
    expect(claimWith(x.claims, '30 rockets').event).toMatchObject({ label: 'rocket attack', date: '2019-12-27' });
    expect(claimWith(x.claims, 'jets strike').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    expect(claimWith(x.claims, 'storm the U.S. embassy').event).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
    expect(claimWith(x.claims, 'drone strike').event).toMatchObject({ label: 'air strikes', date: '2020-01-03' });
  });
});

describe('a harm\'s day, a plan\'s day and a toll\'s day', () => {
  it('"was killed in the early hours of Friday" dates the strike it continues, before a background "airstrikes on Sunday" can', () => {
    const x = extractText(
      [
        'Top Iranian general Qassem Suleimani has been killed in a US airstrike in Baghdad.',
        'Suleimani was killed in the early hours of Friday when his convoy was hit at the airport.',
        'On Tuesday, supporters of the militia stormed the US embassy after US airstrikes on Sunday killed 25 of its fighters.',
      ].join('\n\n'),
      '2020-01-03',
    );
    expect(claimWith(x.claims, 'has been killed in a US airstrike').event).toMatchObject({ label: 'air strikes', date: '2020-01-03' });
    expect(claimWith(x.claims, 'killed 25').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });

  it('"will hold a meeting on Monday to discuss the strikes": the day ahead is the meeting\'s, not the strikes\'', () => {
    expect(detectEvents('The council will hold an emergency meeting on Monday to discuss the strikes.', { published: '2019-12-29', places: [] })[0]).toMatchObject({ label: 'air strikes', date: null });
    // The strike's own day, written after it with its year, stays.
    expect(detectEvents('The strikes on Jan. 3, 2020 will be discussed.', { published: '2019-12-29', places: [] })[0].date).toBe('2020-01-03');
  });

  it('a toll\'s day at the end of a long clause dates the happening that did the harm', () => {
    const m = detectEvents('A missile attack on a military parade in the southern province of al-Dhalea killed at least 10 people and wounded 20 others on Sunday, officials said.', { published: '2019-12-29', places: [] });
    expect(m[0]).toMatchObject({ label: 'missile strike', date: '2019-12-29' });
    // A saying in between keeps the day for itself.
    expect(detectEvents('A missile attack on a military parade in the southern province of al-Dhalea was condemned by the president, who said on Sunday it killed 10.', { published: '2019-12-29', places: [] })[0].date).toBeNull();
  });
});

describe('forced entries, and places that belong to another clause', () => {
  it('"smashed their way into the compound on Tuesday" dates the embassy attack', () => {
    const x = extractText('Protesters stormed the US embassy in Baghdad.\n\nHundreds of militia supporters smashed their way into the compound on Tuesday, chanting slogans.', '2019-12-31');
    expect(claimWith(x.claims, 'smashed').event).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });

  it('a place before a comma and "in retaliation for" is not the rocket attack\'s; the place after it is', () => {
    const m = detectEvents('It struck five facilities, three in Iraq and two in Syria, in retaliation for a rocket attack that killed a contractor near Kirkuk on Friday.', ctx(['Iraq', 'Syria', 'Kirkuk']));
    expect(m.find((e) => e.label === 'rocket attack')?.place).toBe('Kirkuk');
  });

  it('"the embassy in Baghdad after US airstrikes on Sunday": the dated background strikes are not in Baghdad; one scene without a comma is', () => {
    expect(detectEvents('Supporters stormed the embassy in Baghdad after US airstrikes on Sunday killed 25.', ctx(['Baghdad'])).find((e) => e.label === 'air strikes')?.place).toBeNull();
    expect(detectEvents('Supporters withdrew from the embassy compound in Baghdad after two days of clashes.', ctx(['Baghdad']))[0].place).toBe('Baghdad');
  });

  it('"The attack came as tensions in the Middle East soared": a place in a clause opened after the trigger is not its place', () => {
    expect(detectEvents('The attack came as tensions in the Middle East soared.', ctx(['Middle East']))[0].place).toBeNull();
  });
});

describe('places of a list, and of a relative clause', () => {
  it('"in Erbil and western Iraq": a place inside the other gives way to it', () => {
    expect(detectEvents('Iran fired ballistic missiles at bases in Erbil and western Iraq.', ctx(['Erbil', 'Iraq']))[0].place).toBe('Iraq');
    expect(detectEvents('US jets struck bases in Iraq and Syria.', ctx(['Iraq', 'Syria']))[0].place).toBe('Iraq');
  });

  it('"Trump, who is spending the holidays at his estate in Florida, blamed Iran for the violence": Florida is not where the violence was', () => {
    expect(detectEvents('Trump, who is spending the holidays at his estate in Florida, blamed Iran for the violence.', ctx(['Florida']))[0].place).toBeNull();
    expect(detectEvents('In Baghdad, protesters stormed the embassy.', ctx(['Baghdad']))[0].place).toBe('Baghdad');
  });

  it('"Sistani, the top Shi\'ite Muslim cleric in Iraq, condemned the attack": a place in an apposition on a name is the name\'s', () => {
    expect(detectEvents("Grand Ayatollah Ali al-Sistani, the top Shi'ite Muslim cleric in Iraq, condemned the attack as an aggression.", ctx(['Iraq']))[0].place).toBeNull();
    // Not a place after the apposition closes, nor one named without a comma to close it.
    expect(detectEvents('Sistani, the top cleric, condemned the attack in Iraq.', ctx(['Iraq']))[0].place).toBe('Iraq');
    expect(detectEvents('On Sunday, the US struck five sites in Iraq.', ctx(['Iraq']))[0].place).toBe('Iraq');
  });
});

describe('a town inside a body\'s name', () => {
  it('"stormed the outer perimeter of the US embassy in Baghdad" puts the attack in Baghdad', () => {
    const x = extractText('Thousands of supporters of the militia stormed the outer perimeter of the US embassy in Baghdad yesterday.', '2020-01-01');
    expect(x.claims[0]!.event).toMatchObject({ label: 'embassy attack', place: 'Baghdad', date: '2019-12-31' });
  });
});

describe('days counted from a clause and from the happening before', () => {
  it('"was killed on Friday in a U.S. drone strike": the period of "U.S." does not push the day away from the strike', () => {
    const x = extractText("Soleimani was killed Friday in a U.S. drone strike near Baghdad's international airport.", '2020-01-07');
    expect(claimWith(x.claims, 'drone strike').event).toMatchObject({ label: 'air strikes', date: '2020-01-03' });
  });

  it('"passed a resolution on Sunday, two days after a U.S. air strike … killed": counted back from the clause\'s day', () => {
    const x = extractText("Iraq's parliament passed a resolution on Sunday calling for the expulsion of US troops, two days after a U.S. air strike in Baghdad killed Qassem Soleimani.", '2020-01-05');
    // The claim is about the vote; the strike it counts back to keeps its own day.
    expect(claimWith(x.claims, 'resolution').event).toMatchObject({ label: 'vote', date: '2020-01-05' });
    expect(x.events.find((e) => e.label === 'air strikes')).toMatchObject({ date: '2020-01-03' });
  });

  it('"Hours later, two rockets slammed into the Green Zone" is the day of the happening before', () => {
    const x = extractText(
      ['Earlier on Saturday, tens of thousands of mourners marched in Baghdad behind the coffins of Soleimani.', 'Hours later, two rockets slammed into the Green Zone near the US embassy, security sources said.'].join('\n\n'),
      '2020-01-05',
    );
    expect(claimWith(x.claims, 'two rockets').event).toMatchObject({ label: 'rocket attack', date: '2020-01-04' });
  });

  it('a stampede is a happening of its own: the toll of "the death toll" joins it, not a new killing', () => {
    const x = extractText(
      [
        'A stampede erupted Tuesday at the funeral procession for Gen. Qassem Soleimani, killing at least 56 people.',
        'An earlier report by the ISNA news agency put the death toll at 35.',
      ].join('\n\n'),
      '2020-01-07',
    );
    expect(claimWith(x.claims, 'at least 56').event).toMatchObject({ label: 'stampede', date: '2020-01-07' });
    expect(claimWith(x.claims, 'at 35').event).toMatchObject({ label: 'stampede', date: '2020-01-07' });
  });

  it('a trigger in a condition is no happening: "would be hit very hard if Tehran attacked American personnel"', () => {
    expect(detectEvents('Washington had identified 52 Iranian sites that would be hit very hard if Tehran attacked American personnel.', { published: '2020-01-05', places: [] })).toEqual([]);
    expect(detectEvents('If confirmed, the attack would be the deadliest in years.', { published: '2020-01-05', places: [] })[0]).toMatchObject({ label: 'attack' });
  });

  it('an outlet or an agency that reports a happening is not one of its participants', () => {
    const x = extractText("Press TV reports that 80 were killed in the IRGC's missile attack on the Ain al-Asad airbase, Reuters said.", '2020-01-08');
    const e = x.events.find((ev) => ev.label === 'missile strike');
    expect(e?.participants).toContain('Islamic Revolutionary Guard Corps');
    expect(e?.participants).not.toContain('Press TV');
    expect(e?.participants).not.toContain('Reuters');
  });

  it('what was ruled out did not happen, and an attack is never the plane crash before it', () => {
    const x = extractText(
      [
        'A Ukrainian airliner crashed shortly after take-off from Tehran, killing all 176 people on board.',
        "Ukraine's embassy in Iran initially ruled out terrorism or a rocket attack as the cause.",
        'The UK defence secretary said he condemned the attack on Iraqi military bases hosting coalition forces.',
      ].join('\n\n'),
      '2020-01-08',
    );
    expect(x.events.map((e) => e.label)).not.toContain('rocket attack');
    expect(claimWith(x.claims, 'ruled out').event?.label).toBe('plane crash');
    expect(claimWith(x.claims, 'condemned').event?.label).toBe('attack');
  });

  it('"marched through Baghdad" places the march', () => {
    const x = extractText('Tens of thousands of mourners marched through Baghdad on Saturday to honour Qassem Soleimani.', '2020-01-04');
    expect(claimWith(x.claims, 'mourners').event).toMatchObject({ label: 'funerals', date: '2020-01-04', place: 'Baghdad' });
  });
});

describe('a timeline of dated entries (“DEC. 27 - …”)', () => {
  const TIMELINE = [
    'DEC. 27 - More than 30 rockets are fired at the K-1 base near Kirkuk, killing a U.S. civilian contractor.',
    'DEC. 31 - Thousands of militiamen surround the U.S. embassy in Baghdad, breaking into the compound.',
    'JAN. 8 - Ukraine International Airlines flight PS752, a Boeing 737-800 bound for Kiev, crashes minutes after taking off from Tehran, killing all 176 people on board.',
    'JAN. 10 - Iran\'s civil aviation chief Ali Abedzadeh says it is "scientifically impossible" that a missile hit the plane.',
    'JAN. 11 - Iran\'s armed forces say in a statement that the plane was shot down by mistake.',
  ].join('\n\n');

  it('dates each entry by its own date, however far its trigger stands from it', () => {
    const x = extractText(TIMELINE, '2020-01-11');
    expect(claimWith(x.claims, 'rockets are fired').event).toMatchObject({ label: 'rocket attack', date: '2019-12-27' });
    expect(claimWith(x.claims, 'breaking into').event).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });

  it('an airliner that “crashes”, a missile that “hit the plane” and a later admission are one plane crash', () => {
    const x = extractText(TIMELINE, '2020-01-11');
    const crash = claimWith(x.claims, 'crashes minutes after').event;
    expect(crash).toMatchObject({ label: 'plane crash', date: '2020-01-08' });
    expect(claimWith(x.claims, 'a missile hit the plane').event?.id).toBe(crash?.id);
    expect(claimWith(x.claims, 'shot down by mistake').event?.id).toBe(crash?.id);
    // The entry's date is no part of the speaker's name.
    expect(claimWith(x.claims, 'shot down by mistake').speaker?.name).not.toMatch(/JAN/u);
  });

  it('a date fronted with a comma still reaches only a trigger close by', () => {
    const x = extractText('In 2012, she was arrested after handcuffing herself to a chair in the hall of the debate venue in protest.', '2016-09-26');
    expect(claimWith(x.claims, 'arrested').event?.date ?? null).not.toBe('2012-01-01');
  });
});

describe('plane crash triggers need an aircraft', () => {
  it('“brought down”, “downed” and “crashes” name a crash only with a plane near them', () => {
    expect(claimWith(extractText('Canada says the plane was brought down by an Iranian surface-to-air missile.', '2020-01-09').claims, 'brought down').event?.label).toBe('plane crash');
    expect(claimWith(extractText('Iran downed the Ukrainian airliner by mistake, officials said.', '2020-01-11').claims, 'downed').event?.label).toBe('plane crash');
    expect(claimWith(extractText('Two missiles hit the Ain al-Asad base where US jets are parked.', '2020-01-08').claims, 'Two missiles').event?.label).toBe('missile strike');
    expect(extractText('The stock market crashes again as investors sell shares.', '2020-01-08').claims.every((c) => c.event?.label !== 'plane crash')).toBe(true);
  });
});

describe('more triggers and dates', () => {
  it('“a US drone destroyed the convoy last Friday” is an air strike of that Friday', () => {
    const x = extractText("When a US drone destroyed Qassem Soleimani's convoy outside Baghdad airport last Friday, the White House insisted it had acted to stop attacks.", '2020-01-10');
    expect(claimWith(x.claims, 'drone destroyed').event).toMatchObject({ label: 'air strikes', date: '2020-01-03' });
  });

  it('a short chant inside the clause does not cut the date off its trigger', () => {
    const x = extractText('Thousands of mourners chanting "Death to America" marched through Baghdad on Monday behind the coffins of militiamen.', '2019-12-30');
    expect(claimWith(x.claims, 'marched').event).toMatchObject({ label: 'funerals', date: '2019-12-30' });
  });
});

describe('the day of a post-posed saying', () => {
  it('“…, police said on Tuesday.” dates the happening only weakly: an explicit date of it elsewhere wins', () => {
    const x = extractText('Rockets hit the base on Sunday, officials said.\n\nThe rockets hit the base near the airport, police said on Tuesday.', '2020-01-07');
    expect(claimWith(x.claims, 'near the airport').event).toMatchObject({ label: 'rocket attack', date: '2020-01-05' });
  });
});

describe('a legislature’s vote', () => {
  it('“Iraq’s parliament voted on Sunday …” is a vote of that day; the claims about it follow', () => {
    const x = extractText("Iraq's parliament voted on Sunday to expel US troops from the country.\n\nThe vote came hours after mourners filled the streets of Tehran.", '2020-01-06');
    expect(claimWith(x.claims, 'voted on Sunday').event).toMatchObject({ label: 'vote', date: '2020-01-05' });
    expect(claimWith(x.claims, 'The vote came').event?.label).toBe('vote');
  });

  it('without a legislature near it a vote is no happening', () => {
    expect(extractText('Voters in Iowa will vote on Monday in the first contest of the primaries.', '2020-01-06').claims.every((c) => c.event?.label !== 'vote')).toBe(true);
  });
});

describe('a background happening of the same kind, and one named as new', () => {
  const TAJI = [
    'The United States carried out air strikes on Thursday night against five weapons storage sites used by Kataib Hezbollah in Iraq.',
    'In late December, U.S. strikes on Kataib Hezbollah in Iraq and Syria killed 25 fighters.',
    'Defense Secretary Mark Esper said the strikes were "defensive, proportional".',
    'Iraq\'s military said the U.S. strikes killed three Iraqi army soldiers.',
    'On Saturday, two days after the U.S. retaliation, another barrage of rockets hit Taji, wounding three coalition service members.',
  ].join('\n\n');

  it('“the strikes” after a paragraph of background are the article’s recent strikes, not December’s', () => {
    const x = extractText(TAJI, '2020-03-14');
    expect(claimWith(x.claims, 'In late December').event).toMatchObject({ label: 'air strikes', date: '2019-12-21' });
    expect(claimWith(x.claims, 'defensive, proportional').event).toMatchObject({ label: 'air strikes', date: '2020-03-12' });
    expect(claimWith(x.claims, 'three Iraqi army soldiers').event).toMatchObject({ label: 'air strikes', date: '2020-03-12' });
  });

  it('“On Saturday, <aside>, another barrage of rockets hit …” is a new rocket attack on Saturday', () => {
    const x = extractText('A rocket attack on the Taji base on Wednesday killed two U.S. troops.\n\n' + TAJI, '2020-03-14');
    expect(claimWith(x.claims, 'killed two U.S. troops').event).toMatchObject({ label: 'rocket attack', date: '2020-03-11' });
    expect(claimWith(x.claims, 'another barrage').event).toMatchObject({ label: 'rocket attack', date: '2020-03-14' });
  });

  it('an old event named first stays the article’s own: “the attack” in February is still January’s', () => {
    const x = extractText([
      'The number of U.S. troops diagnosed with brain injuries from the January 8 attack has risen to 110.',
      'President Donald Trump told the nation that "no Americans were harmed in last night\'s attack by the Iranian regime."',
      'Some were told of the attack by Iraqi officials.',
    ].join('\n\n'), '2020-02-21');
    for (const anchor of ['risen to 110', 'no Americans were harmed', 'told of the attack']) expect(claimWith(x.claims, anchor).event).toMatchObject({ label: 'attack', date: '2020-01-08' });
  });

  it('“a third missile fell” is one more of the same barrage', () => {
    const x = extractText('Iran fired missiles at the Erbil base on Wednesday.\n\nA third missile fell in an open field near the village.', '2020-01-08');
    expect(claimWith(x.claims, 'A third missile').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });
});

describe('a day counted inside a quotation', () => {
  it('dates a happening the article has not dated yet', () => {
    const x = extractText('Trump said Iran appears to be standing down after it launched missiles at two bases.\n\n"No Americans were harmed in last night\'s attack by the Iranian regime," Trump said.', '2020-01-08');
    expect(claimWith(x.claims, 'standing down').event).toMatchObject({ label: 'missile strike', date: '2020-01-07' });
  });

  it('never moves the day of one the article has dated', () => {
    const x = extractText('Iran fired missiles at Ain al-Asad on January 8.\n\nWeeks later, an official recalled: "Last night\'s attack hurt no one," he told us on Friday.', '2020-02-21');
    expect(x.claims.every((c) => c.event === null || c.event.date === '2020-01-08')).toBe(true);
  });
});

describe('days counted from a saying, and from a dated happening set after', () => {
  it('“Six weeks after Iran fired missiles …, the Pentagon said on Friday” is about six weeks before Friday, and fits January 8', () => {
    const x = extractText('Six weeks after Iran fired ballistic missiles at two bases in Iraq, the number of troops with brain injuries from the attack has risen to 110, the Pentagon said on Friday.\n\nThe figure is the fifth increase since the January 8 attack.', '2020-02-21');
    expect(claimWith(x.claims, 'Six weeks after').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
    expect(claimWith(x.claims, 'fifth increase').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('“shot down a jet hours after the missile attack on January 8, killing all 176” is a crash that day with its own toll', () => {
    const x = extractText('Iran fired missiles at Ain al-Asad on January 8.\n\nSeparately, Iran\'s air defences mistakenly shot down a Ukrainian passenger jet hours after the missile attack on January 8, killing all 176 people on board.', '2020-02-21');
    expect(claimWith(x.claims, 'killing all 176').event).toMatchObject({ label: 'plane crash', date: '2020-01-08' });
  });

  it('after a clause of its own, the participle is that clause’s', () => {
    const x = extractText('The strikes came two days after more than 30 rockets were fired at a base near Kirkuk, killing a US civilian contractor.', '2019-12-30');
    expect(claimWith(x.claims, 'killing a US civilian').event?.label).toBe('rocket attack');
  });

  it('“Protesters stormed the embassy two days after the U.S. strikes on Sunday” is Tuesday', () => {
    const x = extractText('Protesters stormed the embassy two days after the U.S. strikes on Sunday.', '2020-01-01');
    expect(claimWith(x.claims, 'Protesters stormed').event).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });

  it('“was killed … early on Friday, …, in a strike by a drone”: the killing’s day is the strike’s', () => {
    const x = extractText('Gen Qasem Soleimani was killed at Baghdad International Airport early on Friday, along with other militia figures, in a strike by a drone.\n\nThe US responded two days later with air strikes on five sites in Iraq and Syria.', '2020-01-03');
    expect(claimWith(x.claims, 'Gen Qasem Soleimani was killed').event).toMatchObject({ label: 'air strikes', date: '2020-01-03' });
  });
});

describe('a toll in the relative clause of another happening', () => {
  it('“protests in which more than 400 people have been killed since October” is the protests’ toll, not the strikes’', () => {
    const x = extractText('American air strikes killed 25 fighters on Sunday.\n\nThe strikes came as Iraq is gripped by mass anti-government protests in which more than 400 people have been killed since October.', '2019-12-30');
    expect(claimWith(x.claims, 'more than 400').event?.label).toBe('protest');
    expect(claimWith(x.claims, 'killed 25 fighters').event?.label).toBe('air strikes');
  });
});

describe('turning to another matter', () => {
  it('“Separately, …” and a section heading carry no event over', () => {
    const x = extractText([
      'Protesters stormed the US embassy in Baghdad on Tuesday.',
      'Separately, oil prices rose 3% in Asian trade.',
      'Fires encircled the town of Mallacoota on Tuesday as bushfires raged.',
      '3. Markets',
      'The Dow fell 183 points.',
    ].join('\n\n'), '2019-12-31');
    expect(claimWith(x.claims, 'Protesters stormed').event?.label).toBe('embassy attack');
    expect(claimWith(x.claims, 'oil prices rose').event).toBeNull();
    expect(claimWith(x.claims, 'The Dow fell').event).toBeNull();
  });

  it('a market’s move with no trigger of its own is not the happening, and does not end it', () => {
    const x = extractText(
      ['Gunmen stormed the Vell port authority on Monday.', 'The lira fell 2% on the news and shares in port operators slid.', 'Two guards were wounded, police said.'].join('\n\n'),
      '2022-03-08',
    );
    expect(claimWith(x.claims, 'lira fell').event).toBeNull();
    expect(claimWith(x.claims, 'guards were wounded').event?.date).toBe('2022-03-07');
  });

  it('“the killing” is not a protest before it in which nobody was killed; a death toll still may be', () => {
    const x = extractText(
      ['A rebel commander was killed in a drone strike near Vell on Friday.', 'Protesters stormed the embassy in Vell on Saturday.', 'The governor called the killing a crime.'].join('\n\n'),
      '2022-03-06',
    );
    expect(claimWith(x.claims, 'called the killing').event?.label).not.toBe('embassy attack');
    const y = extractText(['Protesters stormed the embassy in Vell on Saturday.', 'Police shot into the crowd and three protesters were killed.', 'The governor called the killing a crime.'].join('\n\n'), '2022-03-06');
    expect(claimWith(y.claims, 'called the killing').event?.label).toBe('embassy attack');
    const z = extractText(['Thousands of people marched against the law on Tuesday.', 'The death toll from two weeks of protests has risen to 25.'].join('\n\n'), '2022-03-06');
    expect(claimWith(z.claims, 'death toll').event?.label).toBe('protest');
  });

  it('without them, a sentence with no trigger still continues the happening before it', () => {
    const x = extractText('Protesters stormed the US embassy in Baghdad on Tuesday.\n\nThey set fire to a reception area.', '2019-12-31');
    expect(claimWith(x.claims, 'set fire').event?.label).toBe('embassy attack');
  });
});

describe('mourning ceremonies are funerals; a memorial service or national mourning is no happening of its own', () => {
  it('“Tens of thousands are expected to attend mourning ceremonies in Tehran” is not the embassy attack before it', () => {
    const x = extractText('Protesters stormed the US embassy in Baghdad on Tuesday.\n\nTens of thousands of people are expected to attend mourning ceremonies in Tehran.', '2020-01-03');
    expect(claimWith(x.claims, 'mourning ceremonies').event).toMatchObject({ label: 'funerals', place: 'Tehran' });
  });

  it('“after leaving Sunday’s Sept. 11 memorial service” and “a day of national mourning” start nothing', () => {
    const x = extractText('Clinton nearly collapsed after leaving Sunday’s Sept. 11 memorial service in New York.\n\nThe president declared a day of national mourning.', '2016-09-12');
    expect(x.claims.every((c) => c.event?.label !== 'funerals')).toBe(true);
  });
});

describe('death tolls updated and natural disasters (round 31)', () => {
  it('“the death toll … rose to 25 on Monday”: Monday is the count’s day, not the strikes’', () => {
    const x = extractText(
      ['The death toll from U.S. air strikes on an Iran-backed militia in Iraq rose to 25 on Monday, the militia said.', 'U.S. air strikes on Sunday killed 25 fighters of the militia, the group said.'].join('\n\n'),
      '2019-12-30',
    );
    expect(claimWith(x.claims, 'rose to 25').event?.date).toBe('2019-12-29');
    expect(claimWith(x.claims, 'rose to 25').event?.id).toBe(claimWith(x.claims, 'killed 25').event?.id);
    // The toll, far before its rising verb, still counts the dead.
    expect(claimWith(x.claims, 'rose to 25').quantities[0]).toMatchObject({ value: 25, predicate: 'died' });
  });

  it('floods and earthquakes are happenings where their harm is counted; “buried in landslides” is no funeral', () => {
    const x = extractText(
      [
        "The death toll from flash floods and landslides in and around Indonesia's capital rose to 43 on Friday, officials said.",
        'Most of the victims drowned, while others were buried in landslides.',
        'Floods in early 2007 killed at least 57 people in Jakarta.',
      ].join('\n\n'),
      '2020-01-03',
    );
    expect(claimWith(x.claims, 'rose to 43').event?.label).toBe('flood');
    expect(claimWith(x.claims, 'rose to 43').quantities[0]).toMatchObject({ value: 43, predicate: 'died' });
    expect(claimWith(x.claims, 'buried in landslides').event?.label).toBe('flood');
    expect(claimWith(x.claims, 'early 2007').event).toMatchObject({ label: 'flood', date: '2007-01-01' });
    expect(claimWith(x.claims, 'early 2007').event?.id).not.toBe(claimWith(x.claims, 'rose to 43').event?.id);
    const q = extractText('A magnitude 6.4 earthquake struck southern Puerto Rico on Tuesday, killing one person.', '2020-01-07');
    expect(claimWith(q.claims, 'earthquake').event).toMatchObject({ label: 'earthquake', date: '2020-01-07' });
  });

  it('floods named in passing are no happening: “droughts, storms and floods”, “a political earthquake”', () => {
    const x = extractText('Climate change already shows itself as droughts, storms and floods.\n\nThe vote was a political earthquake for the party.', '2016-09-08');
    expect(x.claims.every((c) => c.event === null)).toBe(true);
  });
});

describe('a fronted date and a subject trigger', () => {
  it('“On Dec. 31, mourners stormed the U.S. Embassy” dates the storming, not only the mourners', () => {
    const x = extractText('On Dec. 31, mourners stormed the U.S. Embassy in Baghdad.', '2020-01-09');
    expect(claimWith(x.claims, 'stormed').event).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });
});

describe('places that are not where it happened (round 31)', () => {
  it('where someone spoke: “Esper, speaking to reporters in Florida, called the strikes …”, “in a speech in Qom”', () => {
    const x = extractText('U.S. air strikes on Sunday killed 25 fighters in Iraq.\n\nDefense Secretary Mark Esper, speaking to reporters in Florida, called the strikes "successful".', '2019-12-30');
    expect(claimWith(x.claims, 'successful').event?.place).not.toBe('Florida');
    const y = extractText('Iran fired missiles at the base on Wednesday.\n\nKhamenei, in a speech in Qom, called the attack "a slap in the face".', '2020-01-08');
    expect(claimWith(y.claims, 'slap').event?.place).not.toBe('Qom');
    // A place after the trigger's own preposition still is: "strikes in Somalia".
    expect(claimWith(extractText('The U.S. military said it carried out three air strikes in Somalia, killing four fighters.', '2020-01-06').claims, 'Somalia').event?.place).toBe('Somalia');
  });

  it('where the words were said, opening the sentence: “In Washington, House Speaker Nancy Pelosi said the strike …”', () => {
    const body =
      'The United States has killed Qassem Soleimani in a drone strike at Baghdad International Airport. The strike took place at around 1 a.m. Friday.\n\n' +
      'In Washington, House Speaker Nancy Pelosi said the strike was carried out without consulting Congress.\n\n' +
      'On Sunday, U.S. warplanes bombed five sites of the Kataib Hezbollah militia in Iraq and Syria, killing about two dozen fighters.';
    const x = extractText(body, '2020-01-03');
    const pelosi = claimWith(x.claims, 'without consulting Congress');
    // The drone strike of the first paragraph: not a strike in Washington, which Sunday's bombing would then have dated.
    expect(pelosi.event).toMatchObject({ date: '2020-01-03' });
    expect(pelosi.event?.id).toBe(claimWith(x.claims, 'The strike took place').event?.id);
    // A place opening the sentence is still the happening's when no one is said to speak: "In Baghdad, rockets struck …".
    expect(claimWith(extractText('In Baghdad, rockets struck near the US embassy on Sunday.', '2020-01-27').claims, 'rockets struck').event?.place).toBe('Baghdad');
  });

  it('a destination in a coordinated clause: “… killed in the strikes, and then marched to the Green Zone”', () => {
    const x = extractText(
      'American air strikes on Sunday killed 25 fighters from the militia.\n\nThe incident happened after mourners held funerals for the fighters killed in the strikes, and then marched to the heavily fortified Green Zone.',
      '2019-12-31',
    );
    expect(claimWith(x.claims, 'killed 25').event?.place).not.toBe('Green Zone');
  });
});

describe('a happening named as a cause, and “the attack” after another subject', () => {
  it('“denied any role in Friday’s attack” is Friday’s rocket attack, not an attack of its own', () => {
    const x = extractText(
      'More than 30 rockets hit the K1 base near Kirkuk on Friday, killing a US contractor.\n\nThousands of protesters marched on the US embassy in Baghdad on Tuesday.\n\nKataib Hezbollah denied any role in Friday’s attack.',
      '2019-12-31',
    );
    expect(claimWith(x.claims, 'any role').event).toMatchObject({ label: 'rocket attack', date: '2019-12-27' });
    expect(claimWith(x.claims, 'any role').event?.id).toBe(claimWith(x.claims, '30 rockets').event?.id);
  });

  it('“fired missiles …, in retaliation for the killing of Soleimani last week”: last week is the killing’s, not the missiles’', () => {
    const x = extractText(
      'Iran has fired more than a dozen ballistic missiles at two military bases in Iraq, in retaliation for the US killing of top Iranian general Qassem Soleimani last week.\n\nThe Pentagon said the missiles targeted Ain al-Asad and Erbil at about 1:30am local time on Wednesday.',
      '2020-01-08',
    );
    expect(claimWith(x.claims, 'ballistic missiles').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
    expect(claimWith(x.claims, 'Ain al-Asad').event?.id).toBe(claimWith(x.claims, 'ballistic missiles').event?.id);
  });

  it('“blamed Iran for the attack” after a paragraph on a deployment is the attack the article is on', () => {
    const x = extractText(
      'Protesters stormed the US embassy in Baghdad on Tuesday, setting fire to a reception area.\n\nDefense Secretary Mark Esper announced that about 750 soldiers would be deployed to the region immediately.\n\nPresident Donald Trump blamed Iran for the attack.',
      '2020-01-01',
    );
    expect(claimWith(x.claims, 'deployed').event?.label).toBe('deployment');
    expect(claimWith(x.claims, 'blamed Iran').event).toMatchObject({ label: 'embassy attack', date: '2019-12-31' });
  });

  it('a lead’s “the raids”, told before the happening it names, is the happening the article is mostly on', () => {
    const page = [
      'Iraqi leaders condemned the raids on Kataib Hezbollah as a breach of sovereignty.',
      'US air strikes on Sunday killed 25 fighters of the militia, officials said.',
      'The strikes hit three sites in Iraq and two in Syria.',
      'Sunday’s strikes were the largest on the group in years.',
      'Iraqi President Barham Salih also condemned the attack.',
      'Friday’s rocket attack on the K1 base killed a US contractor.',
    ].join('\n\n');
    const x = extractText(page, '2019-12-30');
    for (const part of ['condemned the raids', 'also condemned the attack']) expect(claimWith(x.claims, part).event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    expect(claimWith(x.claims, 'K1 base').event).toMatchObject({ label: 'rocket attack', date: '2019-12-27' });
    // With no happening the article is mostly on, the raids stay a happening of their own.
    const even = extractText([page.split('\n\n')[0], page.split('\n\n')[1], page.split('\n\n')[5], 'The rocket attack wounded four soldiers.'].join('\n\n'), '2019-12-30');
    expect(claimWith(even.claims, 'condemned the raids').event).toMatchObject({ label: 'attack', date: null });
  });
});

describe('a happening told in an aside on its target', () => {
  const PAGE = [
    'Israeli jets struck a weapons depot near Damascus on Sunday, the army said.',
    'The Italian embassy in Damascus, which was stormed by protesters earlier this month, urged its citizens to leave Syria at once.',
    'Two warehouses at the depot were destroyed, the army said.',
  ].join('\n\n');
  const eventOf = (part: string) => extractText(PAGE, '2023-05-16').claims.find((c) => c.text.includes(part))?.event ?? null;

  it('is background: the sentence stays on the happening the text is on, and so do the sentences after it', () => {
    expect(eventOf('urged its citizens')).toMatchObject({ label: 'air strikes', date: '2023-05-14' });
    expect(eventOf('Two warehouses')).toMatchObject({ label: 'air strikes' });
  });

  it('is not when the aside is on someone else and the target is the news', () => {
    const other = extractText(
      [PAGE.split('\n\n')[0], 'The minister, who blamed militants for the attack, said the Italian embassy had been stormed on Monday.'].join('\n\n'),
      '2023-05-16',
    );
    expect(other.claims.find((c) => c.text.includes('embassy had been stormed'))?.event).toMatchObject({ label: 'embassy attack' });
  });
});

describe('happenings named in passing', () => {
  it('a crowd "the largest since the funeral of X in 1989" is the funeral the text is on', () => {
    const x = extractText('On Monday, huge crowds attended the funeral in Ankara.\n\nCity officials said the crowd was the largest in the capital since the funeral of the republic\'s founder in 1938.', '2021-05-04');
    expect(x.claims.find((c) => c.text.includes('largest in the capital'))?.event).toMatchObject({ label: 'funerals', date: '2021-05-03' });
  });

  it('an embassy that reports is a speaker, not the target of the attack it rules out', () => {
    const x = extractText('A passenger jet crashed near the airport on Wednesday, killing 80 people.\n\nThe Embassy of Chile in Peru initially reported that the plane crashed because of an engine fire and that "a terrorist attack is ruled out."\n\nThe airline suspended its flights.', '2021-05-06');
    expect(x.claims.find((c) => c.text.includes('airline suspended'))?.event).toMatchObject({ label: 'plane crash' });
    expect(x.events.some((e) => e.label === 'embassy attack')).toBe(false);
  });
});

describe('dates across a volley and a long subject', () => {
  it('"on January 8 by firing a volley of ballistic missiles": the volley is no distance between the day and the missiles', () => {
    const x = extractText('Iran responded on January 8 by firing a volley of ballistic missiles at Iraqi bases hosting US troops.', '2020-01-26');
    expect(claimWith(x.claims, 'volley').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('"two days after tens of thousands of supporters of cleric Moqtada Sadr rallied": counted back from Sunday past the subject', () => {
    const x = extractText(
      'Rockets slammed into the US embassy in Baghdad on Sunday evening, security sources said.\n\nSunday\'s attack came two days after tens of thousands of supporters of cleric Moqtada Sadr rallied in Baghdad to demand the withdrawal of US troops.',
      '2020-01-26',
    );
    expect(x.events.find((e) => e.label === 'protest')?.date).toBe('2020-01-24');
    expect(x.events.find((e) => e.label === 'rocket attack')?.date).toBe('2020-01-26');
  });
});

describe('“the strike” and “the strikes” when both happened', () => {
  it('a definite singular is the happening told as one strike, after a recap of several', () => {
    const body =
      'The United States has killed Qassem Soleimani in a drone strike at Baghdad International Airport on Friday.\n\n' +
      'The assassination comes after a week of escalating violence in Iraq. On Sunday, U.S. warplanes bombed five sites of the Kataib Hezbollah militia, killing about two dozen fighters.\n\n' +
      'The strike happened on the road leading out of the airport. Two cars were hit.\n\n' +
      'Iraqi officials condemned the strikes on the militia’s sites as a violation of sovereignty.';
    const x = extractText(body, '2020-01-03');
    const drone = claimWith(x.claims, 'in a drone strike').event;
    expect(drone).toMatchObject({ date: '2020-01-03' });
    // Before: the latest strikes of the label, Sunday's, which the recap had just named.
    expect(claimWith(x.claims, 'The strike happened').event?.id).toBe(drone?.id);
    expect(claimWith(x.claims, 'Two cars were hit').event?.id).toBe(drone?.id);
    // A plural is not the one strike: the latest strikes, Sunday's.
    expect(claimWith(x.claims, 'condemned the strikes').event).toMatchObject({ date: '2019-12-29' });
  });
});

describe('a day of a happening’s course, and “hours later” in another clause (ho17)', () => {
  it('“on Wednesday ended their siege” dates the siege', () => {
    const x = extractText('Supporters of Iran-backed paramilitary groups on Wednesday ended their siege of the US embassy in Baghdad, taking down their tents.', '2020-01-02');
    expect(claimWith(x.claims, 'ended their siege').event).toMatchObject({ label: 'embassy attack', date: '2020-01-01' });
  });

  it('“hours later” after a quotation and its saying counts nothing for the quoted attack', () => {
    const body =
      'Supporters of the militias on Wednesday ended their siege of the US embassy in Baghdad.\n\n' +
      "Sunday's strikes on five Kataib Hezbollah sites in Iraq and Syria killed 25 fighters, according to the PMF. Washington claimed they were a response to a rocket attack on Friday on a base near Kirkuk which killed an American contractor.\n\n" +
      'US President Donald Trump blamed Tehran for the violence. "Iran killed an American contractor, wounding many. We strongly responded, and always will. Now Iran is orchestrating an attack on the U.S. Embassy in Iraq. They will be held fully responsible," he tweeted on Tuesday, before following up hours later with a warning that Iran would "pay a very BIG PRICE".';
    const x = extractText(body, '2020-01-02');
    const embassy = claimWith(x.claims, 'ended their siege').event;
    // Before: a new attack on Friday, the rocket attack's day, counted "hours later" from it.
    expect(claimWith(x.claims, 'orchestrating an attack').event?.id).toBe(embassy?.id);
    expect(claimWith(x.claims, 'orchestrating an attack').event).toMatchObject({ label: 'embassy attack', date: '2020-01-01' });
    // A "later" that opens the sentence still counts: "Hours later, jets struck …".
    const y = extractText('A rocket attack killed a contractor near Kirkuk on Friday.\n\nTwo days later, US jets struck five militia sites.', '2019-12-31');
    expect(claimWith(y.claims, 'jets struck').event).toMatchObject({ date: '2019-12-29' });
    const z = extractText('A rocket attack killed a contractor near Kirkuk on Friday.\n\nUS jets struck five militia sites two days later.', '2019-12-31');
    expect(claimWith(z.claims, 'jets struck').event).toMatchObject({ date: '2019-12-29' });
  });
});

describe('a barrage counted back from last night, and a generic attack with a place (ho17)', () => {
  const body =
    '"The United States will not tolerate attacks against our people," Defense Secretary Mark Esper said.\n\n' +
    'US aircraft struck five weapons storage facilities belonging to Kataib Hezbollah across Iraq last night, a day after a rocket barrage on Camp Taji killed two American troops and a British soldier, the head of US Central Command said today.\n\n' +
    "Gen. Kenneth McKenzie told reporters that Wednesday's attack on Taji involved more than 30 rockets fired from a truck-mounted launcher.";

  it('“last night, a day after …” counts the day before the night began', () => {
    const x = extractText(body, '2020-03-13');
    const taji = x.events.find((e) => e.label === 'rocket attack');
    expect(taji).toMatchObject({ date: '2020-03-11', place: 'Taji' });
  });

  it('“Wednesday’s attack on Taji” is the rocket barrage there, not the quotation’s attacks', () => {
    const x = extractText(body, '2020-03-13');
    expect(claimWith(x.claims, "Wednesday's attack on Taji").event).toMatchObject({ label: 'rocket attack', date: '2020-03-11', place: 'Taji' });
    // An "additional" attack is another one: "chatter of additional attacks against Americans in Iraq".
    const y = extractText('Rockets hit the US embassy in Baghdad on Sunday.\n\nTrump wrote: "Now we hear chatter of additional attacks against Americans in Iraq."', '2020-12-24');
    expect(claimWith(y.claims, 'additional attacks').event?.label).not.toBe('rocket attack');
  });
});

describe('a toll told weeks later, and its background (ho17)', () => {
  const body =
    "The number of U.S. service members diagnosed with traumatic brain injuries from Iran's ballistic missile attack on Al Asad Air Base in Iraq has climbed to 109, the Pentagon said Monday.\n\n" +
    'Iran fired 16 short-range ballistic missiles at U.S. forces in Iraq in the early hours of Jan. 8 local time — the evening of Jan. 7 in Washington — in retaliation for the U.S. drone strike that killed Qassem Soleimani in Baghdad five days earlier. Eleven of the missiles struck Al Asad.\n\n' +
    'A climbing count\n\n' +
    'On the morning after the attack, Trump said in a televised address that "no Americans were harmed."';

  it('a happening dated only by a later saying is the one a dated mention weeks before names', () => {
    const x = extractText(body, '2020-02-11');
    const missiles = claimWith(x.claims, 'has climbed to 109').event;
    // Before: Monday, the day of the saying, and a second missile attack on Jan. 8.
    expect(missiles).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
    expect(claimWith(x.claims, 'Eleven of the missiles').event?.id).toBe(missiles?.id);
  });

  it('but not a happening of another kind told with its day (“the task force set up following the Soleimani killing on Friday”)', () => {
    const yonhap =
      "South Korea said Wednesday that no South Korean nationals were hurt in Iran's missile attack on two military bases hosting U.S. troops in Iraq.\n\n" +
      'The foreign ministry convened an emergency meeting and expanded a task force it had set up following the Soleimani killing on Friday.';
    const x = extractText(yonhap, '2020-01-08');
    expect(claimWith(x.claims, 'no South Korean nationals were hurt').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('“five days earlier” after a trigger counts back from the sentence’s dated happening; a clock’s city is no place of it', () => {
    const x = extractText(body, '2020-02-11');
    const drone = x.events.find((e) => e.label === 'air strikes');
    expect(drone).toMatchObject({ date: '2020-01-03', place: 'Baghdad' });
  });

  it('after a heading, a bare “the attack” is the happening last spoken of, not the last one named', () => {
    const x = extractText(body, '2020-02-11');
    expect(claimWith(x.claims, 'no Americans were harmed').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });
});

describe('a funeral procession, its rockets and the background told with them (ho17)', () => {
  const body =
    'Tens of thousands of people took to the streets of Baghdad on Saturday to mourn Qasem Soleimani and Abu Mahdi al-Muhandis, who were killed in a US drone strike at Baghdad International Airport early on Friday.\n\n' +
    'Mourners, many dressed in black and carrying portraits of the two men, marched behind vehicles carrying the coffins from the Kadhimiya shrine. Soleimani is to be buried on Tuesday in Kerman.\n\n' +
    'Hours after the funeral, a mortar round and a rocket landed inside the heavily fortified Green Zone. Kataib Hezbollah earlier told Iraqi forces to stay away from bases hosting US troops from 5 p.m. on Sunday, in a statement read as a warning of imminent attacks.\n\n' +
    'The killing comes days after the US struck facilities belonging to Kataib Hezbollah on 29 December, killing at least 25 people, in what Washington said was retaliation for a rocket attack on a military base near Kirkuk that killed a US contractor.';

  it('“took to the streets … on Saturday to mourn” and the mourners’ march are the day’s funeral', () => {
    const x = extractText(body, '2020-01-04');
    const funeral = claimWith(x.claims, 'to mourn').event;
    expect(funeral).toMatchObject({ label: 'funerals', date: '2020-01-04' });
    expect(claimWith(x.claims, 'marched behind vehicles').event?.id).toBe(funeral?.id);
    expect(claimWith(x.claims, 'to be buried on Tuesday').event).toMatchObject({ label: 'funerals', date: '2020-01-07' });
  });

  it('the rockets “hours after the funeral” are that day’s, not an imminent attack’s Sunday nor Kirkuk’s rocket attack', () => {
    const x = extractText(body, '2020-01-04');
    const rockets = claimWith(x.claims, 'a mortar round and a rocket landed').event;
    expect(rockets).toMatchObject({ label: 'rocket attack', date: '2020-01-04', place: 'Green Zone' });
    const kirkuk = x.events.filter((e) => e.label === 'rocket attack');
    expect(kirkuk).toHaveLength(2);
  });
});

describe('the day a run of happenings began (ho17)', () => {
  it('“the strongest in a sequence that began on Dec. 28” does not date the quake', () => {
    const page = 'A magnitude 6.4 earthquake struck Puerto Rico before dawn on Tuesday, killing at least one man.\n\nThe quake was the strongest in a sequence that began on Dec. 28, and came a day after a magnitude 5.8 temblor crumbled a landmark.';
    const x = extractText(page, '2020-01-07');
    expect(claimWith(x.claims, 'struck Puerto Rico').event).toMatchObject({ label: 'earthquake', date: '2020-01-07' });
    const y = extractText('A magnitude 6.4 earthquake struck Puerto Rico on Tuesday. The quake killed one man and was the strongest in a sequence that began on Dec. 28.', '2020-01-07');
    expect(claimWith(y.claims, 'killed one man').event).toMatchObject({ label: 'earthquake', date: '2020-01-07' });
  });
});

describe('a happening at another one (ho19)', () => {
  it('"killed in a stampede at his burial in Kerman on Tuesday": the stampede is on the burial\'s day', () => {
    const x = extractText('More than 50 people were killed in a stampede at his burial in Kerman on Tuesday.', '2020-01-11');
    expect(x.events.find((e) => e.label === 'stampede')).toMatchObject({ date: '2020-01-07' });
  });

  it('a happening named after it with other words between is not its host', () => {
    const x = extractText('More than 50 people were killed in a stampede, weeks before the funeral of the mayor on Tuesday.', '2020-01-11');
    expect(x.events.find((e) => e.label === 'stampede')?.date ?? null).not.toBe('2020-01-07');
  });
});

describe('days that date no happening before them (ho19)', () => {
  const eventsOf = (text: string) => extractText(text, '2020-01-11').events;

  it('“denied any missile strike until Saturday”: the day a state lasted to', () => {
    expect(eventsOf('Officials had continued to deny any missile strike until Saturday.').find((e) => e.label === 'missile strike')?.date).toBeNull();
    expect(eventsOf('A missile strike hit the base on Saturday.').find((e) => e.label === 'missile strike')?.date).toBe('2020-01-11');
  });

  it('“…, who said on Thursday that … a missile, said on Saturday that …”: the day of a saying whose words follow it', () => {
    const x = eventsOf('Justin Trudeau, who said on Thursday that intelligence showed the plane had been brought down by an Iranian missile, said on Saturday that Canada wants justice.');
    expect(x.find((e) => e.label === 'missile strike')?.date ?? null).not.toBe('2020-01-11');
  });

  it('a killing named as the cause of missiles is not those missiles, though the two places nest', () => {
    const x = eventsOf(
      [
        'The General Staff said the Boeing 737-800 had been hit by an air defence unit at a time of heightened alert following Iran’s missile strikes on US bases in Iraq.',
        'Government spokesman Ali Rabiei had described Western reports of a missile strike as "a big lie".',
        'The crash came less than five hours after the IRGC fired more than a dozen ballistic missiles at Ain al-Asad and Erbil in retaliation for the US killing of Qassem Soleimani in Baghdad on January 3.',
      ].join('\n\n'),
    );
    expect(x.find((e) => e.label === 'missile strike')?.date ?? null).toBeNull();
    expect(x.find((e) => e.label === 'killing')).toMatchObject({ date: '2020-01-03', place: 'Baghdad' });
  });
});

describe('the present perfect at the top of a page (ho19)', () => {
  const points = ['Iran fired missiles at US bases on Wednesday.', 'The Guards said it was revenge.', 'There was no word on casualties.', 'Australian troops are safe, Defence says.'];
  const filler = Array.from({ length: 8 }, (_v, k) => `Analysts said paragraph ${k + 1} of the background mattered.`);
  const crashDay = (lines: string[]) => extractText(lines.join('\n\n'), '2020-01-08').events.find((e) => e.label === 'plane crash')?.date;

  it('“A Ukrainian passenger jet has crashed near Tehran” in a summary’s points is the day’s news', () => {
    expect(crashDay([...points, 'A Ukrainian passenger jet has crashed near Tehran, killing all 176 on board.'])).toBe('2020-01-08');
  });

  it('not further down, where “parliament has voted” is background, nor in the past perfect', () => {
    expect(crashDay([...points, ...filler, 'A Ukrainian passenger jet has crashed near Tehran.'])).toBeNull();
    expect(crashDay([...points, 'A Ukrainian passenger jet had crashed near Tehran.'])).toBeNull();
  });
});

describe('a killing set days after another happening is not that happening (ho26)', () => {
  const lead = 'Qassem Soleimani has been killed in a US airstrike near Baghdad International Airport, the IRGC said.';
  const after =
    'The assassination came days after thousands of mourners rallied outside the US embassy in Baghdad, enraged by US airstrikes on Sunday against positions of Kataib Hezbollah near the Syrian border.';
  const toll = 'Initial reports put the death toll from those strikes at 25.';
  const eventOf = (x: ReturnType<typeof extractText>, anchor: string) => claimWith(x.claims, anchor).event;

  it('the airstrikes on Sunday are their own happening, and “those strikes” theirs; the airport strike is the day’s news', () => {
    const x = extractText([lead, after, toll].join('\n\n'), '2020-01-03');
    expect(eventOf(x, 'killed in a US airstrike')).toMatchObject({ label: 'air strikes', date: '2020-01-03', place: 'Baghdad International Airport' });
    expect(eventOf(x, 'death toll from those strikes')).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    expect(eventOf(x, 'The assassination came days after')?.date).toBe('2020-01-03');
  });

  it('“The killing … comes days after the US struck …”: the killing is the sentence’s airport strike, not the strikes before it', () => {
    const x = extractText(
      ['US forces killed Qassem Soleimani in a drone strike at Baghdad airport on Friday.', 'The killing of Soleimani comes days after the US struck facilities belonging to Kataib Hezbollah on Sunday.'].join('\n\n'),
      '2020-01-03',
    );
    expect(eventOf(x, 'The killing of Soleimani comes days after')?.date).toBe('2020-01-03');
  });

  it('a victim in the present perfect makes its strike the news only at the top of a page', () => {
    expect(extractText(lead, '2020-01-03').events.find((e) => e.label === 'air strikes')?.date).toBe('2020-01-03');
    expect(extractText(lead.replace('has been', 'had been'), '2020-01-03').events.find((e) => e.label === 'air strikes')?.date ?? null).toBeNull();
  });
});

describe('a quotation that names the page’s lead happening comes back to it (ho27)', () => {
  const body = [
    'Iran struck back at the United States early Wednesday, firing more than a dozen ballistic missiles at two military bases in Iraq, the Pentagon said.',
    'A stampede at the funeral procession in Kerman on Tuesday killed 56 people.',
    '"It is clear that these missiles were launched from Iran," Jonathan Hoffman said in a statement. He said the Pentagon was "working on initial battle damage assessments."',
    'There was no immediate word on casualties. Iraq\'s military said in a statement that there were no casualties among Iraqi forces.',
  ].join('\n\n');

  it('after a sentence on the stampede, the statement on the missiles and what follows it are the missiles’', () => {
    const x = extractText(body, '2020-01-08');
    expect(claimWith(x.claims, 'stampede').event?.label).toBe('stampede');
    for (const part of ['these missiles were launched', 'battle damage assessments', 'no casualties among Iraqi forces']) expect(claimWith(x.claims, part).event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('a quotation on a happening the page did not open with does not take the text there', () => {
    const x = extractText(body.replace('"It is clear that these missiles were launched from Iran,"', '"The funeral was a sea of grief,"'), '2020-01-08');
    expect(claimWith(x.claims, 'battle damage assessments').event?.label).not.toBe('missile strike');
  });
});

describe('the injury updates after the missile attack (ho27)', () => {
  it('“the strike” in a first sentence that named the missile attack before it is that attack, not an air strike', () => {
    const x = extractText(
      "Eleven U.S. service members were treated for concussion symptoms after Iran's Jan. 8 ballistic missile attack on Al Asad Air Base in Iraq, U.S. Central Command said Thursday, more than a week after President Donald Trump said the strike had caused no American casualties.\n\nTehran described the strike as retaliation for the Jan. 3 U.S. drone strike in Baghdad that killed Qassem Soleimani.",
      '2020-01-17',
    );
    expect(claimWith(x.claims, 'the strike had caused no American casualties').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('a date after a run of places with no verb or comma between still dates the missiles', () => {
    const x = extractText(
      "Iran fired ballistic missiles at the Ain al-Asad air base in western Iraq and at a facility in Irbil in the country's north on 8 January.",
      '2020-02-11',
    );
    expect(x.events.find((e) => e.label === 'missile strike')?.date).toBe('2020-01-08');
    // (Not past a verb: the day is the visit's.)
    const y = extractText('Iran fired ballistic missiles at the sprawling desert air base that the American president and his wife visited with troops in western Iraq on 8 January.', '2020-02-11');
    expect(y.events.find((e) => e.label === 'missile strike')?.date ?? null).not.toBe('2020-01-08');
  });

  it('“the Jan. 8 attack” in a subtitle, then “Iran’s ballistic missile attack … this month”: one missile strike', () => {
    const x = extractText(
      [
        'The disclosure more than triples the count of service members hurt in the Jan. 8 attack, and follows President Trump\'s description of the injuries as "headaches."',
        'By Dan Lamothe',
        "Thirty-four U.S. service members were diagnosed with concussions or traumatic brain injuries after Iran's ballistic missile attack on a base in Iraq this month, the Pentagon said Friday, a figure that is three times the number the military acknowledged last week.",
      ].join('\n\n'),
      '2020-01-24T23:10:00Z',
    );
    expect(claimWith(x.claims, 'Thirty-four').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
    expect(claimWith(x.claims, 'triples the count').event?.label).toBe('missile strike');
  });
});

describe('a visit to the base days after the missiles (ho28)', () => {
  const visit = [
    "Al Asad Air Base, Iraq (CNN) — The craters are still there. Around them lie the shredded remains of the trailers where US troops slept, twisted sheets of metal and splintered concrete blast walls.",
    "Five days after Iran fired ballistic missiles at this sprawling base in Iraq's western Anbar desert, US commanders on Monday took a small group of journalists on a tour of the sites where they struck.",
    '"We had a warning," said Lt. Col. Staci Coleman. Word came down late in the evening of January 7 that an attack was likely, she said.',
    'Commanders said the precision of the strikes left little doubt that Iran had meant to do serious damage.',
  ].join('\n\n');

  it('an opening "Five days after …" is counted back from the day its main clause gives', () => {
    const x = extractText(visit, '2020-01-13T16:20:00Z');
    expect(claimWith(x.claims, 'Five days after').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('the day of a warning that an attack was likely is not the attack’s', () => {
    const x = extractText(visit, '2020-01-13T16:20:00Z');
    expect(x.events.some((e) => e.date === '2020-01-07' && e.label !== HAPPENING)).toBe(false);
    const m = detectEvents('Word came down late in the evening of January 7 that an attack was likely, she said.', { published: '2020-01-13', places: [] });
    expect(m[0]?.date ?? null).toBeNull();
    // (A happening reported, not foreseen, keeps its day; "likely to" tells what the strikes may bring.)
    expect(detectEvents('On January 7 an attack was carried out on the base.', { published: '2020-01-13', places: [] })[0]?.date).toBe('2020-01-07');
    expect(detectEvents('The strikes on Sunday are likely to add to pressure on the prime minister.', { published: '2019-12-31', places: [] })[0]?.date).toBe('2019-12-29');
  });

  it('"concrete blast walls" are no explosion, and "the strikes" after the missiles are the missiles', () => {
    expect(detectEvents('Around them lie twisted sheets of metal and splintered concrete blast walls.', ctx())).toEqual([]);
    expect(detectEvents('The blast shattered windows across the street.', ctx())[0]?.label).toBe('explosion');
    const x = extractText(visit, '2020-01-13T16:20:00Z');
    expect(claimWith(x.claims, 'precision of the strikes').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('a blast first, named a missile strike after: "the strikes" then join it, not an air strike of their own', () => {
    const x = extractText(
      ['A loud blast woke the troops before dawn.', 'Iran fired ballistic missiles at the base on January 8, officials said.', 'The precision of the strikes surprised the commanders.'].join('\n\n'),
      '2020-01-13',
    );
    expect(claimWith(x.claims, 'precision of the strikes').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });
});

describe('runs of happenings, causes named in passing and places (ho28 links)', () => {
  const k1 = [
    'A U.S. civilian contractor was killed and several American service members were wounded Friday when a volley of rockets slammed into the K1 military base near Kirkuk, U.S. officials said.',
    "Friday's attack was at least the 11th on such bases since late October. Earlier attacks targeted Al Asad Air Base in Anbar province and the Baghdad airport complex. Until Friday, none had killed an American.",
    'Iraqi officials said security forces sealed off roads around the base after the attack and began searching the surrounding area for the launch site.',
    'Secretary of State Mike Pompeo said on Dec. 13 that attacks by Iran or its proxies that harm Americans "will be answered with a decisive U.S. response."',
  ].join('\n\n');

  it('"the attack" after "Earlier attacks targeted …" is the one happening the text is on, not one of the run', () => {
    const x = extractText(k1, '2019-12-27T23:10:00Z');
    expect(claimWith(x.claims, 'sealed off roads').event).toMatchObject({ label: 'rocket attack', date: '2019-12-27' });
    expect(claimWith(x.claims, 'Earlier attacks').event?.label).not.toBe('rocket attack');
  });

  it('the day someone spoke of attacks in general does not date the run', () => {
    const x = extractText(k1, '2019-12-27T23:10:00Z');
    expect(claimWith(x.claims, 'Earlier attacks').event?.date).toBeNull();
  });

  it('"one of those attacks" is a single happening, not a run', () => {
    const x = extractText(
      [
        'Since late October, militia groups have conducted a series of attacks on bases in Iraq.',
        'Last Friday, one of those attacks, on K1 air base in Kirkuk, killed an American contractor.',
        'That attack was 31 rockets.',
      ].join('\n\n'),
      // (A transcript without a date: "Last Friday" dates nothing, so only the words tell one attack from a run.)
      null,
    );
    expect(claimWith(x.claims, 'That attack was 31 rockets').event?.id).toBe(claimWith(x.claims, 'one of those attacks').event?.id);
  });

  const strikes2024 = [
    "The U.S. military on Friday struck more than 85 targets in Iraq and Syria linked to Iran's Revolutionary Guard, the opening salvo of the response to a drone attack that killed three American soldiers in Jordan last weekend.",
    'The strikes, which lasted about 30 minutes, hit seven facilities, U.S. Central Command said.',
    'The Jan. 28 attack on Tower 22, a small U.S. outpost in northeastern Jordan, killed three Army reservists.',
    'In Baghdad, the Iraqi government condemned the strikes. A government spokesman said 16 people were killed and 25 wounded in strikes on the al-Qaim and Akashat areas of western Anbar province.',
  ].join('\n\n');

  it('"The strikes" go on with the strikes the text is on, not the drone attack days before that a phrase of it named', () => {
    const x = extractText(strikes2024, '2024-02-03T05:00:00Z');
    expect(claimWith(x.claims, 'lasted about 30 minutes').event).toMatchObject({ label: 'air strikes', date: '2024-02-02' });
    expect(claimWith(x.claims, 'Tower 22').event?.date).toMatch(/^2024-01-2[78]$/);
  });

  it('an undated mention with a place is first the happening of its label there', () => {
    const x = extractText(strikes2024, '2024-02-03T05:00:00Z');
    expect(claimWith(x.claims, 'Akashat').event).toMatchObject({ label: 'air strikes', date: '2024-02-02' });
  });

  it('a demonstrative points at the strikes named last, even in a phrase of cause', () => {
    const x = extractText(
      [
        'A US drone strike killed Qassem Soleimani at Baghdad airport on Friday.',
        'The strike came days after thousands rallied outside the US embassy, enraged by US airstrikes on Sunday against Kataib Hezbollah positions.',
        'Initial reports put the death toll from those strikes at 25.',
      ].join('\n\n'),
      '2020-01-03',
    );
    expect(claimWith(x.claims, 'death toll from those strikes').event?.date).toBe('2019-12-29');
  });
});
