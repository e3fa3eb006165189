import { extractText, claimWith, claimsOf } from '../support/extractText';

/** Briefing and broadcast transcripts (texts of our own, in the forms of a held-out probe). */
describe('transcripts', () => {
  const BRIEFING = [
    'STAFF: Good afternoon, everyone. The secretary will make brief remarks and then take a few questions. We have about 20 minutes.',
    'SECRETARY ESPER: Thank you. Let me start with the situation in Iraq. On Sunday, U.S. forces conducted strikes against five Kataib Hezbollah facilities.',
    'In response, about 750 soldiers from the 82nd Airborne Division have deployed to the region.',
    'Q: Mr. Secretary, Iraqi officials say 25 people were killed in Sunday\'s strikes. Can you confirm that number?',
    'There are reports of up to 4,000 more troops from the 82nd.',
    'GENERAL MILLEY: The strikes on Sunday were precise and effective.',
    '-- END --',
    'The Pentagon published the transcript on its website.',
  ].join('\n\n');

  it('a speaker\'s turn runs over the paragraphs after its label, up to the next label', () => {
    const x = extractText(BRIEFING, '2020-01-02');
    const deployed = claimWith(x.claims, '750 soldiers');
    expect(deployed.speaker?.name).toBe('Mark Esper');
    expect(deployed).toEqual(expect.objectContaining({ kind: 'quote', cue: 'transcript' }));
    expect(claimWith(x.claims, 'precise and effective').speaker?.name).toBe('Mark Milley');
    // After the last turn the page speaks again.
    expect(claimWith(x.claims, 'published the transcript').speaker).toBeNull();
  });

  it('questions and the moderator\'s turns give no claims, premises included', () => {
    const x = extractText(BRIEFING, '2020-01-02');
    const texts = x.claims.map((c) => c.text).join('\n');
    for (const gone of ['25 people', '4,000', 'about 20 minutes', 'brief remarks', 'Thank you']) expect(texts).not.toContain(gone);
    expect(x.claims.some((c) => c.quantities.some((q) => q.value === 25 || q.value === 4000))).toBe(false);
  });

  it('an article quoting two labelled lines is no transcript: what follows stays the article\'s', () => {
    const x = extractText('WALLACE: Did you order the strike?\n\nPOMPEO: We took a decisive action to protect American lives.\n\nThe strike killed 10 people, officials said.', '2020-01-05');
    expect(claimWith(x.claims, 'decisive action').speaker?.name).toMatch(/Pompeo/i);
    expect(claimWith(x.claims, 'killed 10 people').speaker?.name).toBe('officials');
  });

  it('courtesies are no claims: "Thank you.", "Good morning, Steve.", "Thanks, Mr. Secretary."', () => {
    const x = extractText(
      'INSKEEP: Good morning.\n\nKAVEH: Good morning, Steve.\n\nGENERAL MILLEY: Thanks, Mr. Secretary.\n\nGENERAL MILLEY: The attack involved more than 30 rockets, and it was intended to kill.\n\nINSKEEP: Thank you so much.',
      '2020-01-13',
    );
    expect(x.claims.map((c) => c.text)).toEqual([expect.stringContaining('more than 30 rockets')]);
  });
});

describe('transcripts, as broadcasters and briefings lay them out', () => {
  it('a label alone on its line ("STEVE INSKEEP, HOST:") opens the turn of the paragraph below it', () => {
    const x = extractText(
      "STEVE INSKEEP, HOST:\n\nIran's government is under pressure at home after admitting that its own military shot down a passenger plane.\n\nINSKEEP: That's the sound of demonstrators outside a university in Tehran over the weekend.\n\nHANNA KAVEH: The Revolutionary Guards knew almost immediately what had happened.",
      '2020-01-13',
    );
    expect(claimWith(x.claims, 'under pressure at home').speaker?.name).toBe('Steve Inskeep');
    expect(claimWith(x.claims, 'knew almost immediately').speaker?.name).toBe('Hanna Kaveh');
  });

  it('names as written label the turns of a page made of them ("Judy Woodruff:" alone on its line, as PBS prints it)', () => {
    const x = extractText(
      [
        'Judy Woodruff:',
        'The Middle East stepped back from the brink today, at least for now.',
        'Nick Schifrin:',
        'The main target was Ain al-Asad Air Base, which hosts about 1,500 American troops.',
        'A second base, near the Kurdish city of Erbil, was also hit.',
        'Judy Woodruff:',
        "And for more, I'm joined by Karim Sadjadpour.",
        'Karim Sadjadpour:',
        'Iran needed a response that its own public would see as serious.',
        'Judy Woodruff:',
        'Karim Sadjadpour, thank you very much.',
      ].join('\n\n'),
      '2020-01-08',
    );
    expect(claimWith(x.claims, 'stepped back from the brink').speaker?.name).toBe('Judy Woodruff');
    // A turn runs on through the paragraph after it, and each of the host's labels opens her turn (a repeat is no duplicate line).
    expect(claimWith(x.claims, 'hosts about 1,500').speaker?.name).toBe('Nick Schifrin');
    expect(claimWith(x.claims, 'Erbil, was also hit').speaker?.name).toBe('Nick Schifrin');
    expect(claimWith(x.claims, 'would see as serious')).toMatchObject({ kind: 'quote', cue: 'transcript', speaker: { name: 'Karim Sadjadpour' } });
  });

  it('one or two lines opening with a name and a colon are no transcript', () => {
    const x = extractText(
      'Pat Caddell: Democrat voters are worried about the party.\n\nThe poll of 1,000 voters was taken on Monday, the firm said.\n\nRelated Stories: Polls tighten in Iowa',
      '2016-10-20',
    );
    expect(claimWith(x.claims, 'poll of 1,000 voters').speaker?.name).not.toBe('Pat Caddell');
  });

  it('an answer opening with "No." or "Yes." is still the speaker\'s turn', () => {
    const x = extractText(
      'SECRETARY ESPER: We struck the targets we intended to strike.\n\nQ: Is the embassy going to evacuate?\n\nSECRETARY ESPER: No. The embassy is open, although consular operations have been suspended.\n\nGENERAL MILLEY: Yes. The attack involved more than 30 rockets.',
      '2020-01-02',
    );
    expect(claimWith(x.claims, 'The embassy is open').speaker?.name).toBe('Mark Esper');
    // ("involved" before a count is the verb wink reads as an adjective.)
    expect(claimWith(x.claims, 'more than 30 rockets').speaker?.name).toBe('Mark Milley');
  });

  it('"…, and the premier, Gladys Berejiklian, declared a state of emergency" names no speaker "a state of emergency"', () => {
    const x = extractText("At least 18 people have died since the fire season began in September, and New South Wales' premier, Gladys Berejiklian, declared a seven-day state of emergency.", '2020-01-02');
    expect(x.claims.every((c) => !/emergency/iu.test(c.speaker?.name ?? ''))).toBe(true);
  });
});

describe('a speech printed whole', () => {
  it('one label, many paragraphs, then "END 11:43 A.M. EST": every paragraph between is the speaker\'s', () => {
    const x = extractText(
      [
        'President Donald Trump addressed the nation from the White House on Wednesday. Below is the full transcript.',
        'PRESIDENT TRUMP: As long as I am President of the United States, Iran will never be allowed to have a nuclear weapon.',
        'Good morning. No Americans were harmed in last night\'s attack by the Iranian regime.',
        'Iran appears to be standing down, which is a good thing for all parties concerned.',
        '(Applause.)',
        'END 11:43 A.M. EST',
        'The NewsHour\'s live coverage of the address is available in the video player above.',
      ].join('\n\n'),
      '2020-01-08',
    );
    for (const part of ['No Americans were harmed', 'Iran appears to be standing down']) {
      expect(claimWith(x.claims, part)).toMatchObject({ kind: 'quote', cue: 'transcript', speaker: { name: 'Donald Trump' } });
    }
    expect(claimWith(x.claims, 'addressed the nation').speaker).toBeNull();
    expect(x.claims.filter((c) => c.text.includes('live coverage')).every((c) => c.speaker === null)).toBe(true);
  });

  it('without the end line a single label still speaks for its own paragraph only', () => {
    const x = extractText('PRESIDENT TRUMP: Iran will never have a nuclear weapon.\n\nThe markets rose 2% after the address, traders said.', '2020-01-08');
    expect(claimWith(x.claims, 'markets rose').speaker?.name).toBe('traders');
  });
});

describe('a correspondent passing on what others tell them', () => {
  const SHOW = [
    'HOST: And what are you hearing from commanders on the ground?',
    'REPORTER: Navy officials tell me two more ships are heading to the Gulf. And a senior commander told me, Rachel, that the crews were given a day\'s notice.',
  ].join('\n\n');

  it('"officials tell me" in a turn credits the officials, as "told me, Rachel, that" credits the commander', () => {
    const x = extractText(SHOW, '2021-06-03');
    expect(claimWith(x.claims, 'two more ships').speaker?.name).toMatch(/^Navy officials$/iu);
    expect(claimWith(x.claims, "a day's notice").speaker?.name).toMatch(/commander/iu);
  });
});

describe('a cable news transcript', () => {
  const SHOW = [
    "DANA LEWIS, NEWS ANCHOR: Good evening. I'm Dana Lewis. Two cargo ships collided off Singapore overnight.",
    'MARCUS HALE, SENIOR INTERNATIONAL AFFAIRS CORRESPONDENT: Dana, port officials are telling us there are no injuries. The harbour will reopen on Friday.',
    'COL. RUTH OKAFOR (RET.), NEWS MILITARY ANALYST: The straits are crowded, and collisions like this are rare.',
    'LEWIS: Coast guard officials are saying the fuel spill has been contained. Both ships were carrying grain.',
  ].join('\n\n');

  it('reads a long part after the name, and a retired officer\'s "(RET.)", as the label', () => {
    const x = extractText(SHOW, '2022-03-10');
    expect(claimWith(x.claims, 'reopen on Friday').speaker?.name).toBe('Marcus Hale');
    expect(claimWith(x.claims, 'collisions like this are rare').speaker?.name).toBe('Ruth Okafor');
  });

  it('"I\'m Dana Lewis" names Dana Lewis: the later surname label is hers', () => {
    const x = extractText(SHOW, '2022-03-10');
    expect(claimWith(x.claims, 'cargo ships collided').speaker?.name).toBe('Dana Lewis');
    expect(claimWith(x.claims, 'carrying grain').speaker?.name).toBe('Dana Lewis');
  });

  it('"officials are telling us there are …" and "are saying the …" credit the officials', () => {
    const x = extractText(SHOW, '2022-03-10');
    expect(claimWith(x.claims, 'no injuries').speaker?.name).toMatch(/^port officials$/iu);
    expect(claimWith(x.claims, 'fuel spill').speaker?.name).toMatch(/^Coast guard officials$/iu);
  });
});

describe('a printed interview whose questions report what others said (held-out probe ho18)', () => {
  const INTERVIEW = [
    'Rudaw: Iranian state TV said 80 "American terrorists" were killed. Washington says nobody was hurt. Who do you believe?',
    'Shirin Rahimi: There is no evidence at all for the Iranian figure.',
    'Rudaw: Was the attack coordinated with Baghdad? The prime minister\u2019s office said it was warned.',
  ].join('\n\n');

  it('credits the words reported in a question to whom they are reported of, not to the interviewer', () => {
    const x = extractText(INTERVIEW, '2020-01-10');
    expect(claimWith(x.claims, '80').speaker?.name).toMatch(/state TV/iu);
    expect(claimWith(x.claims, 'it was warned').speaker?.name).not.toBe('Rudaw');
    // The interviewee's answer stays the interviewee's.
    expect(claimWith(x.claims, 'no evidence').speaker?.name).toBe('Shirin Rahimi');
  });

  it('keeps a "Speaker: claim" line with no saying inside it the labelled speaker’s', () => {
    const x = extractText('Pat Caddell: Democrat voters are worried about turnout in the swing states.', '2016-10-01');
    expect(claimWith(x.claims, 'turnout').speaker?.name).toBe('Pat Caddell');
  });
});

describe('a transcript label’s title in capitals', () => {
  it('is no role: the role the article or the gazetteer gives the speaker is', () => {
    const claims = claimsOf(
      'Defense Secretary Mark Esper spoke to reporters at the Pentagon on Thursday.\n\nSECRETARY ESPER: The game has changed. We are prepared to do what is necessary.\n\nGENERAL PATRICK HOLLIS: That attack was 31 rockets.',
      '2020-01-02',
    );
    expect(claimWith(claims, 'The game has changed').speaker).toMatchObject({ name: 'Mark Esper', role: 'Defense Secretary' });
    expect(claimWith(claims, '31 rockets').speaker?.role ?? '').not.toMatch(/^\p{Lu}+$/u);
  });
});
