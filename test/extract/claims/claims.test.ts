import { checkworthiness } from '../../../src/extract/claims/checkworthiness';
import { claimsOf, claimWith, extractText } from '../support/extractText';

describe('which sentences are claims', () => {
  it('questions, fragments, imperatives and page furniture are not', () => {
    const cs = claimsOf(
      [
        'Will the dam hold?',
        'Continue reading the full story here.',
        'March 3, 2020, 10:56 PM',
        '4 min read',
        'This is a developing story.',
        'The dam burst on Sunday and flooded three villages.',
      ].join('\n\n'),
    );
    expect(cs.map((c) => c.text)).toEqual(['The dam burst on Sunday and flooded three villages.']);
  });

  it('a sentence repeated in the article is one claim', () => {
    const cs = claimsOf('The dam burst on Sunday and flooded three villages.\n\nRescuers arrived at noon.\n\nThe dam burst on Sunday and flooded three villages.');
    expect(cs.filter((c) => c.text.startsWith('The dam burst'))).toHaveLength(1);
  });

  it('an interviewer’s “Q:” label is no part of the claim', () => {
    const cs = claimsOf('Q: The new bridge opened in March. Why close it now?\n\nQuestion: The council says repairs will cost 4 million dollars.');
    expect(claimWith(cs, 'bridge opened').text).toBe('The new bridge opened in March.');
    expect(claimWith(cs, 'repairs')).toMatchObject({ kind: 'attributed', text: 'repairs will cost 4 million dollars', speaker: { name: 'council' } });
    expect(cs.some((c) => /^Q(?:uestion)?:/u.test(c.text))).toBe(false);
  });

  it('an appositive to the speaker after the frame is not a claim of its own; a clause that resumes after it is', () => {
    const cs = claimsOf('Nine guards were hurt, according to the Harbour Union, the federation of dock crews to which the guards belong.');
    expect(claimWith(cs, 'Nine guards')).toMatchObject({ kind: 'attributed', speaker: { name: 'Harbour Union' } });
    expect(cs.some((c) => c.text.includes('federation of dock crews'))).toBe(false);
    const kept = claimsOf('“The dam will hold,” the engineer said after the inspection, which was delayed by the floods.');
    expect(claimWith(kept, 'delayed by the floods').kind).toBe('assertion');
  });

  it('a column’s name before a colon (“The Morning Brief: …”) is no speaker', () => {
    const c = claimWith(claimsOf('The Evening Ledger: Dam holds, markets slip, ferry strike ends'), 'Dam holds');
    expect(c.speaker).toBeNull();
  });

  it('the outlet’s own statement is an assertion with no speaker', () => {
    const c = claimWith(claimsOf('Rescuers pulled 14 people from the rubble overnight.'), 'Rescuers');
    expect(c).toMatchObject({ kind: 'assertion', speaker: null, sourceId: null, cue: null, certainty: 'asserted' });
  });
});

describe('splitting a sentence into the claims a fact-checker checks one by one', () => {
  it('a subordinate clause with its own figure is its own claim', () => {
    const cs = claimsOf('Hundreds of residents had fled the town after heavy shelling killed 12 civilians.');
    expect(claimWith(cs, 'fled').text).toBe('Hundreds of residents had fled the town');
    const toll = claimWith(cs, 'killed 12');
    expect(toll.text).toBe('heavy shelling killed 12 civilians.');
    expect(toll.quantities[0]).toMatchObject({ value: 12, subject: 'civilians', predicate: 'killed' });
  });

  it('a clause that only sets the scene stays with its sentence', () => {
    const cs = claimsOf('At least 9 miners died when the tunnel collapsed on Friday.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.quantities[0]).toMatchObject({ value: 9, qualifier: 'at_least' });
  });

  it('clauses joined by "but" with different certainty are two claims', () => {
    const cs = claimsOf('There was a fire near the depot, but it was unclear what had caused it.');
    expect(claimWith(cs, 'fire near the depot').certainty).toBe('asserted');
    expect(claimWith(cs, 'unclear').certainty).toBe('unclear');
  });

  it('the text of a claim is a span of the article text', () => {
    const x = extractText('Hundreds of residents had fled the town after heavy shelling killed 12 civilians.\n\n“We lost everything,” said farmer Ali Karim.');
    const text = x.article.text;
    expect(x.claims.length).toBeGreaterThanOrEqual(3);
    for (const c of x.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.id).toBe(`${c.articleId}:${c.start}-${c.end}`);
      expect(c.sentence).toContain(c.text);
    }
  });
});

describe('certainty, quantities and events on claims', () => {
  it('hedged, unconfirmed, unclear and denied', () => {
    expect(claimsOf('The tower was apparently set alight.')[0]!.certainty).toBe('hedged');
    expect(claimsOf('There was an unconfirmed report that the governor had resigned.')[0]!.certainty).toBe('unconfirmed');
    expect(claimsOf('It was not clear whether anyone was inside.')[0]!.certainty).toBe('unclear');
    const denied = claimWith(claimsOf('The ministry denied that its troops had crossed the border.'), 'troops');
    expect(denied.certainty).toBe('denied');
    expect(denied.speaker?.name).toBe('ministry');
  });

  it('claims about the same happening share one event, resolved against the publication date', () => {
    const cs = claimsOf('Air strikes on Sunday killed 25 fighters in Syria.\n\nThe strikes destroyed two depots.', '2019-12-31');
    const a = claimWith(cs, 'killed 25');
    const b = claimWith(cs, 'depots');
    expect(a.event).not.toBeNull();
    expect(a.event!.date).toBe('2019-12-29');
    expect(b.event?.id).toBe(a.event!.id);
  });
});

describe('checkworthiness', () => {
  it('numbers, named sources, dated events and hedges raise it; short opinions lower it', () => {
    const strong = checkworthiness({ text: 'At least 25 fighters were killed in the strikes on Sunday', kind: 'attributed', certainty: 'hedged', speakerType: 'government', quantities: 1, datedEvent: true, entities: 2 });
    const weak = checkworthiness({ text: 'It would be great', kind: 'assertion', certainty: 'asserted', speakerType: null, quantities: 0, datedEvent: false, entities: 0 });
    expect(strong).toBeGreaterThan(0.8);
    expect(strong).toBeLessThanOrEqual(1);
    expect(weak).toBeLessThan(0.2);
    expect(weak).toBeGreaterThanOrEqual(0);
  });
});

describe('captions whose verb wink reads as a noun', () => {
  it('a credited caption describing a scene is an observation; a name under a portrait is not a claim', () => {
    const cs = claimsOf('The port reopened on Monday, officials said.\n\nSmoke rises from the harbour after the blast (Lena Park/AFP via Getty Images)\n\nHarbour Master Tomas Verdi (Lena Park/AFP via Getty Images)\n\nShips were waiting offshore.');
    const cap = claimWith(cs, 'Smoke rises');
    expect(cap).toMatchObject({ kind: 'observation', speaker: { name: 'Agence France-Presse' } });
    expect(cs.some((c) => c.text.includes('Harbour Master'))).toBe(false);
  });
});

describe('one claim per span', () => {
  it('two frames ending on the same words make one claim, never two with one id (the store would refuse the article)', () => {
    const cs = claimsOf('Bloomberg reports the Republican nominee has won or tied among voters making $100,000 or more, according to the Roper Center for Public Opinion Research According to exit polls, Romney had a ten-point lead among high-earning voters in 2012 but still lost the election.');
    const ids = cs.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('an appositive inside a sentence is not split off', () => {
  it('“…, a faction of X, in Iraq and Syria, which killed 25 …” stays one claim', () => {
    const cs = claimsOf('The crowd was protesting against airstrikes on five bases of the Kataib Hezbollah, a faction of Hashd Shaabi, in Iraq and Syria, which killed 25 members and wounded 51 others.');
    expect(cs).toHaveLength(1);
  });
});

describe('a sequencing verb keeps what follows it', () => {
  it('“The vote on Sunday came after the US killed …” is one claim; “gathered on Tuesday after strikes killed 25 on Sunday” is two', () => {
    expect(claimsOf('The vote on Sunday came after the US killed the general in a drone strike on Friday.')).toHaveLength(1);
    expect(claimsOf('Protesters gathered on Tuesday after US strikes killed 25 fighters on Sunday.')).toHaveLength(2);
  });
});

describe('a verb of change wink reads as a noun', () => {
  it('“The number of dead rose to 27 overnight.” is a claim', () => {
    const cs = claimsOf('The number of dead rose to 27 overnight.');
    expect(cs.map((c) => c.text)).toEqual(['The number of dead rose to 27 overnight.']);
  });
});

describe('a phrasal verb wink reads as a noun', () => {
  it('“Rebel fighters shot down an army helicopter …” is a claim', () => {
    expect(claimsOf('Rebel fighters shot down an army helicopter near the border on Sunday.').map((c) => c.text)).toEqual(['Rebel fighters shot down an army helicopter near the border on Sunday.']);
    expect(claimsOf('The coast guard brought down a smuggling drone over the bay.').map((c) => c.text)).toEqual(['The coast guard brought down a smuggling drone over the bay.']);
  });

  it('a noun before a particle with no subject is still no clause', () => {
    expect(claimsOf('Shot down over the bay\n\nThe coast guard said the drone was unarmed.').map((c) => c.text)).toEqual(['the drone was unarmed']);
  });
});

describe('a time and what happened then', () => {
  it('"the deadliest attack since October 2017, when a truck bomb killed more than 500" stays one claim', () => {
    const cs = claimsOf('It was the deadliest attack in Mogadishu since October 2017, when a truck bomb killed more than 500 people.');
    expect(cs.map((c) => c.text)).toEqual(['It was the deadliest attack in Mogadishu since October 2017, when a truck bomb killed more than 500 people.']);
    // A clause with a figure of its own is still split off after a day that is not "since …".
    expect(claimsOf('Protesters marched on Sunday, when police killed 3 people.').map((c) => c.text)).toEqual(['Protesters marched on Sunday', 'police killed 3 people.']);
  });

  it('"has been gripped since October by protests in which 450 people have been killed" is one claim: "since" takes the month', () => {
    const text = 'Iraq has been gripped since October by anti-government protests in which more than 450 people have been killed.';
    expect(claimsOf(text).map((c) => c.text)).toEqual([text]);
    // A clause opened by a time's possessive is still one of its own.
    expect(claimsOf('Protesters marched to the embassy after Sunday’s strikes killed 25 fighters.').map((c) => c.text)).toEqual(['Protesters marched to the embassy', 'Sunday’s strikes killed 25 fighters.']);
  });
});

describe('a saying’s day in brackets (ho20)', () => {
  it('“…, sources said on Monday (Dec 30), in retaliation for …” leaves no claim “(Dec 30), in retaliation …”', () => {
    const cs = claimsOf('US air strikes killed at least 25 fighters, militia sources said on Monday (Dec 30), in retaliation for a rocket attack that killed an American contractor.');
    expect(cs.map((c) => c.text)).toEqual(['US air strikes killed at least 25 fighters']);
    // The clause after a bracketed day is still one.
    expect(claimsOf('Militia sources said on Monday (Dec 30), the toll had risen to 27.').map((c) => c.text)).toEqual(['the toll had risen to 27']);
  });
});

describe('a figure in a relative clause on the speaker', () => {
  it('"The Pentagon, which has about 5,200 troops in Iraq, said …" keeps the troop count as the outlet\'s claim', () => {
    const cs = claimsOf('The Pentagon, which has about 5,200 troops in Iraq, said it would send more.');
    const own = claimWith(cs, '5,200 troops');
    expect(own).toMatchObject({ kind: 'assertion', speaker: null, text: 'The Pentagon, which has about 5,200 troops in Iraq' });
    expect(own.quantities[0]).toMatchObject({ value: 5200, qualifier: 'approx', subject: 'troops' });
    expect(claimWith(cs, 'send more').speaker?.name).toBe('US Department of Defense');
    // Without a figure the clause only describes the speaker.
    expect(claimsOf('Esper, who spoke at the Pentagon on Monday, said the strikes were defensive.')).toHaveLength(1);
  });
});

describe('headlines', () => {
  it('"Crowds storm US embassy in Baghdad": a headline verb wink reads as a noun still makes a claim', () => {
    const cs = claimsOf("Iraqi protesters storm US embassy in Baghdad\n\nThe embassy was attacked on Tuesday, officials said.", '2019-12-31');
    expect(claimWith(cs, 'protesters storm')).toMatchObject({ kind: 'assertion', text: 'Iraqi protesters storm US embassy in Baghdad' });
    // A heading without a verb stays out.
    expect(claimsOf('Success on Signature Issue\n\nThe embassy was attacked on Tuesday, officials said.').map((c) => c.text)).toEqual(['The embassy was attacked on Tuesday']);
  });

  it('"Iraq PM: US strikes \'vicious\'": a headline credited to an office needs no verb', () => {
    const c = claimWith(claimsOf("Iraq PM: US strikes 'vicious' and 'unacceptable'\n\nThe embassy was attacked on Tuesday, officials said.", '2019-12-31'), 'vicious');
    expect(c).toMatchObject({ kind: 'attributed', text: "US strikes 'vicious' and 'unacceptable'", speaker: { name: 'Iraq PM' } });
    // "BAGHDAD: …" stays a dateline.
    expect(claimWith(claimsOf('BAGHDAD: Protesters stormed the embassy on Tuesday.', '2019-12-31'), 'stormed').speaker).toBeNull();
  });

  it('a kicker ("EXCLUSIVE-", "UPDATE 2-", "Analysis:") is no part of the headline', () => {
    const cs = claimsOf('UPDATE 2-Protesters storm US embassy in Baghdad\n\nExclusive: Iranian general Soleimani planned attacks on US forces, sources say', '2019-12-31');
    expect(cs.map((c) => c.text)).toEqual(['Protesters storm US embassy in Baghdad', 'Iranian general Soleimani planned attacks on US forces']);
  });
});

describe('what "after" takes, and the circumstance of a saying', () => {
  it('"crashed shortly after takeoff from Tehran, killing all 176": "after" takes a noun, the sentence stays whole', () => {
    const text = "A Ukrainian passenger plane crashed shortly after takeoff from Tehran's airport, killing all 176 people on board.";
    expect(claimsOf(text).map((c) => c.text)).toEqual([text]);
    // A clause after "after" with its own figure is still a claim of its own, an age between commas included.
    expect(claimsOf('Crowds gathered in the main square after the gunman, 25, killed 3 people.').map((c) => c.text)).toEqual(['Crowds gathered in the main square', 'the gunman, 25, killed 3 people.']);
  });

  it('"… told reporters as he left the area" is no claim; a crowd\'s "as they headed away from the embassy" is', () => {
    expect(claimsOf('“We have rubbed America’s nose in the dirt,” one militia commander told reporters as he left the area.').map((c) => c.text)).toEqual(['We have rubbed America’s nose in the dirt']);
    expect(claimsOf('“We burned them!” the protesters chanted as they headed away from the embassy.').map((c) => c.text)).toContain('they headed away from the embassy.');
  });
});

describe('a caveat on the sentence before', () => {
  it('"That figure could not be independently confirmed." makes the figure unconfirmed and is no claim itself', () => {
    const cs = claimsOf('At least 62 people were wounded, the Popular Mobilization Forces said in a statement. That figure could not be independently confirmed.', '2019-12-31');
    expect(cs.map((c) => [c.text, c.certainty])).toEqual([['At least 62 people were wounded', 'unconfirmed']]);
  });

  it('"Reuters could not independently verify the toll." speaks of the toll, even two sentences back', () => {
    const cs = claimsOf(
      "Iraq's military said the strikes killed three soldiers and two police officers. It said some of the sites hit were not militia facilities. Reuters could not independently verify the toll.",
      '2020-03-14',
    );
    expect(claimWith(cs, 'killed three').certainty).toBe('unconfirmed');
    expect(claimWith(cs, 'not militia facilities').certainty).toBe('asserted');
    expect(cs.some((c) => c.text.includes('Reuters could not'))).toBe(false);
  });

  it('"It is not possible to independently verify claims by either side." speaks of the claims before it', () => {
    const cs = claimsOf('The army said its aircraft hit 12 targets. It is not possible to independently verify claims by either side.', '2024-05-01');
    expect(claimWith(cs, 'hit 12 targets').certainty).toBe('unconfirmed');
    expect(cs.some((c) => c.text.includes('not possible'))).toBe(false);
  });

  it('"We have not been able to verify the footage." speaks of the footage', () => {
    const cs = claimsOf('A crowd of several thousand is moving towards the Green Zone, our correspondent says. Footage on social media appears to show men setting fire to a guard post. We have not been able to verify the footage.', '2019-12-31');
    expect(claimWith(cs, 'Footage').certainty).toBe('unconfirmed');
    expect(claimWith(cs, 'several thousand').certainty).toBe('asserted');
    expect(cs).toHaveLength(2);
  });

  it('a caveat with nothing to speak of stays a claim; one by a party other than the press stays too', () => {
    expect(claimsOf('Oil prices jumped more than 4% on the news. Reuters could not independently verify the number of dead.').map((c) => [c.text, c.certainty])).toEqual([
      ['Oil prices jumped more than 4% on the news.', 'asserted'],
      ['Reuters could not independently verify the number of dead.', 'unconfirmed'],
    ]);
    const cs = claimsOf('Militia leaders said 25 fighters were killed. The Pentagon could not confirm the report.');
    expect(claimWith(cs, '25 fighters').certainty).toBe('unconfirmed');
    expect(claimWith(cs, 'Pentagon could not confirm')).toBeDefined();
  });
});

describe('a printed interview', () => {
  it('"A: …" answers are the interviewee\'s words, named where the interview is introduced', () => {
    const cs = claimsOf(
      'We spoke to Hassan Salem, a member of parliament, on Monday.\n\nQ: Why did parliament vote to expel the troops?\n\nA: Because they killed our guests on our soil. Twenty-five men of the Hashd were killed while guarding the border.',
      '2020-01-06',
    );
    const a = claimWith(cs, 'Twenty-five');
    expect(a).toMatchObject({ kind: 'quote', cue: 'transcript', speaker: { name: 'Hassan Salem' } });
    expect(a.text.startsWith('A:')).toBe(false);
    expect(a.quantities[0]).toMatchObject({ value: 25, predicate: 'killed' });
    expect(claimWith(cs, 'our guests').speaker?.name).toBe('Hassan Salem');
  });

  it('without an introduction an "A:" line is not given to anyone', () => {
    const cs = claimsOf('A: The strikes killed 25 fighters on Sunday.', '2019-12-31');
    expect(cs.every((c) => c.speaker === null)).toBe(true);
  });
});

describe('a report inside a subordinate clause', () => {
  it('"…, when it said 11 service members had been flown out" is the attributed claim once, not the outlet\'s too', () => {
    const cs = claimsOf('The U.S. military first acknowledged injuries last week, when it said 11 service members had been flown out of Iraq for evaluation of concussion symptoms.', '2020-01-24');
    expect(cs.map((c) => [c.kind, c.text])).toEqual([
      ['assertion', 'The U.S. military first acknowledged injuries last week'],
      ['attributed', '11 service members had been flown out of Iraq for evaluation of concussion symptoms'],
    ]);
    const oil = claimsOf('Oil prices fell sharply on Wednesday, erasing an early jump, after President Donald Trump said no Americans had been hurt.', '2020-01-08');
    expect(oil.filter((c) => c.text.includes('no Americans')).map((c) => c.kind)).toEqual(['attributed']);
  });

  it('the outlet\'s clause around a report in a relative clause stays: "The march, which organizers said drew …, began peacefully."', () => {
    const cs = claimsOf('The march, which organizers said drew more than 1,000 people, began peacefully.', '2020-01-24');
    expect(cs.some((c) => c.kind === 'assertion' && c.text.includes('began peacefully'))).toBe(true);
  });
});
