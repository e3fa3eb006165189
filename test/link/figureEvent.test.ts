import { figureEventOf } from '../../src/link/figureEvent';
import { claimWith, extractText } from '../extract/support/extractText';
import type { Extraction } from '../../src/extract/types';

/** The claim holding `part` in an extraction, and the event it is about. */
function claimAndOwnEvent(x: Extraction, part: string) {
  const claim = claimWith(x.claims, part);
  return { claim, own: x.events.find((e) => e.id === claim.event?.id) };
}

describe('figureEventOf: the happening whose toll a claim gives', () => {
  it('a toll in a sentence about the embassy attack is the air strikes named in it', () => {
    const x = extractText('US air strikes on Sunday hit five militia bases.\n\nProtesters stormed the embassy on Tuesday, protesting the deaths of 25 militia members in the air strikes.', '2019-12-31');
    const { claim, own } = claimAndOwnEvent(x, 'deaths of 25');
    expect(own?.label).toBe('embassy attack');
    expect(figureEventOf(claim, own, x.events)).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });

  it('but not air strikes that came after the claim\'s own happening', () => {
    const x = extractText(
      [
        'At least eight rockets hit the U.S. embassy in Baghdad on Sunday.',
        'The attack comes ahead of the anniversary of the killing of Qassem Soleimani in a U.S. drone strike at Baghdad airport on Jan. 3.',
        "Last December, supporters of Kataib Hezbollah stormed the embassy compound after U.S. air strikes killed 25 of the group's fighters.",
      ].join('\n\n'),
      '2020-12-20',
    );
    const claim = claimWith(x.claims, '25');
    // Extraction already keeps last December's air strikes apart from January's drone strike.
    const strikes2020 = x.events.find((e) => e.label === 'air strikes' && e.date === '2020-01-03')!;
    expect(strikes2020).toBeDefined();
    expect(claim.event).toMatchObject({ label: 'air strikes', date: null });
    // Filed under the storming of last December, the toll is not January's strike's …
    const storming = x.events.find((e) => e.label === 'embassy attack')!;
    expect(storming).toMatchObject({ date: '2019-12-01', dateEnd: '2019-12-31' });
    expect(figureEventOf(claim, storming, [storming, strikes2020])).toBeNull();
    // … while strikes before it would be.
    expect(figureEventOf(claim, storming, [storming, { ...strikes2020, date: '2019-12-29', dateEnd: null }])).toMatchObject({ date: '2019-12-29' });
  });
});

describe('figureEventOf: a toll in the relative clause of the claim\'s own happening', () => {
  it('"The strikes come as Iraq is gripped by protests in which more than 400 people have been killed": the protests\' toll', () => {
    const x = extractText(
      'U.S. military airstrikes targeted an Iran-backed militia in Iraq on Sunday.\n\nThe strikes come as Iraq is gripped by months of anti-government protests in which more than 400 people have been killed, most of them by security forces.',
      '2019-12-29',
    );
    const { claim, own } = claimAndOwnEvent(x, 'more than 400');
    expect(own?.label).toBe('protest');
    expect(figureEventOf(claim, own, x.events)).toBeNull();
  });

  it('named after the figure, the other happening keeps it: "angry over the deaths of 25 fighters in US airstrikes"', () => {
    const x = extractText('US air strikes on Sunday hit five militia bases.\n\nProtesters, angry over the deaths of 25 fighters in US airstrikes, stormed the embassy on Tuesday.', '2019-12-31');
    const { claim, own } = claimAndOwnEvent(x, 'deaths of 25');
    expect(figureEventOf(claim, own, x.events)?.label).toBe('air strikes');
  });
});

describe('figureEventOf: a crash counts its own dead (held-out probe ho10)', () => {
  it('"a jet that crashed …, killing all 176 people aboard, had been brought down by a missile": the crash’s toll, not the missile attack’s', () => {
    const x = extractText(
      'Iran fired more than a dozen ballistic missiles at two bases in Iraq on Wednesday.\n\nOfficials on Friday dismissed reports that a passenger jet that crashed near the capital on Wednesday, killing all 176 people aboard, had been brought down by a missile.',
      '2020-01-10',
    );
    const { claim, own } = claimAndOwnEvent(x, '176');
    expect(own?.label).toBe('plane crash');
    expect(figureEventOf(claim, own, x.events)).toBeNull();
  });
});

describe('figureEventOf: a casualty event\'s claim that gives another\'s toll (ho28)', () => {
  it('"warplanes struck … a militia that officials blame for a rocket attack that killed a U.S. contractor": the rocket attack\'s', () => {
    const x = extractText(
      'American warplanes struck five sites in Iraq and Syria on Sunday linked to an Iranian-backed militia that U.S. officials blame for a rocket attack that killed a U.S. contractor.',
      '2019-12-30',
    );
    const { claim, own } = claimAndOwnEvent(x, 'warplanes struck');
    expect(own?.label).toBe('air strikes');
    expect(figureEventOf(claim, own, x.events)).toMatchObject({ label: 'rocket attack' });
  });

  it('not when one of its figures is its own toll, nor when the other is named after the figure', () => {
    const x = extractText('The air strikes on Sunday killed 25 fighters, two days after a rocket attack killed a U.S. contractor.', '2019-12-30');
    const { claim, own } = claimAndOwnEvent(x, 'killed 25');
    expect(own?.label).toBe('air strikes');
    expect(figureEventOf(claim, own, x.events)).toBeNull();
    const y = extractText('A rocket attack on Friday preceded the air strikes that killed 25 fighters on Sunday.', '2019-12-30');
    const second = claimAndOwnEvent(y, 'killed 25');
    expect(figureEventOf(second.claim, second.own, y.events)).toBeNull();
  });
});
