import { claimsOf, claimWith, extractText } from '../support/extractText';

describe('direct quotes', () => {
  it('speaker after the quote, in either order', () => {
    const a = claimWith(claimsOf('“The bridge is closed to all traffic,” the mayor said.'), 'bridge');
    expect(a).toMatchObject({ kind: 'quote', text: 'The bridge is closed to all traffic', quote: 'The bridge is closed to all traffic', cue: 'said' });
    expect(a.speaker).toMatchObject({ name: 'mayor' });
    const b = claimWith(claimsOf('"We lost four homes," said Leila Marsh, a spokeswoman for the fire service.'), 'homes');
    expect(b.speaker).toMatchObject({ name: 'Leila Marsh', type: 'person' });
    expect(b.quantities[0]).toMatchObject({ value: 4, qualifier: 'exact' });
  });

  it('speaker before the quote, with a colon, a recipient or a medium', () => {
    const a = claimWith(claimsOf('Police chief Dana Holt said: “We arrested four men overnight.”'), 'arrested');
    expect(a).toMatchObject({ kind: 'quote', text: 'We arrested four men overnight' });
    expect(a.speaker).toMatchObject({ name: 'Dana Holt', type: 'person', role: 'Police chief' });
    const b = claimWith(claimsOf('Dana Holt told reporters: “The roads will reopen on Friday.”'), 'roads');
    expect(b.speaker?.name).toBe('Dana Holt');
    const c = claimWith(claimsOf('Dana Holt said in a tweet: “Stay home tonight.”'), 'Stay home');
    expect(c.speaker?.name).toBe('Dana Holt');
  });

  it('keeps a quotation of several sentences whole, and a following quote with the same speaker', () => {
    const cs = claimsOf('“The dam held. Nobody was hurt,” said Governor Tom Reed. “We were lucky this time.”');
    expect(claimWith(cs, 'The dam held').text).toBe('The dam held. Nobody was hurt');
    expect(claimWith(cs, 'lucky').speaker?.name).toBe('Tom Reed');
    expect(claimWith(cs, 'lucky').kind).toBe('quote');
  });

  it('a partial quote inside indirect speech makes a quote claim with the quoted words', () => {
    const c = claimWith(claimsOf('Kenya described the sanctions as "economic warfare against our farmers".'), 'sanctions');
    expect(c).toMatchObject({ kind: 'quote', quote: 'economic warfare against our farmers' });
    expect(c.speaker).toMatchObject({ name: 'Kenya', type: 'country' });
  });

  it('a chant is the crowd’s quote, and the rest of the sentence stays a claim', () => {
    const cs = claimsOf('Chanting “Free the prisoners” the crowd marched to the central square.');
    const chant = claimWith(cs, 'Free the prisoners');
    expect(chant).toMatchObject({ kind: 'quote', quote: 'Free the prisoners' });
    expect(chant.speaker).toMatchObject({ name: 'crowd', type: 'group' });
    expect(cs.some((c) => c.kind === 'assertion' && c.text.includes('marched to the central square'))).toBe(true);
  });

  it('an embedded tweet is the account’s words, without its signature', () => {
    const cs = claimsOf('Smoke is rising over the harbour after the blast. pic.twitter.com/abc123— Harbour News (@HarbourNews) March 3, 2020');
    const t = claimWith(cs, 'Smoke is rising');
    expect(t).toMatchObject({ kind: 'quote', cue: 'tweeted' });
    expect(t.speaker?.name).toBe('Harbour News');
    expect(t.text).not.toMatch(/pic\.twitter|@HarbourNews/u);
  });
});

describe('other ways of giving a speaker', () => {
  it('quotes written with doubled apostrophes, as in archive copy', () => {
    const c = claimWith(claimsOf("''There is a lot of new complexity,'' said Paul Burman, an economist."), 'complexity');
    expect(c).toMatchObject({ kind: 'quote', text: 'There is a lot of new complexity', speaker: { name: 'Paul Burman' } });
  });

  it('a quotation resumed after its frame is one quote', () => {
    const c = claimWith(claimsOf('“Hopefully,” the museum director said, “this exhibition will travel to other cities.”'), 'exhibition');
    expect(c.quote).toBe('Hopefully … this exhibition will travel to other cities');
    expect(c.speaker?.name).toBe('museum director');
  });

  it('a quotation signed after a dash', () => {
    const c = claimWith(claimsOf('Readers wrote to us about the floods.\n\n“The roads were never repaired after the floods.” ― Maria Ortega'), 'roads');
    expect(c).toMatchObject({ kind: 'quote', speaker: { name: 'Maria Ortega' } });
  });

  it('“Speaker: claim” headlines (a dateline is not a speaker)', () => {
    const h = claimWith(claimsOf('Lena Sorensen: The budget will be balanced by next year'), 'budget');
    expect(h).toMatchObject({ kind: 'attributed', speaker: { name: 'Lena Sorensen' } });
    expect(claimsOf('BAGHDAD: Protesters gathered outside the embassy on Tuesday.')[0]!.kind).toBe('assertion');
  });

  it('a happening before the colon is the headline’s topic, not its speaker', () => {
    expect(claimsOf('Cyclone Remal: Hundreds of thousands evacuated as storm hits Bangladesh')[0]).toMatchObject({ kind: 'assertion', speaker: null });
    expect(claimsOf('Park Fire: Two killed as blaze grows')[0]).toMatchObject({ kind: 'assertion', speaker: null });
  });

  it('a party and state tag after a name does not hide the speaker', () => {
    expect(claimWith(claimsOf('Sen. Ann Park (D-N.M.) said the bill would pass next week.'), 'bill').speaker?.name).toBe('Ann Park');
  });
});

describe('indirect speech', () => {
  it('X said (that) C: the claim is the clause, the speaker and cue are kept', () => {
    const c = claimWith(claimsOf('The health ministry said that 12 people were injured in the blast.'), 'injured');
    expect(c).toMatchObject({ kind: 'attributed', text: '12 people were injured in the blast', cue: 'said' });
    expect(c.speaker).toMatchObject({ name: 'health ministry', type: 'government' });
    expect(c.sentence).toBe('The health ministry said that 12 people were injured in the blast.');
  });

  it('C, X said [on Monday | in a statement]', () => {
    const c = claimWith(claimsOf('Twelve people were injured in the blast, the Red Cross said on Monday in a statement.'), 'injured');
    expect(c).toMatchObject({ kind: 'attributed', text: 'Twelve people were injured in the blast' });
    expect(c.speaker).toMatchObject({ name: 'Red Cross', type: 'organization' });
  });

  it('warned that / confirmed / reported that', () => {
    expect(claimWith(claimsOf('The governor warned that the river would rise overnight.'), 'river').speaker?.name).toBe('governor');
    expect(claimWith(claimsOf('The Pentagon confirmed two drones were shot down.'), 'drones').speaker?.name).toBe('US Department of Defense');
    const r = claimWith(claimsOf('The Associated Press reported that the airport was closed.'), 'airport');
    expect(r.speaker).toMatchObject({ name: 'Associated Press', type: 'news_agency' });
  });

  it('according to X, before or after', () => {
    expect(claimWith(claimsOf('According to the Red Cross, 40 families were displaced.'), 'families').speaker?.name).toBe('Red Cross');
    const c = claimWith(claimsOf('Forty families were displaced, according to the Red Cross.'), 'families');
    expect(c).toMatchObject({ kind: 'attributed', cue: 'according to', text: 'Forty families were displaced' });
  });

  it('blamed X for / accused X of: the sentence is the claim, credited to the subject', () => {
    const c = claimWith(claimsOf('Kenya blamed the rebels for the blast that killed three soldiers.'), 'blamed');
    expect(c).toMatchObject({ kind: 'attributed', cue: 'blamed' });
    expect(c.speaker).toMatchObject({ name: 'Kenya', type: 'country' });
    expect(c.quantities[0]).toMatchObject({ value: 3, predicate: 'killed' });
  });

  it('a capital as a government, and a body’s mouthpiece', () => {
    expect(claimWith(claimsOf('Washington said the embassy would stay open.'), 'embassy').speaker).toMatchObject({ name: 'United States', type: 'country' });
    const c = claimWith(claimsOf('A spokesman for the Islamic Revolutionary Guard Corps said the drills would continue.'), 'drills');
    expect(c.speaker).toMatchObject({ name: 'Islamic Revolutionary Guard Corps', role: 'spokesman' });
  });

  it('X’s office said in a statement', () => {
    const cs = claimsOf('Prime Minister Lena Sorensen spoke on Monday.\n\nSorensen’s office said in a statement that the talks had failed.');
    expect(claimWith(cs, 'talks had failed').speaker?.name).toBe('Lena Sorensen');
  });

  it('X quoted Y as saying: Y speaks, through X', () => {
    const a = claimWith(claimsOf('IRNA quoted foreign ministry spokesman Abbas Mousavi as saying the talks had failed.'), 'talks');
    expect(a.speaker?.name).toBe('Abbas Mousavi');
    expect(a.via?.name).toBe('IRNA');
    expect(a.credit).toBe('IRNA');
    const b = claimWith(claimsOf('Omar Haddad was quoted by Reuters as saying the port would reopen.'), 'port');
    expect(b.speaker?.name).toBe('Omar Haddad');
    expect(b.via?.name).toBe('Reuters');
  });

  it('nested frames: the inner speaker speaks, the outer one is the channel', () => {
    const c = claimWith(claimsOf('A police spokesman said the gunman had been arrested, the state news agency IRNA reported.'), 'gunman');
    expect(c.speaker?.name).toMatch(/spokesman/u);
    expect(c.via?.name).toBe('IRNA');
    const d = claimWith(claimsOf('The strikes killed 25 people, CNN reported, citing a statement from the Red Cross.'), 'killed');
    expect(d.speaker?.name).toBe('Red Cross');
    expect(d.via?.name).toBe('CNN');
  });

  it('X told Reuters: the agency is the channel', () => {
    const c = claimWith(claimsOf('Two officials told Reuters that the convoy had been hit.'), 'convoy');
    expect(c.speaker?.name).toBe('officials');
    expect(c.via?.name).toBe('Reuters');
  });

  it('pronouns go to the last person named', () => {
    const cs = claimsOf('Governor Tom Reed visited the dam on Sunday. He said the dam would hold.');
    expect(claimWith(cs, 'would hold').speaker).toMatchObject({ name: 'Tom Reed', type: 'person' });
  });

  it('“X condemned … and said …”: the subject speaks; the first clause is the outlet’s', () => {
    const cs = claimsOf('Mayor Ines Vidal on Monday condemned the attack on the station and said the city would rebuild it.');
    expect(claimWith(cs, 'city would rebuild').speaker?.name).toBe('Ines Vidal');
    expect(claimWith(cs, 'condemned').kind).toBe('assertion');
  });

  it('an attribution inside a relative clause is not the sentence’s speaker', () => {
    const cs = claimsOf('The army carried out what the ministry described as "precision strikes" on the camp.');
    expect(claimWith(cs, 'army carried out').kind).toBe('assertion');
  });
});

describe('observations and captions', () => {
  it('a reporter of an agency at the scene: observation credited to the agency, one claim per thing seen', () => {
    const cs = claimsOf('A Reuters reporter at the scene saw smoke rising from the port and two ambulances near the main gate.');
    const smoke = claimWith(cs, 'smoke rising');
    const amb = claimWith(cs, 'ambulances');
    for (const c of [smoke, amb]) {
      expect(c).toMatchObject({ kind: 'observation', cue: 'saw', credit: 'Reuters' });
      expect(c.speaker).toMatchObject({ name: 'Reuters', type: 'news_agency' });
    }
    expect(amb.quantities[0]).toMatchObject({ value: 2, subject: 'ambulances' });
  });

  it('witnesses said: an observation by witnesses', () => {
    const c = claimWith(claimsOf('Witnesses said the gunmen fired at the crowd.'), 'gunmen');
    expect(c.kind).toBe('observation');
    expect(c.speaker?.type).toBe('witness');
  });

  it('a photo caption is an observation credited to the agency, the photographer kept as an entity', () => {
    const cs = claimsOf('The dam burst on Sunday.\n\nRescuers carry a child through the flood water (Maria Vega/AP)');
    const c = claimWith(cs, 'Rescuers carry');
    expect(c).toMatchObject({ kind: 'observation', credit: 'Associated Press' });
    expect(c.speaker).toMatchObject({ name: 'Associated Press', type: 'news_agency' });
    expect(c.entities.map((e) => e.name)).toContain('Maria Vega');
    expect(c.text).not.toContain('Maria Vega/AP');
  });
});

describe('participles after a frame', () => {
  it('“…, calling it …”: the participle is the subject’s claim, the main clause the outlet’s', () => {
    const cs = claimsOf('Mayor Ines Vidal condemned the attack, calling it "a cowardly act against our city".');
    expect(claimWith(cs, 'condemned the attack').kind).toBe('assertion');
    expect(claimWith(cs, 'cowardly act')).toMatchObject({ kind: 'quote', speaker: { name: 'Ines Vidal' } });
  });

  it('“… “as soon as possible,” saying …”: a comma inside the closing quotation mark still opens the participle', () => {
    const cs = claimsOf('Prime Minister Adel Abdul-Mahdi had urged lawmakers to end the foreign troop presence "as soon as possible," saying the US attack was a "political assassination."');
    expect(claimWith(cs, 'political assassination')).toMatchObject({ kind: 'quote', speaker: { name: 'Adel Abdul Mahdi' }, cue: 'saying' });
    expect(claimWith(cs, 'urged lawmakers').text).toMatch(/"as soon as possible,"$/u);
  });

  it('a participial tail after a post-posed frame does not hide the frame', () => {
    const c = claimWith(claimsOf('“The tax would hurt small farms,” Senator Paul Reyes said, referring to the new levy.'), 'small farms');
    expect(c).toMatchObject({ kind: 'quote', speaker: { name: 'Paul Reyes' } });
  });

  it('“in a statement carried by state television” is not a claim', () => {
    const cs = claimsOf('"The path does not end here," the cleric said in a statement carried by state television.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker?.name).toBe('cleric');
  });
});

describe('frames around the content', () => {
  it('a recipient ends where the content’s own subject starts', () => {
    const c = claimWith(claimsOf('The spokesman told reporters the talks were over.'), 'talks');
    expect(c.text).toBe('the talks were over');
  });

  it('“speaking on condition of anonymity” belongs to the frame, not to the claim', () => {
    const c = claimWith(claimsOf('Two officials said the convoy was hit near the border, speaking on condition of anonymity because they were not authorized to talk to the media.'), 'convoy');
    expect(c.text).toBe('the convoy was hit near the border');
  });
});

// Patterns met first in PolNeAR (US political news): generic shapes of attribution, tested
// here on sentences of our own.
describe('speakers named around a frame', () => {
  it('a day or time after the cue is no speaker: the subject before it speaks', () => {
    const a = claimWith(claimsOf('“The levee will hold,” county engineer Rosa Ibarra, D-Tulsa, said Tuesday.'), 'levee');
    expect(a.speaker).toMatchObject({ name: 'Rosa Ibarra', type: 'person' });
    const b = claimWith(claimsOf('“We are ready for the storm,” Halvorsen, a top aide to the governor, said Thursday morning.'), 'storm');
    expect(b.speaker?.name).toBe('Halvorsen');
  });

  it('a description before a name that closes the phrase becomes the role', () => {
    const a = claimWith(claimsOf('“The rules have to change,” said flood survivor Anneke Vos.'), 'rules');
    expect(a.speaker).toMatchObject({ name: 'Anneke Vos', type: 'person', role: 'flood survivor' });
    const b = claimWith(claimsOf('Rents rose by a third last year, according to the independent Regional Housing Board, and evictions doubled.'), 'Rents');
    expect(b.speaker?.name).toBe('Regional Housing Board');
  });

  it('a name standing in apposition between commas is the subject', () => {
    const c = claimWith(claimsOf('The harbour’s chief engineer, Tomas Verdi, said the crane had been inspected in May.'), 'crane');
    expect(c.speaker).toMatchObject({ name: 'Tomas Verdi', type: 'person' });
  });

  it('a work by an author: the author speaks', () => {
    const c = claimWith(claimsOf('According to a new report by the Lakeside Institute, water use fell by 12 percent.'), 'water use');
    expect(c.speaker?.name).toBe('Lakeside Institute');
  });

  it('a phrase that cannot speak gives no speaker; the sentence stays the outlet’s', () => {
    const cs = claimsOf('The economic lifeline to the outside world, officials warn, is the port.');
    expect(cs.every((c) => c.speaker?.name !== 'economic lifeline to the outside world')).toBe(true);
    const d = claimWith(claimsOf('“Nothing has changed,” a source familiar with the talks said.'), 'changed');
    expect(d.speaker?.name).toBe('source familiar with the talks');
  });

  it('a body’s name ends at its head before “in”', () => {
    const cs = claimsOf('“Turnout will be low,” said Mara Lind, a historian at Westbrook University in Dalton’s district. “It always is,” she said.');
    expect(claimWith(cs, 'always').speaker?.name).toBe('Mara Lind');
  });
});

describe('a quotation, its frame and what follows', () => {
  it('after a closed quotation, a clause after the frame is the outlet’s', () => {
    const cs = claimsOf('“He really does care about us,” Martha said, and soon the lights were dimmed and the band began to play.');
    expect(claimWith(cs, 'care about us')).toMatchObject({ kind: 'quote', text: 'He really does care about us', speaker: { name: 'Martha' } });
    const rest = claimWith(cs, 'band began');
    expect(rest.kind).toBe('assertion');
    expect(rest.speaker).toBeNull();
  });

  it('a scene-setting phrase after the frame is neither the quote nor a claim', () => {
    const cs = claimsOf('“Our schools are on the ballot,” Mr. Okafor said on Saturday night at the union’s annual dinner in Leeds, where the mayor also spoke.');
    const q = claimWith(cs, 'schools');
    expect(q).toMatchObject({ kind: 'quote', text: 'Our schools are on the ballot', speaker: { name: 'Okafor' } });
    expect(cs.some((c) => c.speaker !== null && /annual dinner/u.test(c.text))).toBe(false);
  });

  it('a quotation after a frame that follows other words is the content', () => {
    const cs = claimsOf("Station director Ed Marlow spoke. As for the station's politics, he said, ''What broadcaster isn't taking sides?''");
    expect(claimWith(cs, 'broadcaster')).toMatchObject({ kind: 'quote', text: "What broadcaster isn't taking sides?", speaker: { name: 'Ed Marlow' } });
  });

  it('a closing pair of apostrophes is not cut in two by the sentence split', () => {
    const cs = claimsOf("''Hopefully,'' the curator said, ''this exhibition will travel.'' The crowd cheered loudly at the end.");
    expect(claimWith(cs, 'exhibition')).toMatchObject({ kind: 'quote', speaker: { name: 'curator' } });
    expect(claimWith(cs, 'crowd cheered').text).toBe('The crowd cheered loudly at the end.');
  });
});

describe('what follows a frame in the middle of a sentence', () => {
  it('a time offset after “X said,” opens the outlet’s own clause, whose toll is kept', () => {
    const cs = claimsOf('Navy jets struck three depots overnight, the ministry said, two days after a drone attack on the port of Vell killed four sailors.', '2021-05-14');
    expect(claimWith(cs, 'struck three depots')).toMatchObject({ kind: 'attributed', text: 'Navy jets struck three depots overnight', speaker: { name: 'ministry' } });
    const toll = claimWith(cs, 'killed four sailors');
    expect(toll).toMatchObject({ kind: 'assertion', speaker: null, text: 'a drone attack on the port of Vell killed four sailors.' });
    expect(toll.quantities[0]).toMatchObject({ value: 4, subject: 'sailors', predicate: 'killed' });
  });

  it('the same after an inverted frame; an appositive there is still the speaker’s', () => {
    const cs = claimsOf('The raids were lawful, said Tomas Reyes, a day after the blast killed six guards.');
    expect(claimWith(cs, 'raids were lawful').speaker?.name).toBe('Tomas Reyes');
    expect(claimWith(cs, 'killed six guards')).toMatchObject({ kind: 'assertion', speaker: null });
    const appositive = claimsOf('The raids were lawful, said Tomas Reyes, a spokesman for the interior ministry.');
    expect(appositive.map((c) => c.text)).toEqual(['The raids were lawful']);
  });

  it('a clause coordinated after “X said” is the same speaker’s second claim', () => {
    const cs = claimsOf('Rebels shelled two villages, the governor said on Friday, and 40 people were wounded.');
    expect(claimWith(cs, 'shelled two villages')).toMatchObject({ kind: 'attributed', text: 'Rebels shelled two villages', speaker: { name: 'governor' } });
    const second = claimWith(cs, '40 people');
    expect(second).toMatchObject({ kind: 'attributed', text: '40 people were wounded', speaker: { name: 'governor' } });
    expect(second.quantities[0]).toMatchObject({ value: 40, predicate: 'wounded' });
  });

  it('a sentence with an earlier report of its own is read cue by cue', () => {
    const cs = claimsOf('Mara Lind said the vote would be close, and she noted that turnout was low, she said, and the count could take days.');
    expect(claimWith(cs, 'vote would be close').speaker?.name).toBe('Mara Lind');
    expect(cs.some((c) => c.text.startsWith('Mara Lind said'))).toBe(false);
  });
});

describe('an adverbial between the cue and “that”', () => {
  it.each([
    ['The rebels claimed without evidence that 40 soldiers had been captured.', '40 soldiers had been captured'],
    ['Mara Lind says in Dalton that she will stand again.', 'she will stand again'],
    ['Farmers complain bitterly that fuel prices are too high.', 'fuel prices are too high'],
    ['The Courier reported at the time that the mayor had resigned.', 'the mayor had resigned'],
    ['Tomas Reyes told the panel the same day that the order had been signed.', 'the order had been signed'],
    ['State radio claimed that night that 30 soldiers had surrendered.', '30 soldiers had surrendered'],
    ['Mara Lind had said two days earlier that the vote was rigged.', 'the vote was rigged'],
    // Two prepositional phrases, the second ending in a name the adverbial list stops inside.
    ['Mara Lind said in a televised address from the Town Hall that the budget was balanced.', 'the budget was balanced'],
    ['Tomas Reyes told reporters late last month that he had ordered a review.', 'he had ordered a review'],
  ])('%s', (sentence, words) => {
    const cs = claimsOf(sentence);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: 'attributed', text: words });
  });

  it('a noun that takes the clause itself, or a “that” before a verb, is left alone', () => {
    expect(claimWith(claimsOf('Mara Lind spoke on the condition that her plan stay secret.'), 'condition').kind).not.toBe('attributed');
    expect(claimsOf('Mara Lind wrote with a colleague that was her student that the plan failed.').some((c) => c.text.startsWith('was her student'))).toBe(false);
  });

  it('“denied that, saying …”: the pronoun is the object, the participle carries the words', () => {
    const cs = claimsOf('The ministry has denied that, saying the shortages reflected a strike at the port.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: 'attributed', cue: 'saying', text: 'the shortages reflected a strike at the port', speaker: { name: 'ministry' } });
    expect(claimWith(claimsOf('The rebels said the bridge was down. The ministry denied that.'), 'denied that').certainty).toBe('denied');
  });

  it('“responded with air strikes” is a deed, not words; “responded that …” still reports', () => {
    const deed = claimWith(claimsOf('The navy responded two days later with strikes on three depots, killing 12 fighters.'), 'depots');
    expect(deed).toMatchObject({ kind: 'assertion', speaker: null });
    expect(deed.text.startsWith('The navy responded')).toBe(true);
    expect(claimWith(claimsOf('Mara Lind responded that the count was wrong.'), 'count')).toMatchObject({ kind: 'attributed', speaker: { name: 'Mara Lind' } });
  });

  it('a weak cue after a phrase of its own is not a report', () => {
    const c = claimWith(claimsOf('Voters learned again during the debate that the senator will not change.'), 'senator');
    expect(c.speaker).toBeNull();
  });
});

describe('labels before a colon', () => {
  it('a section label (“The Latest:”, “Poll:”) is no speaker', () => {
    const cs = claimsOf('The Latest: Harbour workers vote to strike over pay.\n\nPoll: Most voters now support the new stadium plan.');
    expect(claimWith(cs, 'Harbour workers').speaker).toBeNull();
    expect(claimWith(cs, 'stadium').speaker).toBeNull();
  });
});

describe('more shapes of a frame', () => {
  it('a present-tense cue wink reads as a noun, before “that”', () => {
    const a = claimWith(claimsOf('The Harbour Gazette reports that the ferry company cancelled all winter sailings.'), 'ferry company');
    expect(a).toMatchObject({ kind: 'attributed', speaker: { name: 'Harbour Gazette' } });
    // "the reports that …" stays a noun.
    const cs = claimsOf('The reports that the ferry company cancelled its sailings were denied on Monday.');
    expect(cs.every((c) => c.speaker === null || c.speaker.name !== 'reports')).toBe(true);
  });

  it('a party and state in brackets, an appositive, a dashed aside or a time before the cue', () => {
    const a = claimWith(claimsOf('“The dam must be repaired,” Rep. Lena Brody (D-Ore.), a member of the water panel, said in a phone interview.'), 'dam');
    expect(a.speaker?.name).toBe('Lena Brody');
    const b = claimWith(claimsOf('Senator Hal Ortiz, Democrat of Nevada, said the program had sent the wrong message.'), 'program');
    expect(b.speaker?.name).toBe('Hal Ortiz');
    const c = claimWith(claimsOf('Pruett -- co-author of a book on the river, a bestseller -- said the floods were getting worse.'), 'floods');
    expect(c.speaker?.name).toBe('Pruett');
    const d = claimWith(claimsOf('Harbour Freight just this month announced it would close two depots.'), 'depots');
    expect(d.speaker?.name).toBe('Harbour Freight');
  });

  it('a frame between a subject and its verb: the sentence around it is the claim', () => {
    const c = claimWith(claimsOf('The new bridge, the mayor said, will open in March.'), 'bridge');
    expect(c).toMatchObject({ kind: 'attributed', text: 'The new bridge, the mayor said, will open in March', speaker: { name: 'mayor' } });
  });

  it('inverted frames with more verbs, long appositives and negated participles', () => {
    const a = claimWith(claimsOf('This is “the lowest turnout in decades,” reported Reuters.'), 'turnout');
    expect(a.speaker?.name).toBe('Reuters');
    const b = claimWith(claimsOf('"The plan leaves out most part-time workers," said Dana Ruiz, director of research for the Center for Labor Studies, a union-funded think tank.'), 'part-time');
    expect(b.speaker?.name).toBe('Dana Ruiz');
    const c = claimWith(claimsOf("''We have built something that will last,'' Ms. Ruiz said, not even pausing for the applause."), 'built');
    expect(c).toMatchObject({ kind: 'quote', speaker: { name: 'Ruiz' } });
  });

  it('a question asked with its words quoted, and a date before the tail', () => {
    const a = claimWith(claimsOf('Maria Lopez asked, “Why was the school closed without warning?”'), 'school');
    expect(a).toMatchObject({ kind: 'quote', speaker: { name: 'Maria Lopez' } });
    const b = claimWith(claimsOf('The port "has changed for the better," Hal Ortiz said in June 2012, citing new cranes.'), 'port');
    expect(b.speaker?.name).toBe('Hal Ortiz');
  });

  it('a country’s name after a first name is a surname', () => {
    const c = claimWith(claimsOf('“We will hold hearings,” said Rep. Jim Jordan.'), 'hearings');
    expect(c.speaker).toMatchObject({ name: 'Jim Jordan', type: 'person' });
    expect(claimsOf('Fighting continued in Northern Iraq on Monday, officials said.').some((c) => c.entities.some((e) => e.name === 'Iraq'))).toBe(true);
  });
});

describe('wire-copy shapes on a new story', () => {
  it('a body named in apposition after a description speaks, and the description is no claim', () => {
    const cs = claimsOf('A Yemeni rights monitor, the Sanaa Centre for Civil Liberties, said at least 14 civilians were killed.');
    const c = claimWith(cs, 'civilians');
    expect(c.speaker).toMatchObject({ name: 'Sanaa Centre for Civil Liberties', type: 'organization' });
    expect(cs).toHaveLength(1);
  });

  it('a recipient with a participle phrase before “that”', () => {
    const c = claimWith(claimsOf('Defence Minister Ana Silva told reporters travelling with her that the base would stay open.'), 'base');
    expect(c).toMatchObject({ kind: 'attributed', text: 'the base would stay open', speaker: { name: 'Ana Silva' } });
  });

  it('“according to X” closing a participle’s words makes X the channel', () => {
    const c = claimWith(claimsOf('Foreign Ministry spokesman Omar Haddad condemned the raid on Sunday, calling it “a crime”, according to the state-run Petra news agency.'), 'crime');
    expect(c.via?.name).toMatch(/Petra/u);
    expect(c.text).not.toMatch(/according to/u);
  });

  it('naming participles are not attributions', () => {
    const a = claimsOf('A little-known group calling itself the Guardians of Dawn claimed the attack, but officials said it was a front for the militia.');
    expect(a.some((c) => c.speaker?.name === 'little-known group')).toBe(false);
    expect(claimWith(a, 'front').speaker?.name).toBe('officials');
    const b = claimsOf('The program, called Safe Harbor, gives small ports money for new cranes.');
    expect(b.every((c) => c.speaker === null)).toBe(true);
  });
});

describe('a reported clause, its frame and the outlet’s tail', () => {
  it('a phrase after the frame is not the content', () => {
    const cs = claimsOf('Four shells hit the port on Sunday evening, wounding at least two workers, harbour officials said, in the heaviest shelling since the truce began in May.');
    const c = claimWith(cs, 'shells');
    expect(c).toMatchObject({ kind: 'attributed', speaker: { name: 'harbour officials' } });
    expect(c.text).toBe('Four shells hit the port on Sunday evening, wounding at least two workers');
    expect(cs.some((x) => x.speaker !== null && /heaviest shelling/u.test(x.text))).toBe(false);
  });
});

describe('a figure given by a subject', () => {
  it('“put the toll at” credits the sentence to its subject, past an anonymity clause', () => {
    const c = claimWith(claimsOf('A hospital official, who spoke on condition of anonymity because he was not authorized to brief reporters, put the toll at nine.'), 'toll');
    expect(c).toMatchObject({ kind: 'attributed', speaker: { name: 'hospital official' } });
    expect(c.quantities[0]).toMatchObject({ value: 9 });
  });
});

describe('participles and clauses without “that”', () => {
  it('“…, telling reporters in X that …”: the subject speaks, the main clause stays the outlet’s', () => {
    const cs = claimsOf('Defence Minister Ana Silva defended the raids, telling reporters in Lisbon that the navy "will not stand by while ships are attacked".');
    const c = claimWith(cs, 'navy');
    expect(c).toMatchObject({ kind: 'quote', speaker: { name: 'Ana Silva' } });
    expect(c.text.startsWith('the navy')).toBe(true);
    expect(claimWith(cs, 'defended').speaker).toBeNull();
  });

  it('a participle without a comma before it is no frame', () => {
    const cs = claimsOf('In a statement announcing the merger, the union called the deal a “victory” for its members.');
    expect(cs.some((c) => c.speaker?.name === 'statement')).toBe(false);
  });

  it('a weak cue followed by a clause of its own (“warned the strikes could …”)', () => {
    const c = claimWith(claimsOf('Analysts warned the blockade could push food prices higher.'), 'blockade');
    expect(c).toMatchObject({ kind: 'attributed', text: 'the blockade could push food prices higher', speaker: { name: 'Analysts' } });
    // An object and an infinitive are no clause.
    expect(claimsOf('The minister warned the rebels to leave the city.').every((x) => x.kind === 'assertion')).toBe(true);
  });
});

describe('bodies named after adjectives', () => {
  it('“the nonpartisan Commission on Harbour Safety said”: the body, not the adjective', () => {
    const c = claimWith(claimsOf('The nonpartisan Commission on Harbour Safety said there was indeed a problem with the cranes.'), 'cranes');
    expect(c.speaker).toMatchObject({ name: 'Commission on Harbour Safety', type: 'organization' });
  });
});

describe('“…,” X was quoted as saying.', () => {
  it('the quotation before a passive “quoted as saying” frame is the speaker’s, with nothing left over', () => {
    const cs = claimsOf('Foreign Ministry spokesman Omar Haddad spoke on Monday, Petra reported. "The raid on the harbour is a clear act of aggression," Haddad was quoted as saying.');
    const q = claimWith(cs, 'raid on the harbour');
    expect(q).toMatchObject({ kind: 'quote', text: 'The raid on the harbour is a clear act of aggression', speaker: { name: 'Omar Haddad' } });
    expect(cs.some((c) => /quoted as saying/u.test(c.text))).toBe(false);
  });
});

describe('a medium with its owner', () => {
  it('“said in a statement on its Telegram channel that …” is all frame', () => {
    const c = claimWith(claimsOf('The Harbour Workers Union said in a statement on its Telegram channel that the strike would go on.'), 'strike');
    expect(c).toMatchObject({ kind: 'attributed', text: 'the strike would go on' });
  });
});

describe('more wire shapes', () => {
  it('“a statement from the X ministry”: the described ministry speaks, not a body named earlier', () => {
    const cs = claimsOf('Crowds gathered outside the US embassy in Baghdad. According to a statement from the Iraqi health ministry, at least 12 people were injured.');
    expect(claimWith(cs, 'injured').speaker).toMatchObject({ name: 'Iraqi health ministry', type: 'government' });
  });

  it('after “…,” X told Y, the recipient is not the speaker', () => {
    const c = claimWith(claimsOf('"We will stay until they leave," one protester, who gave his name as Abu Ali, told the BBC.'), 'stay');
    expect(c.speaker?.name).not.toMatch(/BBC/u);
  });

  it('“put the number of wounded at”', () => {
    const c = claimWith(claimsOf('Local officials put the number of wounded at 62.'), '62');
    expect(c).toMatchObject({ kind: 'attributed', speaker: { name: 'Local officials' } });
  });
});

describe('speakers around possessives, appositives and relative clauses', () => {
  it('“X’s spokeswoman, Name, said …”: the name speaks with the description as role, never the reported words', () => {
    const c = claimWith(claimsOf('Nadia Karim chairs the port authority. Karim’s spokeswoman, Lena Osei, said the secretary had spoken with the mayor.'), 'secretary');
    expect(c.speaker).toMatchObject({ name: 'Lena Osei', type: 'person' });
    expect(c.speaker?.role).not.toMatch(/said/u);
    expect(c.speaker?.role).toMatch(/spokeswoman/u);
  });

  it('a person’s lawyer or aides speak for themselves, tied to the person by name', () => {
    const cs = claimsOf('Senator Paul Dree appeared before the panel on Tuesday. His lawyer said he would not answer questions. Dree’s aides said the trip was postponed.');
    expect(claimWith(cs, 'answer questions').speaker).toMatchObject({ name: "Paul Dree's lawyer", role: 'lawyer' });
    expect(claimWith(cs, 'postponed').speaker).toMatchObject({ name: "Paul Dree's aides" });
  });

  it('a country’s mission or ambassador “to” another body is the country’s, and “the U.S. ambassador to X” is not X', () => {
    const cs = claimsOf('Kenya’s mission to the United Nations said in a letter that the raid was illegal. The U.S. ambassador to Kenya said the embassy was secure.');
    expect(claimWith(cs, 'raid was illegal').speaker).toMatchObject({ name: 'Kenya', type: 'country', role: 'mission' });
    expect(claimWith(cs, 'embassy was secure').speaker?.name).not.toBe('Kenya');
  });

  it('“Even China, Pyongyang’s only ally, said”: a sentence adverb is no first name and the appositive is stepped over', () => {
    const c = claimWith(claimsOf('Even China, Pyongyang’s only ally, said it was opposed to the test.'), 'opposed');
    expect(c.speaker).toMatchObject({ name: 'China', type: 'country' });
  });

  it('“sources close to him”, “people familiar with his thinking”, “those close to X”', () => {
    const cs = claimsOf('Police chief Omar Lutfi was arrested on Friday. Sources close to him said he had arrived from Amman. People familiar with his thinking said he was calm. Those close to Lutfi say he expected the arrest.');
    expect(claimWith(cs, 'arrived from Amman').speaker?.name).toBe('Sources close to Omar Lutfi');
    expect(claimWith(cs, 'he was calm').speaker?.name).toBe('People familiar with his thinking');
    expect(claimWith(cs, 'expected the arrest').speaker?.name).toBe('Those close to Lutfi');
  });

  it('a relative clause without “that” between subject and cue: “the officials we spoke to said”', () => {
    const cs = claimsOf('The officials we spoke to said the dam was safe. But the residents we reached said the water was rising.');
    expect(claimWith(cs, 'dam was safe')).toMatchObject({ kind: 'attributed', speaker: { name: 'officials' } });
    expect(claimWith(cs, 'water was rising').speaker?.name).toBe('residents');
  });

  it('coordinated places in a described subject, and a kept quantifier', () => {
    const cs = claimsOf('Farm leaders in Kisumu and around the country say the tariff will hurt growers. Many of his supporters believe the tariff is fair.');
    expect(claimWith(cs, 'hurt growers').speaker?.name).toBe('Farm leaders in Kisumu and around the country');
    expect(claimWith(cs, 'tariff is fair').speaker?.name).toBe('Many of his supporters');
  });

  it('“the network said” refers back to an outlet, not to any organisation', () => {
    const cs = claimsOf('NTV is owned by the Nation group. The Farmers Union said it was concerned. The network said it would send a reporter to Kisumu.');
    expect(claimWith(cs, 'send a reporter').speaker?.name).not.toBe('Farmers Union');
  });

  it('quoted words right after the cue are its object, not a tail: “In a speech, X vowed “revenge.””', () => {
    const c = claimWith(claimsOf('In a televised address, Governor Amos Lema vowed "severe revenge."'), 'revenge');
    expect(c).toMatchObject({ kind: 'quote', text: 'severe revenge', speaker: { name: 'Amos Lema' } });
  });

  it('“told CNN’s “State of the Union” that …”: the programme belongs to the recipient; “that,” is frame', () => {
    const a = claimWith(claimsOf('Senator Ruth Omondi told NTV\'s "Morning Show" that nobody doubts the minister\'s knowledge.'), 'nobody');
    expect(a).toMatchObject({ kind: 'attributed', text: "nobody doubts the minister's knowledge", speaker: { name: 'Ruth Omondi' } });
    const b = claimWith(claimsOf('Officials said that, after the storm, the road would close.'), 'road');
    expect(b.text).toBe('after the storm, the road would close');
  });

  it('“Having said that, …” and “That said, …” credit nobody', () => {
    const cs = claimsOf('Having said that, there are economists who want lower taxes. That said, the plan is popular.');
    expect(cs.map((c) => c.speaker)).toEqual([null, null]);
  });
});

describe('pronouns and gender', () => {
  it('“she said” skips a man who spoke just before; “he said” skips a woman', () => {
    const cs = claimsOf('Governor James Okoth said the bridge would reopen. Senator Mary Wanjiku criticised the delay. She said the money had gone missing. Mary Wanjiku spoke after James Okoth. He said the audit was under way.');
    expect(claimWith(cs, 'money had gone missing').speaker?.name).toBe('Mary Wanjiku');
    expect(claimWith(cs, 'audit was under way').speaker?.name).toBe('James Okoth');
  });

  it('“he said” after a sentence about a man is his, not a man named as an owner in its apposition', () => {
    const cs = claimsOf("Rep. Tomas Reyes, one of Governor Okoth's closest allies, voted for the measure. He said the strike was justified.");
    expect(claimWith(cs, 'strike was justified').speaker?.name).toBe('Tomas Reyes');
    // An owner of the pronoun's gender where the subject is not: the owner.
    expect(claimWith(claimsOf("Senator Mary Wanjiku criticised Governor James Okoth's plan. He said the plan was sound."), 'plan was sound').speaker?.name).toBe('James Okoth');
  });

  it('a speaker goes on speaking: “his office said” after he spoke is his, not a man named in his words', () => {
    const cs = claimsOf('Prime Minister Adel Abdul Mahdi said he had been told the killing of Qassem Soleimani was imminent. His office said Iraq rejected any violation of its sovereignty.');
    expect(claimWith(cs, 'rejected any violation').speaker?.name).toBe('Adel Abdul Mahdi');
  });

  it('“his office said” after a sentence about him is his, not the last sentence’s speaker; the speaker is not his own channel', () => {
    const cs = claimsOf('“These are defensive strikes,” Pentagon spokesman Jonathan Hoffman said. Prime Minister Adel Abdul Mahdi called the strikes an “unacceptable vicious attack”, his office said.');
    const c = claimWith(cs, 'unacceptable');
    expect(c.speaker?.name).toBe('Adel Abdul Mahdi');
    expect(c.via ?? null).toBeNull();
  });

  it('“according to a statement from his office” and “a statement from his office said” are his', () => {
    const cs = claimsOf('Prime Minister Adel Abdul Mahdi was told of the strikes in advance, the Iraqi military said. He asked Washington to call them off, according to a statement from his office. The strikes were a violation of sovereignty, a statement from his office said.');
    expect(claimWith(cs, 'call them off').speaker?.name).toBe('Adel Abdul Mahdi');
    expect(claimWith(cs, 'violation of sovereignty').speaker?.name).toBe('Adel Abdul Mahdi');
  });

  it('“Ivanka Trump” is not Donald Trump: a known first name before a one-word alias is another bearer of the surname', () => {
    const cs = claimsOf('Ivanka Trump, the nominee’s eldest daughter, said the plan would help mothers.');
    expect(claimWith(cs, 'help mothers').speaker).toMatchObject({ name: 'Ivanka Trump', type: 'person' });
  });
});

describe('a title instead of the name', () => {
  it('“the defense secretary said” is the defence secretary named before; “the state said” is nobody’s title', () => {
    const cs = claimsOf('Defense Secretary Kofi Mensah spoke on Sunday. There is no evidence, and the defense secretary said he had seen none. Ohio Secretary of State Jon Husted met the board. The state said it had purged 12,000 voters.');
    expect(claimWith(cs, 'seen none').speaker).toMatchObject({ name: 'Kofi Mensah', type: 'person' });
    expect(claimWith(cs, 'purged').speaker?.name).not.toBe('Jon Husted');
  });

  it('a title of two words (“the prime minister said”) is the person named before with it', () => {
    const cs = claimsOf('Iraqi Prime Minister Adel Abdul Mahdi said the strikes were illegal. The prime minister said they violated the country’s sovereignty.');
    expect(claimWith(cs, 'violated').speaker).toMatchObject({ name: 'Adel Abdul Mahdi', type: 'person' });
  });

  it('“the Leader said” is the person whose role is a leader of something, read by its head', () => {
    const cs = claimsOf('Speaking in Tehran on Wednesday, Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei said the attack was a slap. “Military actions are not enough,” the Leader said. The party leader said the vote was close.');
    expect(claimWith(cs, 'not enough').speaker).toMatchObject({ name: 'Ali Khamenei', type: 'person' });
    expect(claimWith(cs, 'vote was close').speaker?.name).toBe('party leader');
  });

  it('“…,” X told CBS’s “Face the Nation.”: the programme is the recipient’s, the quotation the speaker’s', () => {
    const c = claimWith(claimsOf('"I did not see one," Defense Secretary Kofi Mensah told CBS\'s "Face the Nation."'), 'did not see');
    expect(c).toMatchObject({ kind: 'quote', text: 'I did not see one', speaker: { name: 'Kofi Mensah' } });
  });
});

describe('wire styles of other agencies', () => {
  it('“…, a Xinhua reporter witnessed.”: a perception verb closing the sentence makes an observation of what comes first', () => {
    const c = claimWith(claimsOf('Hundreds of protesters stormed the compound, setting fire to a gate, a Xinhua reporter witnessed.'), 'stormed');
    expect(c).toMatchObject({ kind: 'observation', text: 'Hundreds of protesters stormed the compound, setting fire to a gate', speaker: { name: 'Xinhua' } });
  });

  it('“said Abu Ali al-Askari, a senior commander of …”: an Arabic article inside the name, no full stop in the role', () => {
    const c = claimWith(claimsOf('"The enemy will pay a heavy price," said Abu Ali al-Askari, a senior commander of the group.'), 'heavy price');
    expect(c.speaker).toMatchObject({ name: 'Abu Ali al-Askari', type: 'person', role: 'senior commander of the group' });
  });

  it('“condemned the attacks as a “flagrant violation””: the characterisation is the subject’s; “condemned the attacks” alone is the reaction of who condemned', () => {
    const cs = claimsOf('The Kenyan foreign ministry condemned the raid as a "flagrant violation" of sovereignty. Uganda condemned the raid.');
    expect(claimWith(cs, 'flagrant').speaker?.name).toMatch(/ministry/iu);
    expect(claimWith(cs, 'Uganda condemned')).toMatchObject({ kind: 'attributed', cue: 'condemned', speaker: { name: 'Uganda' } });
  });
});

describe('media and bodies referred to again', () => {
  it('“in a statement carried by state media that …” is all frame', () => {
    const c = claimWith(claimsOf('The Kenyan security council said in a statement carried by state media that the raid was a "grave mistake".'), 'raid');
    expect(c.text).toBe('the raid was a "grave mistake"');
  });

  it('“the ministry said” is a ministry named before, not any government body', () => {
    const cs = claimsOf("Kenya's Supreme Security Council said in a statement that the raid was a mistake. The ministry said talks would resume.");
    expect(claimWith(cs, 'talks would resume').speaker?.name).not.toMatch(/Council/u);
  });
});

describe('labels before a colon', () => {
  it('a section heading is no speaker; a full name, a known name or a fact-checker is', () => {
    const cs = claimsOf('Success on Signature Issue: The mayor focused on flood defences.\n\nPolitiFact: The governor is right about the budget.\n\nAmos Lema: We will rebuild the bridge.');
    expect(claimWith(cs, 'flood defences').speaker).toBeNull();
    expect(claimWith(cs, 'budget').speaker).toMatchObject({ name: 'PolitiFact', type: 'outlet' });
    expect(claimWith(cs, 'rebuild').speaker?.name).toBe('Amos Lema');
  });
});

describe('quoted transcripts', () => {
  it('“"WALLACE: …” and “"PENCE: …”: a quotation mark before a transcript label does not hide the speaker', () => {
    const cs = claimsOf('"HOST: Let us start with the news on the bridge.\n\n"LEMA: Well, look, the bridge will reopen on Friday.');
    // A transcript's capitals are typography: the names come out in title case.
    expect(claimWith(cs, 'start with the news')).toMatchObject({ kind: 'quote', speaker: { name: 'Host' } });
    expect(claimWith(cs, 'reopen').speaker?.name).toBe('Lema');
  });
});

describe('participles before the head, and “where” clauses', () => {
  it('“In her favor, all the experts I interviewed said …”: a quantifier before the subject belongs to it', () => {
    const cs = claimsOf("In Mrs. Lema's favor, all the experts I interviewed said her proposals were more detailed.");
    expect(claimWith(cs, 'more detailed').speaker?.name).toBe('experts');
  });

  it('“elected officials from both parties say …” after a subordinate clause, and “…, where restructuring experts say …”', () => {
    const cs = claimsOf('Although Amos Lema lacks a signature achievement, elected officials from both parties say he is a hard worker. The company filed in Kisumu, where restructuring experts say judges are eager to move cases quickly.');
    expect(claimWith(cs, 'hard worker').speaker?.name).toBe('elected officials from both parties');
    expect(claimWith(cs, 'judges are eager').speaker?.name).toBe('restructuring experts');
  });
});

describe('unnamed people and quotations cut short', () => {
  it('“Others chanted “…” as smoke rose”: the crowd’s words, a group speaker, and the outlet’s clause after', () => {
    const cs = claimsOf('Others chanted "No, no, America" as thick black smoke rose over the compound. Some said the crowd would return.');
    expect(claimWith(cs, 'No, no')).toMatchObject({ kind: 'quote', text: 'No, no, America', speaker: { name: 'others', type: 'group' } });
    expect(claimWith(cs, 'smoke rose').text).toBe('thick black smoke rose over the compound.');
    expect(claimWith(cs, 'crowd would return').speaker).toMatchObject({ name: 'some', type: 'group' });
  });
});

describe('straight single quotation marks (British tabloid style)', () => {
  it("“Hoffman said: 'It is clear …'” is a quote; an apostrophe inside the words is not a mark", () => {
    const cs = claimsOf("Pentagon spokesman Kofi Mensah said: 'It is clear that these missiles were launched from the east.' The governor said the attack was 'a slap in the face' and it's 'not enough'.");
    expect(claimWith(cs, 'It is clear')).toMatchObject({ kind: 'quote', text: 'It is clear that these missiles were launched from the east' });
    expect(claimWith(cs, 'slap in the face').kind).toBe('quote');
  });

  it("a quotation across sentences with the speaker after it, and the next quoted sentence, are the speaker's", () => {
    const cs = claimsOf(
      "The Sadr Brigades vowed revenge.\n\n'Our fight with the occupiers has begun. We have no option now but to face them,' the group said in a statement on its channels. 'Our martyrs will be avenged.'\n\nThe soldiers' families said it's over.",
    );
    expect(claimWith(cs, 'Our fight')).toMatchObject({ kind: 'quote', text: 'Our fight with the occupiers has begun. We have no option now but to face them', speaker: { name: 'Sadr Brigades' } });
    expect(claimWith(cs, 'martyrs will be avenged')).toMatchObject({ kind: 'quote', speaker: { name: 'Sadr Brigades' } });
    // A plural possessive is no closing mark.
    expect(claimWith(cs, "it's over")).toMatchObject({ kind: 'attributed', speaker: { name: "soldiers' families" } });
  });
});

describe('“the agency”', () => {
  it('is a news agency or a government agency named before, never a newspaper', () => {
    const cs = claimsOf('The Congressional Budget Office released a report. The New York Times reported on it. The middle fifth paid 8.9 percent, the agency said in a June report.');
    expect(claimWith(cs, 'middle fifth').speaker?.name).toBe('Congressional Budget Office');
  });
});

describe('a recipient with a participle phrase after a quotation', () => {
  it('“…,” Lars Vik told reporters traveling with him: the quote is his, and the frame is no claim of its own', () => {
    const cs = claimsOf('"We are sure the depot held rockets for the militia," Defense Minister Lars Vik told reporters traveling with him.');
    expect(claimWith(cs, 'depot held rockets')).toMatchObject({ kind: 'quote', cue: 'told', speaker: { name: 'Lars Vik' } });
    expect(cs.some((c) => c.text.includes('told reporters'))).toBe(false);
  });
});

describe('a promise coordinated after another verb', () => {
  it('“declared Monday a day of mourning and vowed that …”: the vow is a claim of its own; “vowed to retaliate” is the whole sentence, credited', () => {
    const cs = claimsOf('President Amos Lema declared Monday a day of mourning and vowed that the attackers would be "found and punished." Lema condemned the bombing and vowed to retaliate.');
    expect(claimWith(cs, 'attackers would be')).toMatchObject({ cue: 'vowed', text: 'the attackers would be "found and punished."', speaker: { name: 'Amos Lema' } });
    expect(claimWith(cs, 'retaliate')).toMatchObject({ cue: 'vowed', text: 'Lema condemned the bombing and vowed to retaliate', speaker: { name: 'Amos Lema' } });
  });
});

describe('“…, which the militia said killed 25”: a relative clause on the speaker’s word', () => {
  it('credits the clause to its speaker and keeps the sentence as the outlet’s', () => {
    const cs = claimsOf("Protests followed Sunday's strikes on Kataib Hezbollah, which the militia said killed 25 of its fighters and wounded 55.");
    const said = cs.find((c) => c.cue === 'said')!;
    expect(said).toMatchObject({ kind: 'attributed', speaker: { name: 'Kataib Hezbollah' } });
    expect(said.text).toBe("Sunday's strikes on Kataib Hezbollah, which the militia said killed 25 of its fighters and wounded 55");
    expect(cs.some((c) => c.kind === 'assertion' && c.text.startsWith('Protests followed'))).toBe(true);
  });

  it('the comma inside “1,000” ends no clause: the figure stays whole', () => {
    const cs = claimsOf('The march, which organizers said drew more than 1,000 people, began peacefully.');
    const said = cs.find((c) => c.cue === 'said')!;
    expect(said.text).toBe('The march, which organizers said drew more than 1,000 people');
    expect(said.quantities.map((q) => [q.value, q.qualifier])).toEqual([[1000, 'more_than']]);
  });

  it('the main clause around a subject’s relative clause stands too; a restrictive clause (no comma) is left alone', () => {
    const cs = claimsOf('The rocket attack, which officials said was launched from a truck, killed a contractor. A contractor who officials said was a Kenyan citizen died in the blast.');
    expect(cs.find((c) => c.cue === 'said')!.text).toBe('The rocket attack, which officials said was launched from a truck');
    expect(claimWith(cs, 'killed a contractor').kind).toBe('assertion');
    expect(claimWith(cs, 'Kenyan citizen')).toMatchObject({ kind: 'assertion', speaker: null });
  });
});

describe('a statement named by its author', () => {
  it('“according to a Hashd statement”, “a Pentagon statement said”: the body speaks, not “Hashd statement”', () => {
    const cs = claimsOf('The commander arrived in al-Qaim on Sunday, according to a Hashd statement. A Pentagon statement said five sites were hit.');
    expect(claimWith(cs, 'arrived in al-Qaim').speaker).toMatchObject({ name: 'Popular Mobilization Forces', role: null });
    expect(claimWith(cs, 'five sites').speaker).toMatchObject({ name: 'US Department of Defense' });
  });
});

describe('“an official in Iraq”', () => {
  it('is an official where he is, not Iraq speaking', () => {
    const cs = claimsOf('A militia official in Iraq said one fighter was killed.');
    expect(claimWith(cs, 'one fighter').speaker?.name).toBe('militia official in Iraq');
  });
});

describe('an opening phrase without its comma', () => {
  it('“Speaking in Florida Pompeo said”, “After the meeting with Iraqi officials Esper said”: the name is the subject', () => {
    const cs = claimsOf('Speaking in Florida Pompeo said the strikes were defensive. After the meeting with Iraqi officials Esper said more troops would go.');
    expect(claimWith(cs, 'defensive').speaker?.name).toBe('Mike Pompeo');
    expect(claimWith(cs, 'more troops').speaker?.name).toBe('Mark Esper');
  });

  it('a title and its place: “In Baghdad Prime Minister …” is the prime minister; “New South Wales …” keeps its “New”', () => {
    const cs = claimsOf('In Baghdad Prime Minister Adel Abdul Mahdi said the strikes were illegal. New South Wales Rural Fire Service Commissioner Shane Fitzsimmons said two men had died.');
    expect(claimWith(cs, 'illegal').speaker).toMatchObject({ name: 'Adel Abdul Mahdi', role: 'Prime Minister' });
    expect(claimWith(cs, 'two men').speaker?.role).toBe('New South Wales Rural Fire Service Commissioner');
  });
});

describe('a quotation that opens the content, and what follows it', () => {
  it('“vowed “harsh revenge” in a statement … and declared …”: the words are the quote; a noun after “and” stays in it; a title before “that” is no quote', () => {
    const cs = claimsOf('Khamenei vowed "harsh revenge" in a statement carried by state television and declared three days of mourning. Trump said "budget reforms" and the collection of unpaid taxes would pay for it. Jeh Johnson tells "Morning Joe" on Friday that "exactly who did it" remains unclear.');
    expect(claimWith(cs, 'harsh revenge')).toMatchObject({ kind: 'quote', text: 'harsh revenge', cue: 'vowed' });
    expect(claimWith(cs, 'budget reforms').text).toContain('unpaid taxes');
    expect(claimWith(cs, 'exactly who did it').text).toContain('remains unclear');
  });
});

describe('an office with an of-phrase before the name', () => {
  it('“Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei said” is Khamenei', () => {
    const cs = claimsOf('Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei said on Wednesday that the missile strikes were "a slap on the face" of the US.');
    expect(claimWith(cs, 'slap on the face').speaker).toMatchObject({ name: 'Ali Khamenei', type: 'person' });
  });
});

describe('an authority', () => {
  it('“Iran’s civil aviation authority said” is a government body', () => {
    expect(claimWith(claimsOf("Iran's civil aviation authority said 167 passengers were on the flight."), '167 passengers').speaker?.type).toBe('government');
  });
});

describe('rejecting a statement', () => {
  it('“rejected the accusation”, “disputed the Pentagon’s figures”: the subject denies; “rejected the bill” is no claim of its own', () => {
    const cs = claimsOf("Kataib Hezbollah rejected the accusation that it fired the rockets. The militia disputed the Pentagon's figures. The Senate rejected the bill on Tuesday.");
    expect(claimWith(cs, 'accusation')).toMatchObject({ kind: 'attributed', certainty: 'denied', speaker: { name: 'Kataib Hezbollah' } });
    expect(claimWith(cs, "Pentagon's figures")).toMatchObject({ kind: 'attributed', certainty: 'denied', cue: 'disputed' });
    expect(claimWith(cs, 'the bill')).toMatchObject({ kind: 'assertion', speaker: null });
  });
});

describe('names with suffixes and offices with modifiers', () => {
  it('“Gen. Kenneth F. McKenzie Jr., head of …, told”: Jr. is part of the name; “Vice President” and “Former President” stay whole', () => {
    const cs = claimsOf('Gen. Kenneth F. McKenzie Jr., head of U.S. Central Command, told reporters the Marines would stay. Vice President Joseph R. Biden Jr. said the claims were false. Former President Amos Lema said the show was rigged.');
    expect(claimWith(cs, 'Marines would stay').speaker?.name).toBe('Kenneth McKenzie');
    expect(claimWith(cs, 'claims were false').speaker).toMatchObject({ name: 'Joe Biden', role: 'Vice President' });
    expect(claimWith(cs, 'rigged').speaker).toMatchObject({ name: 'Amos Lema', role: 'Former President' });
  });
});

describe('“according to” after a quotation’s own frame', () => {
  it('““We will respond,” he said in a speech, according to Reuters” is his quote, through Reuters; no second claim', () => {
    const cs = claimsOf('Khamenei spoke on Wednesday. "We will respond," he said in a televised speech, according to Reuters.');
    const quotes = cs.filter((c) => c.text.includes('We will respond'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'quote', speaker: { name: 'Ali Khamenei' }, via: { name: 'Reuters' } });
  });
});

describe('“saying only that …”', () => {
  it('the words start after “only”', () => {
    const cs = claimsOf("The embassy's spokesman declined to comment, saying only that all personnel were safe.");
    expect(claimWith(cs, 'personnel were safe').text).toBe('all personnel were safe');
  });
});

describe('a body named with its kind', () => {
  it('“The Hashed al-Shaabi paramilitary network called …” is the PMF, not an outlet', () => {
    const cs = claimsOf('The Hashed al-Shaabi paramilitary network said its supporters would withdraw from the embassy.');
    expect(claimWith(cs, 'would withdraw').speaker).toMatchObject({ name: 'Popular Mobilization Forces', type: 'organization' });
  });
});

describe('a second speaker in the same sentence', () => {
  it('“X said …, but Iraqi officials said …”, “…, and human rights groups warned that …”, “…; the ministry said …”, “…, while Iran said …”', () => {
    const cs = claimsOf('Esper said the strikes were defensive, but Iraqi officials said they violated sovereignty. Obama emphasized that the reforms were not complete, and human rights groups warned that the army kept its power. Trump said Iran would pay, while Iran said it would respond.');
    expect(claimWith(cs, 'were defensive')).toMatchObject({ text: 'the strikes were defensive', speaker: { name: 'Mark Esper' } });
    expect(claimWith(cs, 'violated sovereignty').speaker?.name).toBe('Iraqi officials');
    expect(claimWith(cs, 'reforms were not complete').text).toBe('the reforms were not complete');
    expect(claimWith(cs, 'army kept its power').speaker?.name).toBe('human rights groups');
    expect(claimWith(cs, 'Iran would pay').text).toBe('Iran would pay');
    expect(claimWith(cs, 'would respond').speaker?.name).toBe('Iran');
    expect(cs.some((c) => c.kind === 'assertion' && c.text.includes('while Iran said'))).toBe(false);
  });

  it('after a post-posed frame or “according to”, the second speaker is found too', () => {
    const cs = claimsOf('The strikes were defensive, Esper said, but Iraqi officials said they violated sovereignty. According to the Pentagon, the raids were lawful, but Iraqi officials said they were a crime.');
    expect(claimWith(cs, 'violated sovereignty').speaker?.name).toBe('Iraqi officials');
    expect(claimWith(cs, 'raids were lawful')).toMatchObject({ text: 'the raids were lawful', speaker: { name: 'US Department of Defense' } });
    expect(claimWith(cs, 'were a crime').speaker?.name).toBe('Iraqi officials');
  });

  it('“… and he said …” stays the same speaker', () => {
    const cs = claimsOf('Esper said the strikes were defensive, and he said more would come.');
    expect(claimWith(cs, 'more would come').speaker?.name).toBe('Mark Esper');
  });
});

describe('according to a work and its author', () => {
  it('“a report released by the Pentagon”, “a statement issued by the PMF”, “a speech Mrs. Lema delivered”: the author speaks', () => {
    const cs = claimsOf('According to a report released by the Pentagon, the strikes killed 25. The toll rose to 30, according to a statement issued by the Popular Mobilization Forces. According to a speech Amara Lema delivered in Nairobi, the goal is not revenue. According to a complaint filed by the Securities and Exchange Commission and a second complaint by Vermont, the developers stole millions of dollars.');
    expect(claimWith(cs, 'killed 25').speaker?.name).toBe('US Department of Defense');
    expect(claimWith(cs, 'rose to 30').speaker?.name).toBe('Popular Mobilization Forces');
    expect(claimWith(cs, 'not revenue').speaker?.name).toBe('Amara Lema');
    expect(claimWith(cs, 'stole millions').speaker?.name).toBe('Securities and Exchange Commission');
  });
});

describe('an unnamed official described by what they know', () => {
  it('“a U.S. official familiar with the decision” is a government official, and “the official” later is the same one', () => {
    const cs = claimsOf('A U.S. official familiar with the decision said the troops would go to Kuwait. The official said the brigade may deploy.');
    expect(claimWith(cs, 'go to Kuwait').speaker).toMatchObject({ name: 'U.S. official familiar with the decision', type: 'government' });
    expect(claimWith(cs, 'brigade may deploy').speaker?.name).toBe('U.S. official familiar with the decision');
  });
});

describe('a coordinated subject after the words, and claiming a deed', () => {
  it('"…, the Iraqi military and the embassy said." credits the first of them with the whole sentence', () => {
    const cs = claimsOf('At least eight rockets were fired at the embassy on Sunday, causing minor damage to the compound but no casualties, the Iraqi military and the embassy said.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: 'attributed', cue: 'said' });
    expect(cs[0].speaker?.name).toBe('Iraqi military');
    expect(cs[0].text).toBe('At least eight rockets were fired at the embassy on Sunday, causing minor damage to the compound but no casualties');
    expect(claimWith(claimsOf('Rockets hit the base, the ministry and the army said.'), 'Rockets').speaker?.name).toBe('ministry');
  });

  it('before the words too: "(Both) the ministry and the army said …" credits the ministry, as "Esper and Pompeo said" credits Esper', () => {
    expect(claimWith(claimsOf('Both the ministry and the army said the base was hit.'), 'base was hit').speaker?.name).toBe('ministry');
    expect(claimWith(claimsOf('The ministry and the army said the base was hit.'), 'base was hit').speaker?.name).toBe('ministry');
    expect(claimWith(claimsOf('Esper and Pompeo said the strikes were defensive.'), 'defensive').speaker?.name).toBe('Mark Esper');
    // A clause before "and" is no conjunct: "The US blamed Iran, and the ministry said …".
    expect(claimWith(claimsOf('The US blamed Iran for the attack, and the ministry said the base was hit.'), 'base was hit').speaker?.name).toBe('ministry');
  });

  it('"No group claimed responsibility for the attack, but …" is the outlet\'s; "claimed the attack killed 20" is the group\'s', () => {
    const cs = claimsOf('No group immediately claimed responsibility for the attack, but al-Shabab frequently carries out such bombings.');
    expect(cs.every((c) => c.speaker === null)).toBe(true);
    expect(claimWith(cs, 'claimed responsibility').text).toBe('No group immediately claimed responsibility for the attack');
    expect(claimWith(claimsOf('The fire claimed the lives of 12 people, and officials said more could die.'), 'claimed the lives').speaker).toBeNull();
    expect(claimWith(claimsOf('Al-Shabab claimed the attack killed 20 soldiers.'), 'killed').speaker?.name).toBe('al-Shabab');
  });
});

describe('a second speaker after a toll, and where words were said', () => {
  it('"The group put the death toll at 25, though Iraqi security sources said 19 had been killed"', () => {
    const cs = claimsOf('The group put the death toll at 25, though Iraqi security sources said 19 had been killed.');
    expect(cs.map((c) => [c.text, c.speaker?.name ?? null])).toEqual([
      ['The group put the death toll at 25', 'group'],
      ['19 had been killed', 'Iraqi security sources'],
    ]);
  });

  it('the main clause stays the outlet\'s claim when only the subordinate clause has a speaker', () => {
    const cs = claimsOf('Protests continued into the night, although officials said the situation was calm.');
    expect(claimWith(cs, 'Protests continued').speaker).toBeNull();
    expect(claimWith(cs, 'the situation was calm').speaker?.name).toBe('officials');
  });

  it('"saying in a sermon delivered by a representative that …" keeps the medium out of the words', () => {
    const c = claimWith(claimsOf('Ali al-Sistani condemned the attack, saying in a sermon delivered by a representative that Iraqis alone should decide their affairs.'), 'Iraqis alone');
    expect(c.text).toBe('Iraqis alone should decide their affairs');
    expect(c.speaker?.name).toBe('Ali al-Sistani');
  });
});

describe('findings, rulings and postmodified subjects', () => {
  it('"pointed out that", "ruled that" and "…, The Post has learned" credit who said or found it', () => {
    expect(claimWith(claimsOf('PolitiFact then pointed out that one shooting may have more than one victim.'), 'one shooting').speaker?.name).toBe('PolitiFact');
    expect(claimWith(claimsOf('The appeals court ruled that the practice broke federal law.'), 'broke federal law').speaker?.name).toBe('appeals court');
    const post = claimWith(claimsOf('The senator was taken to hospital on Sunday, The Post has learned.'), 'taken to hospital');
    expect(post.speaker).toMatchObject({ name: 'The Post', type: 'outlet' });
    // Not a cue without its clause.
    expect(claimWith(claimsOf('The court ruled the law unconstitutional.'), 'court').speaker).toBeNull();
    expect(claimWith(claimsOf('He learned to swim in the river.'), 'swim').speaker).toBeNull();
  });

  it('a subject with a relative clause or a participle phrase before its cue', () => {
    const study = claimWith(claimsOf('A 2014 study that appeared in the British Medical Journal found that medical research contradicted half of the advice.'), 'medical research');
    expect(study.speaker?.name).toBe('2014 study');
    expect(study.text).toBe('medical research contradicted half of the advice');
    expect(claimWith(claimsOf('A Quinnipiac University poll released in late August found that 74 percent of voters want the returns.'), '74 percent').speaker?.name).toBe('Quinnipiac University');
    // The noun inside the clause is not the speaker.
    expect(claimWith(claimsOf('A 2014 study that appeared in the British Medical Journal found that medical research contradicted half of the advice.'), 'medical research').speaker?.name).not.toBe('British Medical Journal');
  });
});

describe('a description and a name in apposition around the cue', () => {
  it('"…, the Pentagon spokesman, Jonathan Hoffman, said." keeps the description out of the words', () => {
    const c = claimWith(claimsOf('The strikes were defensive, the Pentagon spokesman, Jonathan Hoffman, said.'), 'defensive');
    expect(c).toMatchObject({ text: 'The strikes were defensive', speaker: { name: 'Jonathan Hoffman' } });
    const q = claimWith(claimsOf('"We have achieved our goal," the spokesman, Mohammed Mohi, told reporters.'), 'goal');
    expect(q).toMatchObject({ kind: 'quote', text: 'We have achieved our goal', speaker: { name: 'Mohammed Mohi' } });
  });

  it('"“…,” said the spokesman, Mohammed Mohi." is the named spokesman, not the last one quoted', () => {
    const cs = claimsOf('The strikes were defensive, Pentagon spokesman Jonathan Hoffman said.\n\n"We will respond," said the spokesman, Mohammed Mohi.');
    expect(claimWith(cs, 'We will respond').speaker?.name).toBe('Mohammed Mohi');
  });
});

describe('a participle after "by"', () => {
  it('"began by saying he would never …" and "responded by telling reporters that …" credit the subject with the words', () => {
    const began = claimWith(claimsOf('Dean appeared on MSNBC on Tuesday and began by saying he would never diagnose anyone on television.'), 'diagnose');
    expect(began).toMatchObject({ text: 'he would never diagnose anyone on television', speaker: { name: 'Dean' } });
    const told = claimWith(claimsOf('The minister responded by telling reporters that the strikes were illegal.'), 'illegal');
    expect(told).toMatchObject({ text: 'the strikes were illegal', speaker: { name: 'minister' } });
    expect(claimWith(claimsOf('Iran responded by firing missiles at two bases.'), 'firing').speaker).toBeNull();
  });
});

describe('"many" of a crowd, and its size', () => {
  it('"Several thousand mourners, many chanting “…”" is the mourners\' chant', () => {
    const c = claimWith(claimsOf('Several thousand mourners, many chanting "Death to America," marched through Baghdad.'), 'Death to America');
    expect(c).toMatchObject({ kind: 'quote', speaker: { name: 'mourners', type: 'group' } });
    expect(claimWith(claimsOf('A few hundred protesters said the strikes were illegal.'), 'illegal').speaker?.name).toBe('protesters');
  });
});

describe('a quotation left open at the end of a paragraph', () => {
  it('runs on through the next paragraphs without quotation marks or a speaker of their own', () => {
    const cs = claimsOf(
      [
        'Esper said in a statement:',
        '“At the direction of the Commander in Chief, I have authorized the deployment of an infantry battalion.',
        'Approximately 750 soldiers will deploy to the region immediately.',
        'This deployment is a precautionary action.',
        'Officials said more troops could follow.',
        'The embassy remained closed on Wednesday.',
      ].join('\n\n'),
    );
    expect(claimWith(cs, 'Approximately 750').speaker?.name).toBe('Mark Esper');
    expect(claimWith(cs, 'precautionary').kind).toBe('quote');
    // A paragraph with a speaker of its own ends the quotation, and the outlet's words after it stay the outlet's.
    expect(claimWith(cs, 'more troops').speaker?.name).toBe('Officials');
    expect(claimWith(cs, 'embassy remained closed').speaker).toBeNull();
  });

  it('not when the quotation was closed, or when the next paragraph has marks of its own', () => {
    const closed = claimsOf('“We are ready,” Esper said.\n\nThe troops left on Tuesday.');
    expect(claimWith(closed, 'troops left').speaker).toBeNull();
    const reopened = claimsOf('Esper said: “We are ready.\n\n“The troops leave on Tuesday.”\n\nThe embassy remained closed.');
    expect(claimWith(reopened, 'embassy remained closed').speaker).toBeNull();
  });
});

describe('a work and its author before the cue; bodies named with an of-phrase', () => {
  it('"A report released by the Pentagon said …" is the Pentagon\'s; "A poll released by Gallup found …" is Gallup\'s', () => {
    const c = claimWith(claimsOf('A report released by the Pentagon said that 11 troops were hurt.'), '11 troops');
    expect(c).toMatchObject({ text: '11 troops were hurt', speaker: { name: 'US Department of Defense' } });
    expect(claimWith(claimsOf('A poll released by Gallup found that 40 percent approve.'), '40 percent').speaker).toMatchObject({ name: 'Gallup', type: 'organization' });
  });

  it('"The Department of Veterans Affairs said" after "The Pentagon said" is not the Pentagon again', () => {
    const cs = claimsOf('The Pentagon said that 11 troops were hurt. The Department of Veterans Affairs said that the rate rose.');
    expect(claimWith(cs, 'the rate rose').speaker?.name).toBe('Department of Veterans Affairs');
  });
});

describe('a relative clause on the source after "according to"', () => {
  it('"who spoke on condition of anonymity" is part of the frame; "who said …" gives more of the source\'s words', () => {
    const anon = claimsOf('At least 25 fighters were killed, according to Iraqi security sources who spoke on condition of anonymity.');
    expect(anon.map((c) => [c.text, c.speaker?.name ?? null])).toEqual([['At least 25 fighters were killed', 'Iraqi security sources']]);
    const more = claimsOf('The missiles hit two bases, according to U.S. officials, who said no Americans were hurt.');
    expect(more.map((c) => [c.text, c.speaker?.name ?? null, c.cue])).toEqual([
      ['The missiles hit two bases', 'U.S. officials', 'according to'],
      ['no Americans were hurt', 'U.S. officials', 'said'],
    ]);
  });
});

describe('"without elaborating", "without offering evidence"', () => {
  it('is the outlet\'s remark on the words, neither words nor a claim of its own', () => {
    expect(claimsOf('The attack was over, the official added, without elaborating.').map((c) => [c.text, c.speaker?.name ?? null])).toEqual([['The attack was over', 'official']]);
    expect(claimWith(claimsOf('The base was hit, Hoffman said without giving details.'), 'base').text).toBe('The base was hit');
    expect(claimWith(claimsOf('Hoffman added, without elaborating, that the base was hit.'), 'base').text).toBe('the base was hit');
    expect(claimWith(claimsOf('Iran said the base was hit, without offering evidence.'), 'base').text).toBe('the base was hit');
  });
});

describe('a topic before a colon, and a picture posted', () => {
  it('"Qassem Suleimani: US kills top Iranian general" is about him, not his words; "Iraq PM: …" still speaks', () => {
    const x = extractText('Qassem Suleimani: US kills top Iranian general in Baghdad airstrike\n\nThe general was killed on Friday.', '2020-01-03');
    expect(claimWith(x.claims, 'US kills').speaker).toBeNull();
  });

  it('"tweeted an image of the US flag" credits no words; "tweeted that the photo was fake" does', () => {
    expect(claimWith(claimsOf('Donald Trump tweeted an image of the US flag shortly after the news broke, without comment.'), 'flag')).toMatchObject({ kind: 'assertion', speaker: null });
    expect(claimWith(claimsOf('Trump tweeted that the photo of the protest was fake.'), 'photo')).toMatchObject({ kind: 'attributed', text: 'the photo of the protest was fake' });
  });

  it('"the Kurdistan Region Presidency" is a government body, not a person', () => {
    expect(claimWith(claimsOf('The Kurdistan Region Presidency called for calm and urged all sides to avoid “dragging Iraq into a conflict”.'), 'calm').speaker).toMatchObject({ name: 'Kurdistan Region Presidency', type: 'government' });
  });
});

describe('names known otherwise, charges after "according to", and a body with its complement', () => {
  it('"Jamal Jaafar Ibrahimi, better known as Abu Mahdi al-Muhandes, the deputy head of the PMF, said" is al-Muhandis', () => {
    const c = claimWith(claimsOf('“The response will be very tough,” Jamal Jaafar Ibrahimi, better known as Abu Mahdi al-Muhandes, the deputy head of the Popular Mobilisation Forces (PMF), said on Monday.'), 'tough');
    expect(c).toMatchObject({ kind: 'quote', text: 'The response will be very tough' });
    expect(c.speaker?.name).toBe('Abu Mahdi al-Muhandis');
  });

  it('"…, according to US officials, who have blamed Iran-backed groups": the officials\' charge, no subjectless fragment', () => {
    const cs = claimsOf('More than 10 rocket attacks have targeted bases hosting US troops, according to US officials, who have blamed Iran-backed groups.');
    expect(cs.map((c) => [c.text, c.speaker?.name ?? null, c.cue])).toEqual([
      ['More than 10 rocket attacks have targeted bases hosting US troops', 'US officials', 'according to'],
      ['blamed Iran-backed groups', 'US officials', 'blamed'],
    ]);
  });

  it('"A spokesman for the Libyan National Army (LNA), Ahmed al-Mismari, denied … and said …": both are his', () => {
    const cs = claimsOf('A spokesman for the Libyan National Army (LNA), Ahmed al-Mismari, denied the LNA had carried out the attack and said it had been caused by “shelling from inside” the academy.');
    expect(claimWith(cs, 'carried out').speaker?.name).toBe('Ahmed al-Mismari');
    expect(claimWith(cs, 'shelling').speaker?.name).toBe('Ahmed al-Mismari');
  });

  it('"The United Nations mission in Libya condemned …; it said" is the mission, not Libya', () => {
    const cs = claimsOf('The United Nations mission in Libya condemned the attack. “The escalation threatens the lives of civilians,” it said in a statement.');
    expect(claimWith(cs, 'escalation').speaker?.name).toMatch(/^United Nations/u);
    expect(claimWith(cs, 'condemned the attack').speaker?.name).toBe(claimWith(cs, 'escalation').speaker?.name);
  });

  it('AFRICOM is US Africa Command, a government body', () => {
    expect(claimWith(claimsOf('Two personnel were wounded in the attack, AFRICOM said in a statement.'), 'wounded').speaker).toMatchObject({ name: 'US Africa Command', type: 'government' });
  });
});

describe('a participle with its own subject, a reason after a denial, and a headline of two clauses', () => {
  it('"…, with spokesman Abbas Mousavi saying …" credits Mousavi; the rejection stays the ministry\'s', () => {
    const cs = claimsOf('Iran’s Foreign Ministry rejected the accusations, with spokesman Abbas Mousavi saying the US was displaying “surprising audacity” by blaming Iran for the protests.');
    expect(cs.map((c) => [c.text, c.speaker?.name ?? null])).toEqual([
      ['Iran’s Foreign Ministry rejected the accusations', 'Iranian Foreign Ministry'],
      ['the US was displaying “surprising audacity” by blaming Iran for the protests', 'Abbas Mousavi'],
    ]);
  });

  it('"denied that the ambassador had left, saying he was away on vacation": the denial and the reason apart', () => {
    const cs = claimsOf('The State Department denied that the ambassador had left, saying he was away on a previously planned vacation.');
    expect(cs.map((c) => [c.text, c.certainty, c.cue])).toEqual([
      ['the ambassador had left', 'denied', 'denied'],
      ['he was away on a previously planned vacation', 'asserted', 'saying'],
    ]);
  });

  it('"Protesters storm US embassy in Baghdad, Trump blames Iran …": the first clause is a claim too', () => {
    expect(claimsOf('Protesters storm US embassy in Baghdad, Trump blames Iran for the attack.').map((c) => c.text)).toEqual(['Protesters storm US embassy in Baghdad', 'Trump blames Iran for the attack']);
  });
});

describe('what a work shows or found', () => {
  it('"Polls show a close contest", "Pentagon data show 34 troops suffered …": the work is the source, even as an object', () => {
    expect(claimWith(claimsOf('Polls show a close contest in the state, where 18 electoral votes are up for grabs.'), 'close contest')).toMatchObject({ kind: 'attributed', speaker: { name: 'Polls', type: 'unknown' } });
    expect(claimWith(claimsOf('Pentagon data show 34 troops suffered brain injuries.'), 'troops')).toMatchObject({ text: '34 troops suffered brain injuries', cue: 'show' });
    expect(claimWith(claimsOf('Videos posted online showed protesters smashing security cameras.'), 'cameras').speaker?.name).toBe('Videos');
  });

  it('"A 2014 study by Justin Levitt found 31 incidents …", "A report by the Pentagon found that …": the author, through the work', () => {
    expect(claimWith(claimsOf('A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation.'), 'incidents').speaker?.name).toBe('Justin Levitt');
    expect(claimWith(claimsOf('A report by the Pentagon found that 34 troops were hurt.'), 'troops')).toMatchObject({ text: '34 troops were hurt', speaker: { name: 'US Department of Defense' } });
  });

  it('a finding needs a work: "Investigators found the body" and "listeners to his radio program who said" are not', () => {
    expect(claimWith(claimsOf('Investigators found the body near the river.'), 'body').kind).toBe('assertion');
    expect(claimWith(claimsOf('The TV show aired on Friday night in the capital.'), 'aired').kind).toBe('assertion');
  });
});

describe('"it" opening the clause after a weak cue', () => {
  it('"analysts agreed it was still a top-heavy plan" and "Iran warned it would retaliate" give the clause', () => {
    expect(claimWith(claimsOf('He proposed dropping the tax break, but analysts agreed it was still a top-heavy plan.'), 'top-heavy')).toMatchObject({ text: 'it was still a top-heavy plan', speaker: { name: 'analysts' } });
    expect(claimWith(claimsOf('Iran warned it would retaliate against US bases.'), 'retaliate')).toMatchObject({ text: 'it would retaliate against US bases', cue: 'warned' });
  });
});

describe('a tweet embedded from a page\'s blockquote', () => {
  it('its signature alone on the next line credits the paragraph before it', () => {
    const cs = claimsOf('Officials spoke.\n\nMissiles launched from Iran at two military bases located in Iraq. Assessment of casualties taking place now.\n\n— Donald J. Trump (@realDonaldTrump) January 8, 2020\n\nIran said more.');
    expect(claimWith(cs, 'Missiles launched')).toMatchObject({ kind: 'quote', cue: 'tweeted', speaker: { name: 'Donald Trump' } });
    expect(claimWith(cs, 'Assessment').speaker?.name).toBe('Donald Trump');
  });
});

describe('", a charge the group denies" after reported words', () => {
  it('the officials\' words stay asserted; the outlet\'s note of the denial is a claim of its own', () => {
    const cs = claimsOf('U.S. officials have said the militia was behind the attack, a charge the group denies.');
    expect(claimWith(cs, 'behind the attack')).toMatchObject({ text: 'the militia was behind the attack', certainty: 'asserted', speaker: { name: 'U.S. officials' } });
    expect(claimWith(cs, 'a charge').certainty).toBe('denied');
  });
});

describe('a cue word after a determiner is a noun', () => {
  it('"An earlier report by the ISNA news agency put the toll at 35": the agency gives the toll, "An" is nobody', () => {
    const cs = claimsOf('An earlier report by the semi-official ISNA news agency put the death toll at 35, and officials said the number could rise.');
    expect(claimWith(cs, 'at 35')).toMatchObject({ cue: 'put the death toll at', speaker: { name: 'ISNA' } });
    expect(claimWith(cs, 'could rise')).toMatchObject({ cue: 'said', speaker: { name: 'officials' } });
    expect(claimWith(claimsOf('An earlier report by the ISNA news agency said 35 people died.'), '35 people')).toMatchObject({ text: '35 people died', speaker: { name: 'ISNA' } });
  });

  it('"An official later said" keeps its verb', () => {
    expect(claimWith(claimsOf('An official later said 40 people died.'), '40 people')).toMatchObject({ cue: 'said', speaker: { name: 'official' } });
  });
});

describe('who "it", "the report" and a list of names are', () => {
  it('"Iraq\'s military said … It said …": the owner inside the speaker\'s phrase is not what "it" stands for', () => {
    const cs = claimsOf("Iraq's military said 22 missiles had been fired. It said there were no Iraqi casualties.");
    expect(claimWith(cs, 'no Iraqi casualties').speaker?.name).toBe('Iraqi military');
  });

  it('"Press TV reports that … the report said …" is Press TV\'s report', () => {
    const cs = claimsOf('Press TV reports that 80 were killed.\n\nCiting an informed source, the report said Iran hit 104 targets.');
    expect(claimWith(cs, '104 targets').speaker?.name).toBe('Press TV');
  });

  it('"Officials in Denmark, Finland, Norway and Poland said": the whole list, not its third country', () => {
    const cs = claimsOf('Officials in Denmark, Finland, Norway and Poland said none of their troops in Iraq had been hurt.');
    expect(claimWith(cs, 'none of their troops').speaker?.name).toBe('Officials in Denmark, Finland, Norway and Poland');
    // A place before a comma is no part of a list: "In Baghdad, Iraqi officials and militia leaders said".
    expect(claimWith(claimsOf('In Baghdad, Iraqi officials and militia leaders said the strike was illegal.'), 'illegal').speaker?.name).toBe('Iraqi officials and militia leaders');
  });

  it('", but gave no evidence to support the claim" is the outlet\'s remark, not the claimed words', () => {
    const cs = claimsOf('Iranian state TV claimed that 80 "American terrorists" had been killed, but gave no evidence to support the claim.');
    expect(claimWith(cs, 'American terrorists').text).toBe('80 "American terrorists" had been killed');
    expect(claimWith(claimsOf('The group said it had downed a drone, but did not provide evidence.'), 'drone').text).toBe('it had downed a drone');
  });
});

describe('auxiliaries after an appositive, and bodies named by their noun', () => {
  it('"Iran\'s foreign minister, Javad Zarif, has tweeted that …" and "Soleimani, who was killed, had warned that …"', () => {
    expect(claimWith(claimsOf("Iran's foreign minister, Javad Zarif, has tweeted that Iran took proportionate measures."), 'proportionate')).toMatchObject({ cue: 'tweeted', speaker: { name: 'Mohammad Javad Zarif' } });
    expect(claimWith(claimsOf('The ministry, in a statement, has said that Iran took measures.'), 'measures')).toMatchObject({ cue: 'said', speaker: { name: 'ministry' } });
    expect(claimWith(claimsOf('Soleimani, who was killed, had warned that the US would pay.'), 'would pay').speaker?.name).toBe('Qassem Soleimani');
  });

  it('"the fund" is the International Monetary Fund named before; "the Trump campaign" is not the Clinton campaign', () => {
    const cs = claimsOf('The International Monetary Fund cut its forecast on Tuesday. The fund warned that the exit will raise many questions.');
    expect(claimWith(cs, 'many questions').speaker?.name).toBe('International Monetary Fund');
    const c2 = claimsOf('The Clinton campaign said the report was damning. The Trump campaign called the charges unsubstantiated.');
    expect(claimWith(c2, 'unsubstantiated').speaker?.name).not.toBe('Clinton campaign');
  });

  it('"ruled out a rocket attack as the cause, but later withdrew that statement, saying …": the main clause\'s subject says it', () => {
    const cs = claimsOf("The embassy in Iran initially ruled out terrorism or a rocket attack as the cause, but later withdrew that statement, saying it was too early to draw conclusions.");
    expect(claimWith(cs, 'too early')).toMatchObject({ cue: 'saying', text: 'it was too early to draw conclusions' });
    expect(claimWith(cs, 'too early').speaker).not.toBeNull();
  });
});

describe('"the airline" after the airline\'s name', () => {
  it('is Ukraine International Airlines', () => {
    const cs = claimsOf('Ukraine International Airlines said one of its planes crashed. The airline said it was suspending flights to Tehran indefinitely.');
    expect(claimWith(cs, 'one of its planes').speaker).toMatchObject({ name: 'Ukraine International Airlines', type: 'organization' });
    expect(claimWith(cs, 'suspending flights').speaker?.name).toBe('Ukraine International Airlines');
  });
});

describe('more wire frames: a medium of two words, a phone, a number of troops', () => {
  it('"wrote in a Facebook post that …", "told Reuters by phone that …"', () => {
    expect(claimWith(claimsOf('Abdul Mahdi wrote in a Facebook post that the killing was a breach of sovereignty.'), 'breach').text).toBe('the killing was a breach of sovereignty');
    expect(claimWith(claimsOf('The spokesman told Reuters by phone that the group had not decided how to respond.'), 'not decided')).toMatchObject({ text: 'the group had not decided how to respond', via: { name: 'Reuters' } });
  });

  it('"put the number of troops at around 3,500" gives a figure, as "put the death toll at" does', () => {
    const c = claimWith(claimsOf('A third official, who also declined to be named, put the number of troops at around 3,500.'), '3,500');
    expect(c).toMatchObject({ kind: 'attributed', cue: 'put the number of troops at', speaker: { name: 'third official' } });
  });
});

describe('a time between the subject and its cue, for every word such a time can end with', () => {
  const times = [
    ...['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'morning', 'afternoon', 'evening'].map((w) => `last ${w}`),
    ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `on ${d}`),
    'just this month',
  ];
  it.each(times)('"The Iraqi Foreign Ministry %s said …" credits the ministry', (time) => {
    const c = claimWith(claimsOf(`The Iraqi Foreign Ministry ${time} said the strikes were a violation of sovereignty.`), 'violation');
    expect(c).toMatchObject({ cue: 'said', text: 'the strikes were a violation of sovereignty' });
    expect(c.speaker?.name).toMatch(/ministry/iu);
    // A name the gazetteer does not know ends where the time begins (the time pattern runs only
    // after a look-up of the last word, TIME_ENDS: a word missing there leaves the time in the name).
    expect(claimWith(claimsOf(`Zorvex Holdings ${time} said the strikes were a violation of sovereignty.`), 'violation').speaker?.name).toBe('Zorvex Holdings');
  });
});

describe('broadcast and briefing transcripts', () => {
  const BRIEFING = [
    'SECRETARY OF DEFENSE MARK T. ESPER: Good afternoon. On Friday, Kataib Hezbollah fired more than 30 rockets at K-1.',
    'Q: Can you confirm the number?',
    'SECRETARY ESPER: I\'m not going to get into casualty figures. We struck the facilities we intended to strike.',
    'GENERAL MILLEY: There have been 11 attacks over the last two months against bases in Iraq.',
    'STEVE INSKEEP, HOST: What happened at the embassy?',
    'JANE ARRAF, BYLINE: Thousands of militia supporters marched to the embassy on Tuesday. Marines fired tear gas.',
    'ARRAF: The State Department says no diplomats were evacuated.',
  ].join('\n\n');

  it('every turn after a label is the labelled speaker’s, title and surname alone included', () => {
    const cs = claimsOf(BRIEFING, '2020-01-02');
    expect(claimWith(cs, 'casualty figures')).toMatchObject({ kind: 'quote', cue: 'transcript', speaker: { name: 'Mark Esper' } });
    expect(claimWith(cs, 'We struck the facilities')).toMatchObject({ kind: 'quote', cue: 'transcript', speaker: { name: 'Mark Esper' } });
    expect(claimWith(cs, '11 attacks').speaker?.name).toBe('Mark Milley');
  });

  it('“NAME, ROLE:” labels credit the name, in title case; a turn reporting someone else’s words credits them', () => {
    const cs = claimsOf(BRIEFING, '2020-01-02');
    expect(claimWith(cs, 'marched to the embassy')).toMatchObject({ kind: 'quote', speaker: { name: 'Jane Arraf', type: 'person' } });
    expect(claimWith(cs, 'tear gas').speaker?.name).toBe('Jane Arraf');
    expect(claimWith(cs, 'no diplomats were evacuated')).toMatchObject({ kind: 'attributed', cue: 'says', speaker: { name: 'US Department of State' } });
    expect(cs.some((c) => c.text.includes('INSKEEP') || c.text.includes('ARRAF'))).toBe(false);
  });

  it('“he” in a correspondent’s turn is not the correspondent (a known woman’s name)', () => {
    const cs = claimsOf(
      'INSKEEP: President Trump has also been tweeting.\n\nJANE ARRAF, BYLINE: He has. He said Iran would be held fully responsible for lives lost.',
      '2020-01-01',
    );
    expect(claimWith(cs, 'fully responsible').speaker?.name).toBe('Donald Trump');
  });

  it('“BAGHDAD: …” is still a dateline', () => {
    const cs = claimsOf('BAGHDAD: Rockets hit the Green Zone on Tuesday, police said.');
    expect(claimWith(cs, 'Rockets hit')).toMatchObject({ speaker: { name: 'police' } });
    expect(cs.every((c) => c.speaker?.name !== 'Baghdad')).toBe(true);
  });
});

describe('the pronoun “that” as the subject after a cue', () => {
  it('“insists that is impossible” keeps its subject; “said that Iran was” drops the complementiser', () => {
    expect(claimWith(claimsOf('Iran\'s civil aviation authority insists that is impossible.'), 'impossible').text).toBe('that is impossible');
    expect(claimWith(claimsOf('Pompeo said that was a mistake.'), 'mistake').text).toBe('that was a mistake');
    expect(claimWith(claimsOf('Pompeo said that Iran was behind the attack.'), 'behind').text).toBe('Iran was behind the attack');
  });
});

describe('subjects behind participle clauses and phrasal verbs', () => {
  it('“after briefing President Trump, Esper … said”: the participle clause has no subject of its own', () => {
    const cs = claimsOf('Speaking in Florida after briefing President Donald Trump at his resort, Esper described the strikes as successful and said the United States may take additional actions.', '2019-12-30');
    expect(claimWith(cs, 'additional actions').speaker?.name).toBe('Mark Esper');
  });

  it('“calls up reservists” frames no words', () => {
    expect(claimWith(claimsOf('Australia calls up reservists as bushfire death toll climbs.'), 'reservists')).toMatchObject({ kind: 'assertion', speaker: null });
  });
});

describe('held-out forms of attribution (round 31)', () => {
  it('a speaker in apposition after the reported clause: “…, the PMF, an umbrella grouping of militias, said”', () => {
    const cs = claimsOf("At least 51 people were wounded in Sunday's strikes, the PMF, an umbrella grouping of mostly Shi'ite paramilitary groups, said in a statement.", '2019-12-30');
    expect(claimWith(cs, '51 people')).toMatchObject({ kind: 'attributed', speaker: { name: 'Popular Mobilization Forces' } });
    expect(claimWith(cs, '51 people').text).toBe("At least 51 people were wounded in Sunday's strikes");
    expect(claimWith(claimsOf('At least 51 people were wounded, Kataib Hezbollah, an Iran-backed militia, said.'), '51 people').speaker?.name).toBe('Kataib Hezbollah');
    // A subject with its own appositive before a clause of its own is still the subject.
    expect(claimWith(claimsOf('Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said the rule was illegal.'), 'illegal').speaker?.name).toBe('Scott Pruitt');
  });

  it('a present-tense cue after its subject at the end: “…, Iranian state media report.”', () => {
    const c = claimWith(claimsOf('A Ukrainian passenger plane with 176 people on board has crashed shortly after takeoff from Tehran, Iranian state media report.', '2020-01-08'), 'plane');
    expect(c).toMatchObject({ kind: 'attributed', cue: 'report', speaker: { name: 'Iranian state media' } });
    expect(c.text).not.toContain('report');
    // A capitalised "Report" ends a name, not a sentence's cue.
    const named = claimWith(claimsOf('“It could truly take on a national import,” said David Wasserman, House editor for the Cook Political Report.'), 'national import');
    expect(named.speaker?.name).toBe('David Wasserman');
  });

  it('the progressive reports: “is now claiming that”, “are reporting that”', () => {
    expect(claimWith(claimsOf('Iranian state television is now claiming that at least 80 people were killed in the strikes.', '2020-01-08'), '80 people')).toMatchObject({
      kind: 'attributed',
      cue: 'claiming',
      speaker: { name: 'Iranian state television' },
    });
    expect(claimWith(claimsOf('Iranian media are reporting that 80 people were killed.'), '80 people').speaker?.name).toBe('Iranian media');
    // Not a report without "that", and "reporting from Baghdad" is no cue.
    expect(claimWith(claimsOf('The committee is investigating claims that 80 people were killed.'), '80 people').kind).toBe('assertion');
    expect(claimWith(claimsOf('Reuters, reporting from Baghdad, said 20 people died in the blast.'), '20 people')).toMatchObject({ speaker: { name: 'Reuters' }, cue: 'said' });
  });

  it('“tells us” before a clause; “told them to leave” is an order', () => {
    expect(claimWith(claimsOf('A US official tells us there were no American casualties.', '2020-01-08'), 'casualties')).toMatchObject({ kind: 'attributed', cue: 'tells', speaker: { name: 'US official' } });
    expect(claimWith(claimsOf('The protesters withdrew after the Popular Mobilization Forces told them to leave.'), 'withdrew').kind).toBe('assertion');
    expect(claimsOf('The difference now, he told me on Friday, is that he anchors a news program.').every((c) => !c.text.startsWith('is that'))).toBe(true);
  });

  it('“according to what was reported by IRNA”: the agent is the source', () => {
    expect(claimWith(claimsOf('According to what was reported by IRNA, 56 people died in the stampede.', '2020-01-07'), '56 people')).toMatchObject({ kind: 'attributed', speaker: { name: 'IRNA' } });
  });

  it('“he” after an unnamed official who just spoke is that official, not the last name', () => {
    const cs = claimsOf('Zarif said the strikes were illegal. A US official told CNN at least 15 missiles were fired. He cautioned that the count could change.', '2020-01-08');
    expect(claimWith(cs, 'count could change').speaker?.name).toBe('US official');
    // A named person who just spoke still answers "he".
    expect(claimWith(claimsOf('Zarif said the strikes were illegal. He said Iran would respond.'), 'respond').speaker?.name).toBe('Mohammad Javad Zarif');
  });

  it('“A mourner named Hamid told Reuters”, “a mourner who gave his name only as Hamid”: the name speaks, and the sentence is one claim', () => {
    for (const text of ['A mourner named Hamid told Reuters that people were crushed.', 'A mourner who gave his name only as Hamid told Reuters by telephone from Kerman that people were crushed.']) {
      const cs = claimsOf(text);
      expect(cs).toHaveLength(1);
      expect(cs[0]).toMatchObject({ kind: 'attributed', speaker: { name: 'Hamid' }, text: expect.stringMatching(/^people were crushed/u) });
    }
    // A name given to a body is still its name.
    expect(claimWith(claimsOf('The militia named Kataib Hezbollah said it would respond.'), 'respond').speaker?.name).toBe('Kataib Hezbollah');
  });

  it('“the general\'s daughter, Zeinab Soleimani, said”: another bearer of a known surname is not the person the gazetteer knows', () => {
    const c = claimWith(claimsOf('Qassem Soleimani was killed in Baghdad. Addressing the crowd, the general\'s daughter, Zeinab Soleimani, said the assassination would bring "dark days" for the United States.'), 'dark days');
    expect(c.speaker?.name).toBe('Zeinab Soleimani');
    // The surname alone, or after a title, is still the general.
    expect(claimWith(claimsOf('Thousands mourned General Soleimani, who officials said had planned attacks.'), 'planned').speaker?.name).not.toBe('Zeinab Soleimani');
  });

  it('“Head of Iran\'s Emergency Medical Services Pirhossein Kolivand said”: the holder of the title speaks, and answers “he” next', () => {
    const cs = claimsOf("Head of Iran's Emergency Medical Services Pirhossein Kolivand said 32 people had been killed. He said the number of casualties could rise.");
    expect(claimWith(cs, '32 people').speaker?.name).toBe('Pirhossein Kolivand');
    expect(claimWith(cs, 'could rise').speaker?.name).toBe('Pirhossein Kolivand');
  });

  it('an opening participle phrase (“Clad in black …, the mourners filled the square, chanting …”) is not the chanter', () => {
    const cs = claimsOf('Clad in black and carrying portraits of the commander, the mourners filled Azadi Square on Tuesday, chanting "Death to America" as the coffins passed.');
    expect(claimWith(cs, 'Death to America').speaker?.name).toBe('mourners');
  });

  it('a relative clause, then an aside, before the cue (“A Sunni legislator who stayed away, speaking on condition of anonymity, told”)', () => {
    const c = claimWith(claimsOf('A Sunni legislator who stayed away, speaking on condition of anonymity because he was not authorised to talk to the media, told Al Jazeera that many members feared reprisals.'), 'reprisals');
    expect(c).toMatchObject({ kind: 'attributed', speaker: { name: 'Sunni legislator' }, text: 'many members feared reprisals' });
  });

  it('“A witness who asked not to be identified said …” credits the witness (wink tags that “said” an adjective)', () => {
    const c = claimWith(claimsOf('A witness who asked not to be identified said people were crushed.'), 'crushed');
    expect(c.speaker?.name).toBe('witness');
    expect(c.text).toBe('people were crushed');
  });

  it('“X, secretary of the council, was quoted by Fars as saying”: past the appositive to the speaker, via the agency', () => {
    const c = claimWith(claimsOf("Ali Shamkhani, secretary of Iran's Supreme National Security Council, was quoted by the Fars news agency as saying 13 scenarios for revenge had been discussed."), 'scenarios');
    expect(c).toMatchObject({ kind: 'attributed', speaker: { name: 'Ali Shamkhani' }, via: { name: 'Fars' } });
  });

  it('“she” after an unnamed judge (or teacher, mayor, mother) who just spoke is that person; “he” after a spokeswoman is not', () => {
    expect(claimWith(claimsOf('The judge ruled the plea was valid. She said the defendant had confessed.'), 'confessed').speaker?.name).toBe('judge');
    expect(claimWith(claimsOf('A local teacher said the school was closed. He said no students were hurt.'), 'students').speaker?.name).toBe('local teacher');
    expect(claimWith(claimsOf('The mother said the boy was asleep. He said the fire started at night.'), 'fire started').speaker?.name).not.toBe('mother');
  });
});

describe('a second speaker in the sentence (round 31)', () => {
  it('“The United States blamed KH; the group denied responsibility”: two claims, two speakers', () => {
    const cs = claimsOf('Kataib Hezbollah is an Iraqi militia. The United States blamed Kataib Hezbollah for the attack; the group denied responsibility.', '2019-12-31');
    expect(claimWith(cs, 'blamed')).toMatchObject({ speaker: { name: 'United States' }, certainty: 'asserted' });
    expect(claimWith(cs, 'blamed').text).not.toContain('denied');
    expect(claimWith(cs, 'denied responsibility')).toMatchObject({ speaker: { name: 'Kataib Hezbollah' }, certainty: 'denied' });
  });

  it('an adverb between the second subject and its cue: “and the Ukrainian embassy initially said”', () => {
    const cs = claimsOf("Iran's aviation authority said the plane turned back, and the Ukrainian embassy in Tehran initially said engine failure caused the crash.", '2020-01-08');
    expect(claimWith(cs, 'turned back').text).toBe('the plane turned back');
    expect(claimWith(cs, 'engine failure')).toMatchObject({ speaker: { name: 'Ukrainian embassy in Tehran' } });
  });

  it('an appositive after the second subject: “and Gen. Mark Milley, the chairman of the Joint Chiefs, called …”', () => {
    const cs = claimsOf('Defense Secretary Mark Esper told reporters no decision had been made to leave Iraq, and Gen. Mark Milley, the chairman of the Joint Chiefs, called the letter "a draft" that was "poorly worded".', '2020-01-07');
    expect(claimWith(cs, 'no decision').text).toBe('no decision had been made to leave Iraq');
    expect(claimWith(cs, 'a draft').speaker?.name).toBe('Mark Milley');
  });

  it('a one-word denial is a claim: “Kataib Hezbollah denied responsibility.”', () => {
    expect(claimWith(claimsOf('Kataib Hezbollah denied responsibility.'), 'responsibility')).toMatchObject({ kind: 'attributed', speaker: { name: 'Kataib Hezbollah' }, certainty: 'denied' });
  });
});

describe('fact-check labels and bare denials (round 31)', () => {
  it('“THE CLAIM: …” names no speaker called “Claim”', () => {
    const cs = claimsOf('THE CLAIM: Soleimani helped 10 of the 12 hijackers who carried out the Sept. 11 attacks travel to Afghanistan.\n\nTHE RATING: False.', '2020-01-06');
    expect(cs.every((c) => c.speaker?.name !== 'Claim' && c.speaker?.name !== 'Rating')).toBe(true);
  });

  it('“Iran has denied that.”: the denial is its subject’s', () => {
    expect(claimWith(claimsOf('Iran has denied that.'), 'denied')).toMatchObject({ kind: 'attributed', speaker: { name: 'Iran' }, certainty: 'denied' });
    expect(claimWith(claimsOf('Kataib Hezbollah is a militia. The militia denied it.'), 'denied it')).toMatchObject({ speaker: { name: 'Kataib Hezbollah' }, certainty: 'denied' });
    // "denied that …" with a clause is still the clause, and "denied that, saying …" the participle's words.
    expect(claimWith(claimsOf('Iran denied that the missiles hit the plane.'), 'missiles').text).toBe('the missiles hit the plane');
    expect(claimWith(claimsOf('The Pentagon has denied that, saying the base was empty.'), 'base was empty').text).toBe('the base was empty');
  });
});

describe('an earthquake report in wire style (held-out probe, round 33)', () => {
  it('“it said” after “The ministry reported …” is the ministry, not a country named before the ministry spoke', () => {
    const cs = claimsOf(
      'A powerful earthquake struck Morocco late Friday, the Interior Ministry said Saturday.\n\nThe magnitude 6.8 quake hit at 11:11 p.m., the U.S. Geological Survey said.\n\nThe ministry reported at least 632 dead and 329 injured. Most of the deaths were in Al Haouz and Taroudant provinces, it said.',
      '2023-09-09',
    );
    expect(claimWith(cs, 'Most of the deaths').speaker?.name).toBe('Interior Ministry');
    expect(claimWith(cs, 'magnitude 6.8').speaker?.name).toBe('US Geological Survey');
  });

  it('“the country’s interior ministry” is the interior ministry', () => {
    const c = claimWith(claimsOf("The death toll has risen to 2,012, the country's interior ministry said on Sunday.", '2023-09-10'), '2,012');
    expect(c.speaker?.name).toBe('interior ministry');
  });
});

describe('“it added” after an unnamed body or an office spoke (held-out probe, round 34)', () => {
  it('is the company that just spoke, not a party named paragraphs before', () => {
    const cs = claimsOf('The Democratic Alliance had claimed that the vote was rigged.\n\nThe company said in a statement that it was devastated. It added that the plant would stay closed.');
    expect(claimWith(cs, 'the plant would stay closed').speaker?.name).toBe('company');
  });

  it('is the person whose office spoke', () => {
    const cs = claimsOf('Reuters reported the crash first.\n\nPrime Minister Shehbaz Sharif ordered an inquiry, his office said in a statement. He directed officials to help the injured, it added.');
    expect(claimWith(cs, 'He directed officials').speaker?.name).toBe('Shehbaz Sharif');
  });
});

describe('the missile attack\'s aftermath (held-out probe ho9)', () => {
  it('"…, while Iranian state media claim 80 were killed": a rival speaker\'s own claim, though wink reads "claim" as a noun', () => {
    const cs = claimsOf('The US says no Americans were hurt, while Iranian state media claim 80 were killed.', '2020-01-08');
    expect(claimWith(cs, 'no Americans were hurt')).toMatchObject({ speaker: { name: 'United States' } });
    expect(claimWith(cs, 'no Americans were hurt').text).not.toContain('80');
    expect(claimWith(cs, '80 were killed')).toMatchObject({ kind: 'attributed', speaker: { name: 'Iranian state media' }, cue: 'claim' });
    // After a determiner it stays a noun.
    expect(claimsOf('The claims 80 were killed are false.', '2020-01-08').every((c) => c.speaker === null)).toBe(true);
  });

  it('a wire headline names its source after a colon: "…: Pentagon", "…: Source"', () => {
    const pentagon = claimsOf('Fifty U.S. troops diagnosed with brain injuries after Iran attack: Pentagon\n\nThe count rose on Tuesday.', '2020-01-28');
    expect(claimWith(pentagon, 'Fifty U.S. troops')).toMatchObject({ kind: 'attributed', cue: 'headline', speaker: { name: 'US Department of Defense' }, text: 'Fifty U.S. troops diagnosed with brain injuries after Iran attack' });
    const source = claimsOf('80 American Terrorists Killed in IRGC Missile Strikes on US Airbase: Source\n\nThe strikes came at dawn.', '2020-01-08');
    expect(claimWith(source, '80 American').speaker?.name).toMatch(/^source$/iu);
    // A column's label or a heading after the colon is no source; nor is the colon inside the body.
    expect(claimsOf('Oil jumps after strike on tanker: Analysis\n\nPrices rose.', '2020-01-08').every((c) => c.speaker === null)).toBe(true);
    const body = claimsOf('Prices rose.\n\nThe strikes killed 25 fighters on Sunday: Pentagon', '2019-12-30');
    expect(claimWith(body, '25 fighters').speaker).toBeNull();
  });
});

describe('frames around a quotation and an aside (held-out probe ho10)', () => {
  it('a plural possessive before the recipient (“told Channel News’ Mara Lind”) and a relative clause on the interview', () => {
    const cs = claimsOf('"I believe it would have been four bridges," Governor Tomas Reyes told Channel News\' Mara Lind in an interview that aired Friday night on "The Late Hour."', '2020-01-10');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: 'quote', text: 'I believe it would have been four bridges', speaker: { name: 'Tomas Reyes' }, cue: 'told' });
  });

  it('a participle’s phrase with a place in it between the subject and the cue: the subject speaks', () => {
    const c = claimWith(claimsOf('Governor Tomas Reyes, speaking at a rally in Dalton, Georgia, the same evening, told supporters that the dam was safe.'), 'dam was safe');
    expect(c.speaker?.name).toBe('Tomas Reyes');
  });

  it('a programme’s title closes the aside with its comma inside the marks: “appearing on “The Late Hour,” said”', () => {
    for (const q of ['"', '“']) {
      const close = q === '"' ? '"' : '”';
      const c = claimWith(claimsOf(`Adviser Mara Lind, appearing on ${q}The Late Hour,${close} said the targets may never have been known.`), 'targets');
      expect(c).toMatchObject({ kind: 'attributed', text: 'the targets may never have been known', speaker: { name: 'Mara Lind' } });
    }
  });

  it('“adding to confusion”, “responded to the escalation”: a preposition’s object, not words; “vowed to …” stays as it was', () => {
    const cs = claimsOf('The general said on Monday that the letter was a mistake, adding to confusion over the plan.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.text).toBe('the letter was a mistake');
    const post = claimsOf('The letter was a mistake, the general said, adding to confusion over the plan.');
    expect(post.some((c) => c.text.startsWith('to confusion'))).toBe(false);
    const responded = claimsOf('Governor Tomas Reyes responded to the escalation on Twitter, saying the state had closed 52 roads.');
    expect(claimWith(responded, 'escalation')).toMatchObject({ kind: 'assertion', speaker: null });
    expect(claimWith(responded, '52 roads')).toMatchObject({ kind: 'attributed', speaker: { name: 'Tomas Reyes' } });
    expect(claimWith(claimsOf('Mara Lind said it was wrong, adding that she was sorry.'), 'sorry').cue).toBe('adding');
    // A recipient after "to" before "that" is skipped, not taken for an object.
    expect(claimWith(claimsOf('Governor Tomas Reyes wrote to the council that the plan was dead.'), 'plan was dead').text).toBe('the plan was dead');
  });
});

describe('characterisations, figures in quotation marks and asides before the cue (held-out probe ho10)', () => {
  it('“dismissed X as Y” is the subject’s characterisation of any object; “as well as” is no such “as”', () => {
    const c = claimWith(claimsOf('Press secretary Mara Lind dismissed the measure as "a political stunt," and Republicans argue it is not binding.'), 'stunt');
    expect(c).toMatchObject({ speaker: { name: 'Mara Lind' }, cue: 'dismissed' });
    expect(c.text).not.toContain('binding');
    expect(claimWith(claimsOf('Press secretary Mara Lind dismissed the measure as "a political stunt," and Republicans argue it is not binding.'), 'binding').speaker?.name).toBe('Republican Party');
    expect(claimWith(claimsOf('The court rejected the bill as well as the motion.'), 'bill').kind).toBe('assertion');
  });

  it('a figure in quotation marks after “put the attendance at”', () => {
    const c = claimWith(claimsOf('The speaker’s office later put attendance at "more than 170".'), '170');
    expect(c).toMatchObject({ kind: 'quote', speaker: { name: "speaker's office" } });
    expect(claimWith(claimsOf('A security official put the turnout in the capital at "around 100,000 at its peak".'), '100,000').speaker?.name).toBe('security official');
  });

  it('a fronted place, then the subject and an aside: “In Dalton, a ministry official, speaking on condition of anonymity, dismissed …”', () => {
    const c = claimWith(claimsOf('In Dalton, a ministry official, speaking on condition of anonymity, dismissed the speech as "the usual threats" and said the army would respond.'), 'usual threats');
    expect(c.speaker?.name).toBe('ministry official');
  });

  it('a passive participle of “read” is no frame; a text or a resolution speaks through “says”', () => {
    expect(claimsOf('The cleric urged parliament in a sermon read by his representative to reconsider its support.').every((c) => c.speaker === null)).toBe(true);
    const c = claimWith(claimsOf('The text, read aloud by Speaker Tomas Reyes, says the government "commits to revoke its request" and must act.'), 'revoke');
    expect(c.speaker?.name).toBe('text');
    expect(claimWith(claimsOf('The resolution says the government must act.'), 'must act').speaker?.name).toBe('resolution');
  });

  it('an aside and then a time before the cue: “Sen. Mike Lee, R-Utah, on Wednesday called the briefing “…””', () => {
    const cs = claimsOf('Sen. Tomas Reyes, D-Ohio, wrote that the claim "is news to us." Sen. Mara Lind, R-Utah, on Wednesday called the briefing "the worst briefing I have seen in nine years."');
    expect(claimWith(cs, 'worst briefing').speaker?.name).toBe('Mara Lind');
  });

  it('“the premier” is a person titled premier named before, else the prime minister', () => {
    expect(claimWith(claimsOf('Prime Minister Tomas Reyes told lawmakers the dam was safe. The premier also said that the roads were open.'), 'roads').speaker?.name).toBe('Tomas Reyes');
    expect(claimWith(claimsOf('Prime Minister Tomas Reyes spoke first. State premier Mara Lind said the fires were bad. The premier said 12 homes burned.'), '12 homes').speaker?.name).toBe('Mara Lind');
  });
});

describe('more words after a frame, rival speakers with an auxiliary, and owners of an office (held-out probe ho10)', () => {
  it('“…, warning that …” after a post-posed frame and after a clause of the speaker’s own', () => {
    const cs = claimsOf('Nearly 500 people have been killed since October 1, the rights commission said on Thursday, warning that the crackdown risks being forgotten.');
    expect(claimWith(cs, 'Nearly 500')).toMatchObject({ kind: 'attributed', speaker: { name: 'rights commission' } });
    expect(claimWith(cs, 'risks being forgotten')).toMatchObject({ kind: 'attributed', speaker: { name: 'rights commission' }, cue: 'warning', text: 'the crackdown risks being forgotten' });
    const urged = claimsOf('Prime Minister Tomas Reyes had urged the chamber to act, warning that the alternative was a slide into confrontation.');
    expect(claimWith(urged, 'alternative')).toMatchObject({ kind: 'attributed', speaker: { name: 'Tomas Reyes' }, text: 'the alternative was a slide into confrontation' });
    expect(claimWith(urged, 'urged')).toMatchObject({ kind: 'assertion', text: 'Prime Minister Tomas Reyes had urged the chamber to act' });
  });

  it('“…, while Amnesty International has said …”: a rival speaker after an auxiliary', () => {
    const cs = claimsOf('The UN mission reported at least 424 killed through December 9, while Amnesty International has said the toll is likely well above 500.');
    expect(claimWith(cs, '424')).toMatchObject({ speaker: { name: 'UN mission' }, text: 'at least 424 killed through December 9' });
    expect(claimWith(cs, 'well above 500')).toMatchObject({ speaker: { name: 'Amnesty International' } });
  });

  it('a source “inside”, “within” or “outside” a place is a described speaker', () => {
    for (const prep of ['inside', 'within', 'outside']) {
      expect(claimWith(claimsOf(`Sirens sounded at the base, a source ${prep} the facility said.`), 'Sirens').speaker?.name).toBe(`source ${prep} the facility`);
    }
  });

  it('“according to a statement from Mr Reyes’s office” is Reyes; a body’s name after a modifier is that body', () => {
    const cs = claimsOf("Governor Tomas Reyes met the envoy on Wednesday, according to a statement from Mr Reyes's office.");
    expect(claimWith(cs, 'met the envoy').speaker?.name).toBe('Tomas Reyes');
    expect(claimWith(claimsOf('Nearly 500 people have been killed, the semi-official High Commission for Human Rights said.'), '500').speaker?.name).toBe('Iraqi High Commission for Human Rights');
    expect(claimWith(claimsOf('The U.N. Assistance Mission for Iraq (UNAMI) said its figures covered October. It said the real number was higher.'), 'real number').speaker?.name).toBe('UN Assistance Mission for Iraq');
  });
});

describe('rival speakers after a dash, relative clauses on a source, and modifiers before names (held-out probe ho10)', () => {
  it('“— even as his deputy acknowledged that …” is a second speaker; “said afterward that” is a frame', () => {
    const cs = claimsOf('Governor Tomas Reyes said Friday that the dam had been at risk for weeks — even as his deputy acknowledged hours earlier that the engineers did not know when it would fail.');
    expect(claimWith(cs, 'dam had been at risk').text).not.toContain('engineers');
    expect(claimWith(cs, 'engineers did not know').speaker?.name).not.toBe('Tomas Reyes');
    expect(claimWith(claimsOf('Governor Tomas Reyes said afterward that the dam "appears to be holding."'), 'holding').text).toBe('the dam "appears to be holding."');
  });

  it('“according to U.S. officials, who have said …” gives more of the source’s words', () => {
    const cs = claimsOf('No one was hurt, according to U.S. officials, who have said troops had early warning.');
    expect(claimWith(cs, 'early warning')).toMatchObject({ kind: 'attributed', speaker: { name: 'U.S. officials' }, text: 'troops had early warning' });
  });

  it('“denied that …, telling reporters that “…””: the denial and the words told', () => {
    const cs = claimsOf('A spokesman for the ministry denied that the police had been involved, telling reporters that "the police did not fire a single shot" that night.');
    expect(claimWith(cs, 'police had been involved')).toMatchObject({ certainty: 'denied', text: 'the police had been involved' });
    expect(claimWith(cs, 'single shot')).toMatchObject({ kind: 'quote', cue: 'telling' });
  });

  it('a hyphenated modifier before a name (“Iraq’s semi-official High Commission …”) and a place on a description before its apposed name', () => {
    const cs = claimsOf("Iraq's semi-official High Commission for Human Rights has given a higher toll, saying this week that more than 450 people had been killed.");
    expect(claimWith(cs, '450')).toMatchObject({ kind: 'attributed', speaker: { name: 'Iraqi High Commission for Human Rights' } });
    const un = claimsOf('The agency\'s top official in Dalton, Mara Lind-Ostberg, welcomed the vote but wrote that "accountability remains essential".');
    expect(claimWith(un, 'accountability').speaker?.name).toBe('Mara Lind-Ostberg');
  });

  it('a figure after a longer of-phrase: “put the number of rockets fired at the city at three”', () => {
    expect(claimWith(claimsOf('Some local outlets put the number of rockets fired at the city at three.'), 'three')).toMatchObject({ kind: 'attributed', speaker: { name: 'local outlets' } });
  });
});

describe('frames around a quotation, and deeds that are no words', () => {
  it('"…,” Trump told reporters traveling with him aboard Air Force One …, according to a pool report": his words, the pool report only the channel', () => {
    const text = '“They’re allowed to kill our people. It doesn’t work that way,” Trump told reporters traveling with him aboard Air Force One on the flight back to Washington, according to a pool report.';
    expect(claimWith(claimsOf(text), 'allowed to kill')).toMatchObject({ kind: 'quote', cue: 'told', speaker: { name: 'Donald Trump' } });
    // "aboard Air Force One" is where he spoke, not what he said.
    for (const t of ['“It doesn’t work that way,” Trump said aboard Air Force One, according to a pool report.', '“It doesn’t work that way,” Trump told reporters aboard Air Force One.']) {
      const claims = claimsOf(t);
      expect(claimWith(claims, 'work that way')).toMatchObject({ kind: 'quote', speaker: { name: 'Donald Trump' } });
      expect(claims.some((c) => c.text === 'aboard Air Force One')).toBe(false);
    }
  });

  it('"Iran responded on January 8 by firing missiles …" is a deed: the sentence is the source\'s after it, not Iran\'s words', () => {
    const claims = claimsOf('Iran responded on January 8 by firing a volley of ballistic missiles at Iraqi bases hosting US troops, according to the Pentagon.');
    expect(claims.some((c) => c.speaker?.name === 'Iran' || /^by firing/u.test(c.text))).toBe(false);
    expect(claimWith(claims, 'volley of ballistic missiles').speaker?.name).toBe('US Department of Defense');
    // "responded … by saying that …" still carries the words.
    expect(claimWith(claimsOf('The ministry responded on Monday by saying that the strikes were illegal.'), 'strikes were illegal')).toMatchObject({ kind: 'attributed', speaker: { name: 'ministry' } });
  });
});

describe('a speaker described by how the reporter reached them (ho17)', () => {
  it('“A Kataib Hezbollah commander reached by phone, who asked not to be named, said …” credits the commander, and “he said” after him', () => {
    const cs = claimsOf('A Kataib Hezbollah commander reached by phone, who asked not to be named, said the group had not been behind Friday’s rocket attack. "We have nothing to do with Kirkuk," he said.');
    expect(claimWith(cs, 'had not been behind')).toMatchObject({ kind: 'attributed', speaker: { name: 'Kataib Hezbollah commander' } });
    expect(claimWith(cs, 'nothing to do with Kirkuk')).toMatchObject({ kind: 'quote', speaker: { name: 'Kataib Hezbollah commander' } });
    expect(claimWith(claimsOf('A militia official contacted by Reuters said the convoy was hit twice.'), 'hit twice').speaker?.name).toBe('militia official');
  });
});

describe('"the governor" after "Gov. X": an office honorific names what the description refers back to', () => {
  it.each([
    ['Gov. Andrew Cuomo said the state was ready. The governor added that buses were waiting.', 'buses', 'Andrew Cuomo'],
    ['Rep. Adam Schiff said the briefing was inadequate. The congressman added that Congress was not told.', 'not told', 'Adam Schiff'],
    ['Senate Foreign Relations Committee member Sen. Chris Murphy said the strike risked a war. The senator added that Congress had not been consulted.', 'consulted', 'Chris Murphy'],
    ['Mayor Bill de Blasio said police were on alert. The mayor added that there was no threat.', 'no threat', 'Bill de Blasio'],
    ['Grand Ayatollah Ali al-Sistani condemned the attack. The cleric said the strike was a violation.', 'violation', 'Ali al-Sistani'],
  ])('%s', (text, part, speaker) => {
    expect(claimWith(claimsOf(text), part).speaker?.name).toBe(speaker);
  });

  it('the description becomes the role when the name had none', () => {
    expect(claimWith(claimsOf('Gov. Andrew Cuomo said the state was ready. The governor added that buses were waiting.'), 'buses').speaker).toMatchObject({ name: 'Andrew Cuomo', role: 'governor' });
  });

  it('a courtesy title names no office: "Mr. X … the governor" stays a description', () => {
    expect(claimWith(claimsOf('Mr. Andrew Cuomo said the state was ready. The governor added that buses were waiting.'), 'buses').speaker?.name).toBe('governor');
  });
});

describe('a saying before a colon and its quotation', () => {
  it('"Trump said in a statement: “…”" is read by its verb, not as a headline label', () => {
    expect(claimWith(claimsOf('The base was hit. Trump said in a statement: "No Americans were harmed in the attack."'), 'No Americans')).toMatchObject({ kind: 'quote', cue: 'said', speaker: { name: 'Donald Trump' } });
    // A headline's label stays one.
    expect(claimWith(claimsOf('Trump on Iran: no Americans were harmed in the attack'), 'no Americans')).toMatchObject({ cue: 'headline', speaker: { name: 'Donald Trump' } });
  });

  it('"Name, in a televised address …: “…”": the aside is the cue; a place and an aside name no speaker', () => {
    expect(claimWith(claimsOf('The base was hit. Trump, in a televised address from the White House on January 8: "No Americans were harmed in the attack."'), 'No Americans')).toMatchObject({ kind: 'quote', cue: 'in a televised address from the White House on January 8', speaker: { name: 'Donald Trump' } });
    expect(claimWith(claimsOf('The base was hit. In Baghdad, at the embassy: "We are safe and the staff are well."'), 'We are safe').speaker).toBeNull();
  });
});

describe('", while X told reporters that …": a contrast with a saying of its own (ho19)', () => {
  it('ends the first speaker\'s words and is the second speaker\'s', () => {
    const cs = claimsOf('The Iraqi military said 22 missiles were fired, 17 at Ain al-Asad and five at Erbil, while U.S. Defense Secretary Mark Esper told reporters that Iran had launched 16 missiles.');
    expect(claimWith(cs, '22 missiles')).toMatchObject({ text: '22 missiles were fired, 17 at Ain al-Asad and five at Erbil', speaker: { name: 'Iraqi military' } });
    expect(claimWith(cs, '16 missiles')).toMatchObject({ cue: 'told', speaker: { name: 'Mark Esper' } });
  });

  it('a "while" clause without a saying stays in the words', () => {
    expect(claimWith(claimsOf('Officials said 25 were killed while they slept in their barracks.'), '25 were killed').text).toBe('25 were killed while they slept in their barracks');
  });
});

describe('"The Pentagon\'s statement was blunt. “…,” it said" (ho19)', () => {
  it('"it" is the owner of the statement the sentence before was about', () => {
    const cs = claimsOf('Eight people died, according to Iraqi officials. The Pentagon\'s statement was blunt. "At the direction of the President, the U.S. military has taken decisive defensive action," it said.');
    expect(claimWith(cs, 'decisive defensive action').speaker?.name).toBe('US Department of Defense');
  });

  it('a statement that itself says something is the speaker "it" goes on with', () => {
    const cs = claimsOf("Iran's preliminary report, released Thursday, said the crew had not made a radio call. It said the plane had turned back toward the airport.");
    expect(claimWith(cs, 'turned back').speaker?.name).toBe(claimWith(cs, 'radio call').speaker?.name);
  });
});

describe('"think tank" is a noun (ho19)', () => {
  it('"…," said Rania Smith, a researcher at a Beirut-based think tank: her quote, no cue "think"', () => {
    expect(claimWith(claimsOf('"This is a message, not an escalation," said Rania Smith, a researcher on Iraq and Syria at a Beirut-based think tank.'), 'message')).toMatchObject({ cue: 'said', speaker: { name: 'Rania Smith' } });
    // The verb stays a cue.
    expect(claimWith(claimsOf('Analysts think the strikes were a message to Tehran.'), 'message').speaker?.name).toBe('Analysts');
  });
});

describe('"a spokesman for the group": the body the description refers back to (ho19)', () => {
  it('is the group named before, with the spokesman as its role', () => {
    const cs = claimsOf('Kataib Hezbollah, the hardline faction at the centre of the crisis, had initially refused to leave, a spokesman for the group told AFP.');
    expect(claimWith(cs, 'refused to leave').speaker).toMatchObject({ name: 'Kataib Hezbollah', role: 'spokesman' });
  });

  it('without a body named before, it stays a description', () => {
    expect(claimWith(claimsOf('Protesters gathered outside. A spokesman for the group said they would stay.'), 'would stay').speaker?.name).toBe('spokesman for the group');
  });
});

describe('a loss confirmed as an object: "the Guards confirmed Soleimani\'s death" (ho19)', () => {
  it.each([
    ["Iran's Revolutionary Guards confirmed Soleimani's death in a statement on state television.", 'Islamic Revolutionary Guard Corps'],
    ['The Pentagon acknowledged the deaths of two soldiers.', 'US Department of Defense'],
    ['Iranian state television confirmed his death within hours.', 'Iranian state television'],
  ])('%s', (text, speaker) => {
    const c = claimsOf(`Soleimani was killed on Friday. ${text}`).find((x) => x.text.includes('confirmed') || x.text.includes('acknowledged'))!;
    expect(c).toMatchObject({ kind: 'attributed', speaker: { name: speaker } });
  });

  it('another object confirmed is the outlet\'s report of the act', () => {
    expect(claimWith(claimsOf('The ministry confirmed the meeting with the ambassador.'), 'meeting').speaker).toBeNull();
  });
});

describe('a broadcast segment’s sayings (ho20)', () => {
  it('"Donald Trump said Iran orchestrated the whole thing": a past tense wink reads as a noun still makes the reported clause', () => {
    expect(claimWith(claimsOf('Donald Trump said Iran orchestrated the whole thing.'), 'orchestrated')).toMatchObject({ kind: 'attributed', speaker: { name: 'Donald Trump' }, text: 'Iran orchestrated the whole thing' });
  });

  it('"told its people to leave" is an order, no report credited to the one who gave it; "told reporters the base was safe" is one', () => {
    const order = claimsOf('The key moment came at noon, when the Popular Mobilisation Forces, the umbrella body for these militias, told its people to leave.');
    expect(order.map((c) => [c.kind, c.speaker])).toEqual([['assertion', null]]);
    expect(claimsOf('The commander told his men not to fire.')[0]!.speaker).toBeNull();
    expect(claimWith(claimsOf('The commander told reporters the base was safe.'), 'base was safe').speaker?.name).toBe('commander');
  });
});
