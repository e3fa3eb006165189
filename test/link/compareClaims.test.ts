import { comparable, compareClaims } from '../../src/link/compareClaims';
import { claimWith, extractText } from '../extract/support/extractText';

const claim = (text: string, part: string) => comparable(claimWith(extractText(text, '2019-12-30').claims, part));
const contradicts = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>, event = 'embassy attack'): boolean =>
  compareClaims(a, b, event).some((r) => r.type === 'contradicts');

describe('compareClaims: a denial against the blame', () => {
  it('"Kataib Hezbollah denied involvement" contradicts "Washington blames Kataib Hezbollah for the attack"', () => {
    const denial = claim('Kataib Hezbollah denied involvement in the Kirkuk attack.', 'denied');
    const blame = claim('Washington blames Kataib Hezbollah for a rocket attack on Dec. 27 that killed a U.S. contractor.', 'blames');
    for (const [a, b] of [[denial, blame], [blame, denial]] as const) {
      const r = compareClaims(a, b, 'rocket attack of 2019-12-27');
      expect(r).toEqual([expect.objectContaining({ type: 'contradicts', basis: expect.stringContaining('Kataib Hezbollah denies the part it is blamed for by United States') })]);
    }
  });

  it('not a denial of something else, nor blame on another party', () => {
    const other = claim('Kataib Hezbollah denied reports that its commander was killed.', 'denied');
    const blame = claim('Washington blames Kataib Hezbollah for a rocket attack on Dec. 27.', 'blames');
    expect(compareClaims(other, blame, 'rocket attack').some((r) => r.type === 'contradicts')).toBe(false);
    const denial = claim('Kataib Hezbollah denied involvement in the Kirkuk attack.', 'denied');
    const elsewhere = claim('Washington blames Iran for a rocket attack on Dec. 27.', 'blames');
    expect(compareClaims(denial, elsewhere, 'rocket attack').some((r) => r.type === 'contradicts')).toBe(false);
  });
});

describe('compareClaims: "none" against "some", and negation inside a long quotation', () => {
  it('"No U.S. personnel were injured" says nothing against "at least 62 people were wounded" (the protesters)', () => {
    const none = claim('No U.S. personnel were injured in the clashes at the embassy, the State Department said.', 'personnel');
    const some = claim('At least 62 people were wounded in the clashes at the embassy, medics said.', 'wounded');
    expect(contradicts(none, some)).toBe(false);
    expect(contradicts(some, none)).toBe(false);
  });

  it('"No Americans were hurt" beside "at least 62 people were wounded" is no different figure either, only the same event', () => {
    const none = claim('No Americans were hurt in the clashes at the embassy, officials said.', 'Americans');
    const some = claim('At least 62 people were wounded in the clashes at the embassy, medics said.', 'wounded');
    for (const [a, b] of [[none, some], [some, none]] as const) {
      const types = compareClaims(a, b, 'embassy attack').map((r) => r.type);
      expect(types).not.toContain('different_figure');
      expect(types).not.toContain('contradicts');
    }
  });

  it('the same two groups counted alike on both sides corroborate: "four U.S. service members" is read as American', () => {
    const a = claim('A rocket attack on Friday wounded four U.S. service members and two Iraqi soldiers at the base, officials said.', 'wounded');
    const b = claim('The rockets wounded four American troops and two Iraqi soldiers at the base on Friday, officials said.', 'wounded');
    const types = compareClaims(a, b, 'rocket attack').map((r) => r.type);
    expect(types).toContain('corroborates');
    expect(types).not.toContain('different_figure');
  });

  it('the same group, or the same nationality on both sides, still contradicts', () => {
    const noOne = claim('No one was hurt in the clashes at the embassy, officials said.', 'hurt');
    const some = claim('At least 62 people were wounded in the clashes at the embassy, medics said.', 'wounded');
    expect(contradicts(noOne, some)).toBe(true);
    const noAmericans = claim('No Americans were killed in the missile attack on the base, officials said.', 'Americans');
    const troops = claim('At least 80 American troops were killed in the missile attack on the base, Iranian TV said.', 'troops');
    expect(contradicts(noAmericans, troops)).toBe(true);
  });

  it('"none of the 15 missiles fired at the base were intercepted" denies the interception, not the firing', () => {
    const none = claim('Informed sources said none of the 15 missiles fired at the base were intercepted.', 'intercepted');
    const fired = claim('Iran fired more than a dozen ballistic missiles at the base, officials said.', 'dozen');
    expect(contradicts(none, fired)).toBe(false);
    expect(contradicts(fired, none)).toBe(false);
    // "None of their troops had been hurt" is still a denial of the harm.
    const hurt = claim('Officials said none of the American troops at the base had been hurt.', 'troops');
    const some = claim('Iranian TV said 80 American troops at the base had been hurt.', 'troops');
    expect(contradicts(hurt, some)).toBe(true);
  });

  it('"This is not a Warning, it is a Threat" in a tweet does not deny "They will pay a very BIG PRICE!"', () => {
    const tweet = claim('“Iran will be held fully responsible for lives lost, or damage incurred, at any of our facilities. They will pay a very BIG PRICE! This is not a Warning, it is a Threat. Happy New Year!” Trump tweeted.', 'BIG PRICE');
    const report = claim('Trump said Iran will “pay a very BIG PRICE” for any damage or loss of life at US facilities.', 'BIG PRICE');
    expect(contradicts(tweet, report)).toBe(false);
  });
});

describe('compareClaims: groups of different nations are different slots', () => {
  it('"four American service members" wounded and "two Iraqi personnel" wounded are no different figure', () => {
    const us = claim('The rocket attack near Kirkuk wounded four American service members, officials said.', 'four');
    const iraqi = claim('The rocket attack near Kirkuk wounded two Iraqi personnel, officials said.', 'two');
    expect(compareClaims(us, iraqi, 'rocket attack').some((r) => r.type === 'different_figure')).toBe(false);
    const us2 = claim('The rocket attack near Kirkuk wounded two American service members, officials said.', 'two');
    expect(compareClaims(us, us2, 'rocket attack').some((r) => r.type === 'different_figure')).toBe(true);
  });
});

describe('compareClaims: parts of a toll', () => {
  it('"82 Iranians, 63 Canadians and 11 Ukrainians were among the dead" gives no rival figure for "killing all 176"', () => {
    const parts = claim('82 Iranians, 63 Canadians and 11 Ukrainians were among the dead, officials said.', 'Canadians');
    const all = claim('A Ukrainian airliner crashed near Tehran, killing all 176 people on board, officials said.', '176');
    expect(compareClaims(parts, all, 'plane crash').some((r) => r.type === 'different_figure')).toBe(false);
  });
});

describe('compareClaims: one projectile of several', () => {
  it('"One rocket hit a cafeteria" is no rival figure for "three rockets slammed into the compound"; one dead against three dead is', () => {
    const three = claim('Three rockets slammed into the US embassy compound in Baghdad on Sunday, officials said.', 'Three rockets');
    const one = claim('One rocket hit a cafeteria inside the US embassy compound in Baghdad on Sunday, officials said.', 'cafeteria');
    expect(compareClaims(one, three, 'rocket attack').some((r) => r.type === 'different_figure')).toBe(false);
    const dead3 = claim('The rocket attack on the embassy in Baghdad killed three people on Sunday, officials said.', 'killed three');
    const dead1 = claim('The rocket attack on the embassy in Baghdad killed one person on Sunday, officials said.', 'killed one');
    expect(compareClaims(dead1, dead3, 'rocket attack').some((r) => r.type === 'different_figure')).toBe(true);
  });
});

describe('compareClaims: figures that share no slot', () => {
  it('“launched five airstrikes” and “killed at least 24 fighters” are two statements about the strikes, not one', () => {
    const count = claim('The U.S. launched five airstrikes targeting Iran-backed militias in Iraq and Syria.', 'five airstrikes');
    const toll = claim('US airstrikes against an Iran-backed militia in Iraq and Syria have killed at least 24 fighters.', '24 fighters');
    const types = compareClaims(toll, count, 'air strikes of 2019-12-29').map((r) => r.type);
    expect(types).not.toContain('corroborates');
    expect(types).toContain('same_event');
  });

  it('a count of one nation’s wounded still meets the other’s: the slot is shared', () => {
    const both = claim('The attack also injured several US service members and Iraqi personnel.', 'injured');
    const iraqi = claim('Several Iraqi personnel were also wounded in the attack.', 'wounded');
    expect(compareClaims(iraqi, both, 'rocket attack').map((r) => r.type)).toContain('corroborates');
  });
});

describe('compareClaims: casualties and the nations counted', () => {
  it('"no American casualties" contradicts "80 American terrorists had been killed"', () => {
    const none = claim('U.S. officials said there were no American casualties in the missile attack on Ain al-Asad.', 'casualties');
    const eighty = claim('Iranian state television said 80 "American terrorists" had been killed in the missile attack on Ain al-Asad.', 'killed');
    expect(compareClaims(none, eighty, 'missile strike of 2020-01-08')).toEqual([expect.objectContaining({ type: 'contradicts', basis: expect.stringContaining('one says none') })]);
  });

  it('Americans killed and "no Iraqi casualties" at the same base share no figure, so the claims do not corroborate', () => {
    const iraqi = claim('Iraq\'s military said 22 missiles struck the country, 17 of them at Ain al-Asad and five at Erbil, and that there were no Iraqi casualties.', '22 missiles');
    const us = claim('Iranian state television said the missiles had killed 80 "American terrorists" and damaged helicopters at Ain al-Asad air base.', 'killed');
    const types = compareClaims(us, iraqi, 'missile strike of 2020-01-08').map((r) => r.type);
    expect(types).not.toContain('corroborates');
    expect(types).not.toContain('contradicts');
  });
});

describe('compareClaims: what a source left unsaid', () => {
  it('"It did not say when the burial would take place" does not deny "the burial could take place later on Tuesday"', () => {
    const unsaid = comparable(claimWith(extractText('ISNA said the burial had been postponed. It did not say when the burial would take place.', '2020-01-07').claims, 'did not say'));
    const planned = comparable(claimWith(extractText('A source close to the organisers said the burial could take place later on Tuesday once the crowds had thinned.', '2020-01-07').claims, 'burial could'));
    for (const [a, b] of [[unsaid, planned], [planned, unsaid]] as const) expect(compareClaims(a, b, 'funerals of 2020-01-07').some((r) => r.type === 'contradicts')).toBe(false);
    // A denial of the happening itself still contradicts it.
    const denied = comparable(claimWith(extractText('Officials said the burial did not take place on Tuesday.', '2020-01-07').claims, 'burial did not'));
    expect(compareClaims(denied, planned, 'funerals of 2020-01-07').some((r) => r.type === 'contradicts')).toBe(true);
  });
});

describe('compareClaims: negations that are about something else (held-out probe ho18)', () => {
  it('a denial of a role does not deny the toll its relative clause tells', () => {
    const denial = claim('Kataib Hezbollah has denied any role in Friday’s attack on the K1 base near Kirkuk, in which four US troops and two Iraqi soldiers were also wounded.', 'denied');
    const toll = claim('The coalition said four American service members and two members of the Iraqi security forces were wounded in the attack.', 'wounded');
    expect(contradicts(denial, toll, 'rocket attack')).toBe(false);
    expect(contradicts(toll, denial, 'rocket attack')).toBe(false);
  });

  it('"No Koreans are near the two bases that were targeted" denies the Koreans’ presence, not the targeting', () => {
    const none = claim('No Koreans are known to be in the vicinity of the two bases that were targeted.', 'Koreans');
    const bases = claim('The missiles targeted two Iraqi military bases hosting US forces.', 'targeted');
    expect(contradicts(none, bases, 'missile strike')).toBe(false);
  });
});

describe('compareClaims: an alternative turned down ("rather than", "instead of")', () => {
  it('"would respond with new sanctions rather than military force" agrees with "would not respond militarily"', () => {
    const sanctions = claim('Iran fired a volley of ballistic missiles at two military bases in Iraq housing US troops, and Trump signalled that Washington would respond with new sanctions rather than military force.', 'sanctions');
    const notMilitarily = claim("US President Donald Trump on Wednesday signalled that he would not respond militarily to Iran's ballistic missile attack on American forces in Iraq.", 'militarily');
    for (const [a, b] of [[sanctions, notMilitarily], [notMilitarily, sanctions]] as const) expect(contradicts(a, b, 'missile strike')).toBe(false);
  });

  it('the turned-down part counts as negated, so it still opposes the same alternative affirmed', () => {
    const sanctions = claim('Washington would respond with sanctions instead of military strikes on Iran, officials said.', 'sanctions');
    const strikes = claim('Washington would respond with military strikes on Iran, officials said.', 'military strikes');
    expect(contradicts(sanctions, strikes, 'missile strike')).toBe(true);
  });
});

describe('compareClaims: figures that say none in other words, and figures only supposed (ho27)', () => {
  const relation = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>) => compareClaims(a, b, 'missile strike').map((r) => r.type);

  it('"Not one person was killed" agrees with "no one was killed": zero, never one', () => {
    const notOne = claim('Not one person was killed at the base.', 'Not one person');
    expect(notOne.claim.quantities[0]).toMatchObject({ value: 0, text: 'Not one' });
    expect(claim('Not a single soldier was hurt in the attack.', 'Not a single').claim.quantities[0]).toMatchObject({ value: 0 });
    expect(relation(notOne, claim('The fact that no one was killed at the base is pretty amazing.', 'no one was killed'))).not.toContain('contradicts');
  });

  it('"If no Americans died, Trump is under less pressure" contradicts no toll: its zero is a condition', () => {
    const supposed = claim('If no Americans died, Trump is under less pressure to respond militarily.', 'If no Americans died');
    const toll = claim('Iranian state TV said 80 Americans were killed in the strikes.', '80 Americans were killed');
    expect(relation(supposed, toll)).not.toContain('contradicts');
    expect(relation(claim('No Americans died in the strikes, officials said.', 'No Americans died'), toll)).toContain('contradicts');
  });
});

describe('compareClaims: the same statement in other words (ho27 links)', () => {
  const relation = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>) => compareClaims(a, b, 'missile strike').map((r) => r.type);
  const both = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>) => [...relation(a, b), ...relation(b, a)];

  it('"no casualties among Iraqi forces" is none killed and none hurt: it agrees with "none of its personnel were hurt"', () => {
    const casualties = claim('The Iraqi military said there were no casualties among Iraqi forces.', 'no casualties');
    const personnel = claim('The Iraqi military said none of its personnel were hurt.', 'personnel');
    expect(personnel.claim.quantities[0]).toMatchObject({ value: 0, subject: 'personnel' });
    expect(relation(personnel, casualties)).toContain('corroborates');
    expect(relation(casualties, personnel)).toContain('corroborates');
  });

  it('"no casualties among Iraqi forces" says nothing against 200 American troops wounded; "no American casualties" does', () => {
    const iraqi = claim('The Iraqi military said there were no casualties among Iraqi forces.', 'no casualties');
    const wounded = claim('Iranian state TV said 200 American troops were wounded in the strikes.', '200');
    expect(both(iraqi, wounded)).not.toContain('contradicts');
    const american = claim('Trump said the strike had caused no American casualties.', 'no American casualties');
    expect(both(american, wounded)).toContain('contradicts');
  });

  it('"none of its soldiers" is the speaker’s own people: Norway’s none is no "no Americans were harmed"', () => {
    const norway = claim('Norway said none of its soldiers were hurt in the attack.', 'none of its');
    const americans = claim('Trump said no Americans were harmed in the attack.', 'no Americans');
    expect(both(norway, americans)).not.toContain('corroborates');
    const troops = claim('Eleven troops were treated for concussion symptoms after the attack.', 'Eleven');
    expect(both(norway, troops)).not.toContain('contradicts');
  });

  it('a short claim a longer statement holds word for word, with the same figure, says the same', () => {
    const statement = claim(
      'Trump said: "No Americans were harmed in last night\'s attack by the Iranian regime. We suffered no casualties, all of our soldiers are safe, and only minimal damage was sustained at our military bases."',
      'No Americans were harmed',
    );
    const short = claim('The president said no Americans were harmed.', 'no Americans were harmed');
    expect(relation(short, statement)).toContain('corroborates');
  });

  it('a count of missiles on one side only is detail, not another statement; a count and the setting alone are not enough', () => {
    const counted = claim('Iran fired more than a dozen ballistic missiles at Ain al-Asad air base in western Iraq.', 'more than a dozen');
    const bare = claim('Iran fired ballistic missiles at the Ain al-Asad air base in western Iraq on Wednesday.', 'ballistic missiles');
    expect(relation(counted, bare)).toContain('corroborates');
    const present = claim('Roughly 1,500 U.S. and coalition personnel were at Al Asad on the night of the attack.', '1,500');
    const launched = claim(
      'It is clear that these missiles were launched from Iran and targeted at least two Iraqi military bases hosting U.S. military and coalition personnel at Al Asad and Irbil.',
      'these missiles were launched',
    );
    expect(both(present, launched)).not.toContain('corroborates');
  });

  it('two reports that leave the same thing open say the same; one open and one asserted do not', () => {
    const a = claim('There was no immediate word on casualties.', 'no immediate word');
    const b = claim('There was no immediate word on casualties.', 'no immediate word');
    expect(a.claim.certainty).toBe('unclear');
    expect(relation(a, b)).toContain('corroborates');
    expect(both(a, claim('There were no casualties, officials said.', 'no casualties'))).not.toContain('corroborates');
  });
});

/** Every relation either way round, for claims about one happening. */
const bothWays = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>, event: string) => [
  ...compareClaims(a, b, event).map((r) => r.type),
  ...compareClaims(b, a, event).map((r) => r.type),
];

describe('compareClaims: the dead and the hurt counted together', () => {
  const relation = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>) => bothWays(a, b, 'rocket attack');

  it('12 killed or injured is neither a toll of 12 nor a different figure from 5 killed', () => {
    const both = claim('Iraqi officials said 12 people were killed or injured in the rocket attack on the base.', '12');
    expect(relation(both, claim('Iraqi officials said 12 people were killed in the rocket attack on the base.', '12'))).not.toContain('corroborates');
    expect(relation(both, claim('Iraqi officials said five people were killed in the rocket attack on the base.', 'five'))).not.toContain('different_figure');
  });

  it('two counts of both together are one slot: 12 against 15 is a different figure', () => {
    const a = claim('Iraqi officials said 12 people were killed or injured in the rocket attack on the base.', '12');
    const b = claim('Medics said 15 people were killed or wounded in the rocket attack on the base.', '15');
    expect(relation(a, b)).toContain('different_figure');
  });

  it('none killed or injured is none killed and none hurt', () => {
    const none = claim('The Iraqi military said none of its soldiers had been killed or injured.', 'none of its');
    const casualties = claim('The Iraqi military said there were no casualties among Iraqi forces.', 'no casualties');
    expect(relation(none, casualties)).toContain('corroborates');
  });
});

describe('compareClaims: parts, wholes and mixed agreement (ho28 links)', () => {
  const relation = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>) => bothWays(a, b, 'air strikes');

  it('the same toll with another count of the wounded: both the agreement and the different figure are said', () => {
    const reuters = claim('At least 25 militia fighters were killed and at least 51 wounded in the strikes, security sources said.', 'At least 25');
    const afp = claim('The strikes killed at least 25 militia fighters and wounded 55, the Hashed said.', '55');
    const r = compareClaims(reuters, afp, 'air strikes');
    expect(r.map((x) => x.type).sort()).toEqual(['corroborates', 'different_figure']);
    expect(r.find((x) => x.type === 'corroborates')).toMatchObject({ slot: 'killed|fighters', basis: expect.stringContaining('wounded fighters figure differs') });
    expect(r.find((x) => x.type === 'different_figure')).toMatchObject({ slot: 'wounded|fighters' });
  });

  it('"martyred" is killed: a militia outlet\'s toll meets the agency\'s', () => {
    const agency = claim('At least 25 militia fighters were killed in the strikes.', 'At least 25');
    const outlet = claim('25 of their fighters have been martyred in the US airstrikes.', 'martyred');
    expect(outlet.terms.terms.has('kill')).toBe(true);
    expect(relation(agency, outlet)).toContain('corroborates');
  });

  it('three sites in Iraq and two in Syria are the parts of five targets, not a rival count', () => {
    const parts = claim('The precision strikes hit three locations of the group in Iraq and two in Syria, including weapons depots.', 'three locations');
    const whole = claim('The strikes hit five Kataib Hezbollah targets in Iraq and Syria, including weapons depots.', 'five');
    expect(relation(parts, whole)).not.toContain('different_figure');
    expect(relation(parts, whole)).toContain('corroborates');
  });

  it('sites, facilities, locations and targets fill one slot: "five sites" and "five facilities" say the same', () => {
    const sites = claim('U.S. F-15E aircraft hit five sites belonging to Kataib Hezbollah in Iraq and Syria.', 'five sites');
    const facilities = claim('US F-15E jets hit five Kataib Hezbollah facilities in Iraq and Syria.', 'five');
    expect(relation(sites, facilities)).toContain('corroborates');
    const six = claim('US F-15E jets hit six Kataib Hezbollah facilities in Iraq and Syria.', 'six');
    expect(relation(sites, six)).toContain('different_figure');
  });

  it('a whole and its parts inside one claim against the parts alone: the parts agree, no rival count', () => {
    const both = claim('U.S. F-15E aircraft hit five sites — three in western Iraq and two in Syria — including weapons depots.', 'five sites');
    const parts = claim('The precision strikes hit three locations in Iraq and two in Syria, including weapons depots.', 'three locations');
    expect(relation(both, parts)).not.toContain('different_figure');
    expect(relation(both, parts)).toContain('corroborates');
  });
});

describe('compareClaims: a set counted in parts, and breakdowns both give (ho28, second round)', () => {
  const relation = (a: ReturnType<typeof claim>, b: ReturnType<typeof claim>) => bothWays(a, b, 'air strikes');

  it('"Three of the targets … and two in Syria" are the parts of "five sites": they corroborate', () => {
    const parts = claim('Three of the targets were in western Iraq and two across the border in Syria, the Pentagon said.', 'Three');
    expect(parts.slots.map((s) => [s.slot.key, s.quantity.value, s.part])).toEqual([['hit|targets', 3, true], ['hit|targets', 2, true]]);
    const whole = claim('U.S. F-15E aircraft hit five sites belonging to Kataib Hezbollah in western Iraq and Syria.', 'five sites');
    expect(relation(parts, whole)).toContain('corroborates');
    expect(relation(parts, whole)).not.toContain('different_figure');
  });

  it('a part alone is no rival count of the whole, nor of another part', () => {
    const part = claim('Two of the targets were in Syria, officials said.', 'Two');
    const whole = claim('U.S. aircraft hit five sites belonging to Kataib Hezbollah in Iraq and Syria.', 'five sites');
    expect(relation(part, whole)).not.toContain('different_figure');
    const other = claim('Three of the targets were in western Iraq, officials said.', 'Three');
    expect(relation(part, other)).not.toContain('different_figure');
    // "25 of the group's fighters" is the toll, not a part of a set.
    expect(claim("25 of the group's fighters were killed in the strikes.", '25').slots[0]!.part).toBeUndefined();
  });

  it('the same breakdown in few common words corroborates: three in Iraq and two in Syria on both sides', () => {
    const a = claim('The "precision defensive strikes" hit three locations of the group in Iraq and two in Syria, including weapons depots and command and control facilities used by KH to plan and execute attacks on coalition forces.', 'three locations');
    const b = claim('Jets hit five sites — three in Iraq near the Syrian border and two inside Syria.', 'five sites');
    expect(relation(a, b)).toContain('corroborates');
    // One figure in common is not enough for so few words.
    const one = claim('Jets hit three sites near the Syrian border overnight.', 'three sites');
    expect(relation(a, one)).not.toContain('corroborates');
  });
});
