import { detectCertainty } from '../../../src/extract/certainty/detectCertainty';
import { extractText, claimWith } from '../support/extractText';

describe('detectCertainty', () => {
  test.each([
    ['One of the guard towers was also apparently set alight.', 'apparently'],
    ['Protesters have reportedly broken into the US embassy compound.', 'reportedly'],
    ['The militia allegedly fired the rockets.', 'allegedly'],
    ['The prime minister appeared to suggest that Iraq would review its relations.', 'appeared to'],
    ['Iran appears to be standing down.', 'appears to'],
    ['It seems to have been an accident.', 'seems to'],
    ['The commander is believed to have died in the strike.', 'is believed to'],
    ['US forces are said to have fired tear gas.', 'are said to'],
    ['Iraqi forces were initially said to have let the militants through.', 'were initially said to'],
    ['The strike likely killed dozens.', 'likely'],
    ['The ambassador possibly left the country.', 'possibly'],
    ['The former executive may have left Japan.', 'may have'],
    ['The full brigade of about 4,000 soldiers may deploy.', 'may'],
    ['The attack was almost certainly conducted by a militia.', 'almost certainly'],
    ['Footage allegedly shows missiles targeting the base.', 'allegedly'],
    ['It was possible towns could be evacuated by sea.', 'It was possible'],
  ])('hedged: %s', (sentence, cue) => {
    expect(detectCertainty(sentence)).toEqual({ certainty: 'hedged', cue });
  });

  test.each([
    ['There was an unconfirmed report that the ambassador had been evacuated.', 'unconfirmed'],
    ['The footage could not be independently verified.', 'could not be independently verified'],
    ['Reuters could not independently confirm the report.', 'could not independently confirm'],
    ['The claim cannot be verified.', 'cannot be verified'],
    ['The figures have not been confirmed.', 'have not been confirmed'],
    ['Tehran has not confirmed the deaths.', 'has not confirmed'],
    ['Kurdistan 24 was unable to confirm the number of casualties.', 'was unable to confirm'],
    ['Officials have yet to confirm the toll.', 'have yet to confirm'],
    ['The toll was not immediately confirmed.', 'was not immediately confirmed'],
    ['The account remains unverified.', 'unverified'],
    ['There was no immediate confirmation from official sources.', 'no immediate confirmation'],
    ['The death toll is yet to be confirmed.', 'yet to be confirmed'],
  ])('unconfirmed: %s', (sentence, cue) => {
    expect(detectCertainty(sentence)).toEqual({ certainty: 'unconfirmed', cue });
  });

  test.each([
    ['It is not clear what caused a fire at the reception area.', 'It is not clear'],
    ['It was not clear whether there were any staff inside the embassy at the time.', 'It was not clear'],
    ['It was unclear how Ghosn would have been able to leave Japan.', 'It was unclear'],
    ['It remains unclear who fired the rockets.', 'It remains unclear'],
    ['The extent of the damage was unclear.', 'unclear'],
    ["It's not clear who is in charge.", "It's not clear"],
    ['It isn’t clear who is in charge.', 'It isn’t clear'],
    ['The cause was not immediately clear.', 'was not immediately clear'],
    ['There was no immediate word on casualties.', 'no immediate word on'],
    ['It is not known whether anyone was hurt.', 'It is not known'],
  ])('unclear: %s', (sentence, cue) => {
    expect(detectCertainty(sentence)).toEqual({ certainty: 'unclear', cue });
  });

  test.each([
    ['Iran denied any role in the attack.', 'denied'],
    ['Tehran denies involvement.', 'denies'],
    ['Officials have denied the reports.', 'denied'],
    ['Abedzadeh says it is "scientifically impossible" that a missile hit the plane.', 'is "scientifically impossible" that'],
    ['The minister said he had never contemplated resigning.', 'never contemplated'],
    ['The ministry rejected claims that it had fired the missiles.', 'rejected claims'],
    ['The army dismissed reports of casualties.', 'dismissed reports'],
    ['A spokesman called the reports false.', 'called the reports false'],
  ])('denied: %s', (sentence, cue) => {
    expect(detectCertainty(sentence)).toEqual({ certainty: 'denied', cue });
  });

  test.each([
    'At least 25 fighters died when the US bombed bases in Iraq and Syria on Sunday.',
    'It is clear that these missiles were launched from Iran.',
    'The attack was clearly not intended to avoid casualties.',
    'Troops did not clear the building.',
    'He was denied bail.',
    'The spokesman did not deny the report.',
    'Supporters refused to deny the account.',
    'It was published on 20 May 2020.',
    'Attack helicopters circled the compound, dropping flares to scatter the protesters, who had reportedly breached the front gate.',
    'The officials, who were apparently briefed, said the strikes succeeded.',
    'Washington and Tehran both confirmed that Iran was the source of the missiles.',
    'I can confirm that the embassy is safe.',
    '',
  ])('asserted: %s', (sentence) => {
    expect(detectCertainty(sentence)).toEqual({ certainty: 'asserted', cue: null });
  });

  test('the strongest class wins: denied > unclear > unconfirmed > hedged', () => {
    expect(detectCertainty('Iran denied reports that it had apparently fired the rockets.').certainty).toBe('denied');
    expect(detectCertainty('It was unclear whether the unconfirmed report was true.').certainty).toBe('unclear');
    expect(detectCertainty('An unconfirmed report said the envoy had apparently left.').certainty).toBe('unconfirmed');
  });

  test('the cue is returned as written', () => {
    expect(detectCertainty('REPORTEDLY, the gate fell.').cue).toBe('REPORTEDLY');
  });

  test('gold certainty of the two sample articles', () => {
    expect(detectCertainty('Dozens of Iraqi Shia militia supporters have broken into the US embassy compound in Baghdad after smashing a door and storming inside amid tear gas and gunfire.').certainty).toBe('asserted');
    expect(detectCertainty('An Associated Press reporter at the scene saw flames rising from inside the compound and at least three US soldiers on the roof of the embassy.').certainty).toBe('asserted');
    expect(detectCertainty('It is not clear what caused a fire at the reception area near the car park of the compound.').certainty).toBe('unclear');
    expect(detectCertainty('One of the guard towers was also apparently set alight.').certainty).toBe('hedged');
    expect(detectCertainty('It was not clear whether there were any staff inside the embassy at the time.').certainty).toBe('unclear');
    expect(detectCertainty('There was an unconfirmed report that the ambassador had been evacuated.').certainty).toBe('unconfirmed');
  });

  test('bounded time on hostile input', () => {
    const t0 = Date.now();
    detectCertainty('x'.repeat(1 << 20));
    detectCertainty('it is not '.repeat(100000));
    detectCertainty('is' + ' '.repeat(1 << 20) + 'clear');
    detectCertainty('could not '.repeat(100000) + 'confirm');
    detectCertainty('denied, '.repeat(100000));
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});

describe('detectCertainty: more phrasing', () => {
  test.each([
    ['It is believed that the commander died.', 'hedged'],
    ['The spokesman refused to confirm or deny the report.', 'unconfirmed'],
    ['Officials declined to confirm the toll.', 'unconfirmed'],
    // A speaker's own doubt about a figure or a proposition.
    ['I believe the number of martyrs is higher, maybe 31, because some of the wounded died later.', 'hedged'],
    ['Additional forces are prepared to deploy, perhaps up to several thousand.', 'hedged'],
    ['Perhaps there will be a law next month.', 'hedged'],
    ['We think the strike was ordered by the president.', 'hedged'],
    // Not: "maybe" and "I think" that qualify no figure or statement.
    ['The lawmakers, who I think up until now have resisted, voted for the bill.', 'asserted'],
    ['The film, called Maybe Tomorrow, opened in 2019.', 'asserted'],
    // Denials given up or past are no denial of what the sentence now states.
    ['The army admitted it had shot down the airliner by mistake, reversing days of denials.', 'asserted'],
    ['After weeks of denials, the ministry confirmed the leak.', 'asserted'],
    ['The ministry issued a denial of the report.', 'denied'],
  ])('%s -> %s', (sentence, certainty) => {
    expect(detectCertainty(sentence).certainty).toBe(certainty);
  });
});

describe('another’s denial noted beside the words (ho18)', () => {
  it('"…, a charge Tehran denies" leaves the accusation asserted; the note alone is a denial', () => {
    const x = extractText('Washington has accused Iran of organizing the embassy attack, a charge Tehran denies.', '2020-01-03');
    expect(claimWith(x.claims, 'organizing').certainty).toBe('asserted');
    expect(claimWith(extractText('The US blamed Iran for the attack, a charge Tehran denies.', '2020-01-03').claims, 'blamed').certainty).toBe('asserted');
    expect(detectCertainty('a charge the group denies').certainty).toBe('denied');
  });
});
