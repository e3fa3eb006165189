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

