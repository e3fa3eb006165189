import { HAPPENING } from '../../../src/domain';
import { chooseEvent, newGlobalEventId } from '../../../src/link/chooseEvent';
import { claimIndexKeys, eventAnchorKeys, eventLookupKeys } from '../../../src/link/claimKeys';
import { extractText, claimWith } from '../support/extractText';

/** A sentence that names a day but no happening the vocabulary knows (texts of our own). */
describe('happenings known by their day alone', () => {
  it('"Boeing fired its chief on Monday": the claim is about a happening of that day, with who took part', () => {
    const x = extractText('Boeing fired chief executive Dennis Muilenburg on Monday. The company\'s shares rose nearly 3% in trading on Monday morning.', '2019-12-24');
    const fired = claimWith(x.claims, 'Muilenburg').event;
    expect(fired).toMatchObject({ label: HAPPENING, date: '2019-12-23' });
    // One event per day in the article: both sentences are about Monday.
    expect(claimWith(x.claims, 'shares rose').event?.id).toBe(fired?.id);
    expect(x.events.find((e) => e.id === fired?.id)?.participants).toContain('Dennis Muilenburg');
  });

  it('a claim takes the day inside it; a future cue looks ahead', () => {
    const x = extractText('Last week the company said it would halt production of the jet in January. David Calhoun will become chief executive on Jan. 13, the company said.', '2019-12-23');
    expect(claimWith(x.claims, 'halt production').event).toMatchObject({ label: HAPPENING, date: '2020-01-01' });
    expect(x.events.find((e) => e.id === claimWith(x.claims, 'halt production').event?.id)?.dateEnd).toBe('2020-01-31');
    expect(claimWith(x.claims, 'Calhoun').event).toMatchObject({ label: HAPPENING, date: '2020-01-13' });
  });

  it('not the start of a state, a target year, an aside about who was named, nor a day inside a quotation', () => {
    const x = extractText(
      [
        'Soleimani had led the Quds Force since 1998.',
        'The plan aims to cut emissions by 2030.',
        'Muilenburg, an engineer who joined Boeing as an intern in 1985, was stripped of his title as chairman in October.',
        '"If you win an award tonight, don\'t make a speech," the host told the audience.',
      ].join('\n\n'),
      '2019-12-23',
    );
    expect(claimWith(x.claims, 'since 1998').event).toBeNull();
    expect(claimWith(x.claims, 'by 2030').event).toBeNull();
    expect(claimWith(x.claims, 'stripped of his title').event).toMatchObject({ label: HAPPENING, date: '2019-10-01' });
    expect(claimWith(x.claims, 'award tonight').event).toBeNull();
  });

  it('a sentence about a happening the vocabulary knows, or that carries one on, keeps it', () => {
    const x = extractText('US air strikes killed 25 fighters on Sunday. The Pentagon said on Monday the strikes were defensive.', '2019-12-31');
    expect(claimWith(x.claims, '25 fighters').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    expect(x.events.some((e) => e.label === HAPPENING)).toBe(false);
  });

  it('stays with its article: never joins a stored event, nor is joined, nor is looked up', () => {
    const happening = { id: 'a1#e1', label: HAPPENING, date: '2019-12-23', dateEnd: null, place: null, participants: ['Boeing'] };
    const stored = { ...happening, id: 'e_stored', label: HAPPENING };
    const choice = chooseEvent(happening, [stored], 'a1', [stored], '2019-12-24');
    expect(choice.mergedWith).toBeNull();
    expect(choice.event.id).toBe(newGlobalEventId(happening, 'a1'));
    expect(newGlobalEventId(happening, 'a2')).not.toBe(newGlobalEventId(happening, 'a1'));
    // A generic word of another article on that day does not join it either.
    const attack = { id: 'a2#e1', label: 'attack', date: '2019-12-23', dateEnd: null, place: null, participants: ['Boeing'] };
    expect(chooseEvent(attack, [stored], 'a2', [], '2019-12-24').mergedWith).toBeNull();
    expect(eventLookupKeys(happening, '2019-12-24', 30)).toEqual([]);
    expect(eventAnchorKeys(stored, '2019-12-24')).toEqual([]);
    // Nor are its claims indexed under it: no other article can ask for them by it.
    const x = extractText('Boeing fired chief executive Dennis Muilenburg on Monday after 346 people were killed.', '2019-12-24');
    const claim = x.claims[0]!;
    const keys = claimIndexKeys(claim, { ...happening, id: 'e_own' }, { firstOfEvent: true, newEvent: true, published: '2019-12-24', specificSpeaker: false });
    expect(keys.filter((k) => /^(?:ev|sl|ed|gd|eu|un):/u.test(k))).toEqual([]);
  });
});
