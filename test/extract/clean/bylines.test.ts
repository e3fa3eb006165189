import { clean, expectConsistent, paragraphTexts } from './helpers';
import { matchBylineLine } from '../../../src/extract/clean/rules/bylineRules';
import { matchDateline } from '../../../src/extract/clean/rules/dateline';

const BODY = 'Dozens of militia supporters broke into the embassy compound on Tuesday.';

describe('byline and credit lines are metadata, not text', () => {
  it.each<[string, string[]]>([
    ['PA Media', ['PA Media']],
    ['(CNN)', ['CNN']],
    ['(AL JAZEERA)', ['Al Jazeera']],
    ['ILKHA', ['ILKHA']],
    ['Associated Press', ['Associated Press']],
    ['AP, BAGHDAD', ['Associated Press']],
    ['AFP, WASHINGTON', ['Agence France-Presse']],
    ['REUTERS | 28.12.2019 - 09:25..', ['Reuters']],
    ['Courtesy: (Reuters)', ['Reuters']],
    ['Source: theguardian', ['The Guardian']],
    ['(Reporting by Ahmed Rasheed; Editing by Christian Schmollinger)', ['Reuters']],
    ['Reporting by Ahmed Rasheed and Ahmed Aboulenein; Editing by Christian Schmollinger', ['Reuters']],
    ['Reporting by Jon Gambrell for The Associated Press', ['Associated Press']],
    ['Additional reporting by Lawrence Hurley', []],
    ['--With assistance from Golnar Motevalli.', []],
    ['To contact the reporter on this story: Jane Doe in Dubai at jdoe@example.com', ['Bloomberg']],
    ['By Ahmed Rasheed, Reuters', ['Reuters']],
    ['By The Associated Press', ['Associated Press']],
    ['By JOHN SMITH and JANE DOE | AFP', ['Agence France-Presse']],
    ['By CHAD GARLAND | STARS AND STRIPES', ['Stars and Stripes']],
    ['The Associated Press contributed to this report.', ['Associated Press']],
    ['(With inputs from PTI)', ['Press Trust of India']],
    ['— AFP', ['Agence France-Presse']],
    ['Xinhua News Agency', ['Xinhua']],
    ['Associated Press writers Jon Gambrell in Dubai and Lolita C. Baldor in Washington contributed to this report.', ['Associated Press']],
    ["CNN's Hamdi Alkhshali and Jennifer Hansler contributed to this report.", ['CNN']],
    // Staff named by the agency and where they were, commas and all.
    ['Associated Press staff in Dubai, United Arab Emirates, and Tehran, Iran, contributed to this report.', ['Associated Press']],
    ['SOURCE: AL JAZEERA AND NEWS AGENCIES', ['Al Jazeera']],
    ['(AA)', ['Anadolu Agency']],
    ['Editor: Zhang Wei', []],
    // AP's closing note: where the reporters were, then the contributors, on one line.
    ['Baldor reported from Washington.', []],
    ['Baldor reported from Washington. Associated Press writers Samya Kullab in Baghdad and Matthew Lee in West Palm Beach, Florida, contributed to this report.', ['Associated Press']],
    // The Times's closing note: each reporter's place (a family name's particle in lower case), then the contributors.
    ['Dana Hart reported from Washington, Samira al-Jubouri from Baghdad and Tom Kerr from New York. Reporting was contributed by Farah Rahimi from Beirut, Lebanon.', []],
    ['Interview conducted by Mina Aldroubi in Baghdad.', []],
    // A reprint's desks: the agency and the paper's own staff.
    ['Associated Press and Sentinel-Herald staff', ['Associated Press']],
    ['Times staff and wire reports', []],
    // A desk and the page's time stamp after the dash.
    ['By NewsHour Politics Desk — Jan 8, 2020 12:41 PM EST', []],
    // The paper's own desk, then the agencies it drew on.
    ['STAFF REPORT, BLOOMBERG, KYODO', ['Bloomberg', 'Kyodo']],
    ['Staff, AFP', ['Agence France-Presse']],
    // Voice of America's closing note; Deutsche Welle's authors and the agencies they drew on; Gulf Times's place and agencies.
    ['Some information for this report came from The Associated Press and Reuters.', ['Associated Press', 'Reuters']],
    ['Author Jan Brenner, Lisa Okafor (with AFP, Reuters, dpa, AP)', ['Agence France-Presse', 'Reuters', 'DPA', 'Associated Press']],
    ['Baghdad / Reuters / AFP', ['Reuters', 'Agence France-Presse']],
  ])('%s', (line, credits) => {
    for (const body of [`${line}\n\n${BODY}`, `${BODY}\n\n${line}`]) {
      const c = clean(body);
      expectConsistent(c);
      expect(paragraphTexts(c)).toEqual([BODY]);
      expect(c.byline).toBe(line);
      expect(c.credits).toEqual(credits);
      expect(c.rejected).toContainEqual({ text: line, reason: 'byline' });
    }
  });

  it('a section label that shares an outlet\'s words is not its credit ("Defense news" on a Tasnim page)', () => {
    expect(matchBylineLine('Defense news')).toBeNull();
    expect(matchBylineLine('Defense News')?.names).toEqual(['Defense News']);
    expect(matchBylineLine('REUTERS')?.names).toEqual(['REUTERS']);
    // "… Staff Writer" after a name is the author's title, not a desk: the author is the name.
    expect(matchBylineLine('By Jacob Lowry Staff Writer')?.author).toBe('Jacob Lowry');
    const c = clean(`TEHRAN (Tasnim) – ${BODY}`.replace('TEHRAN', 'Defense news\n\nTEHRAN'));
    expect(c.credits).toEqual(['Tasnim']);
  });

  it('the trailing "PA Media" line gives the outlet when metadata has none', () => {
    const c = clean(`${BODY}\n\nPA Media`);
    expect(c.outlet).toBe('PA Media');
    expect(c.byline).toBe('PA Media');
    expect(c.credits).toEqual(['PA Media']);
  });

  it('metadata outlet wins over a byline; an outlet naming itself is not a credit', () => {
    const c = clean(`${BODY}\n\nCGTN`, { outlet: 'CGTN' });
    expect(c.outlet).toBe('CGTN');
    expect(c.byline).toBe('CGTN');
    expect(c.credits).toEqual([]);
    const d = clean(`${BODY}\n\n(AP)`, { outlet: 'The Oklahoman' });
    expect(d.outlet).toBe('The Oklahoman');
    expect(d.credits).toEqual(['Associated Press']);
  });

  it('a bare personal name closing the article is the author byline', () => {
    const c = clean(`${BODY}\n\nMore text follows here.\n\nRicardo Kara`);
    expect(c.byline).toBe('Ricardo Kara');
    expect(paragraphTexts(c)).toEqual([BODY, 'More text follows here.']);
    expect(c.credits).toEqual([]);
  });

  it('a copyright line is dropped and credits the agency it names', () => {
    const line = 'Copyright 2020 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
    const c = clean(`${BODY}\n\n${line}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.credits).toEqual(['Associated Press']);
    expect(c.rejected).toEqual([{ text: line, reason: 'copyright' }]);
  });

  it('a slash photo credit alone on a line is dropped', () => {
    const c = clean(`${BODY}\n\nGetty/Instagram.\n\nThe crowd dispersed.`);
    expect(c.rejected).toEqual([{ text: 'Getty/Instagram.', reason: 'photo credit' }]);
  });

  it('a picture agency alone on a line is a photo credit, not a byline', () => {
    const c = clean(`${BODY}\n\nGetty Images\n\nThe crowd dispersed.`);
    expect(c.byline).toBeNull();
    expect(c.rejected).toEqual([{ text: 'Getty Images', reason: 'photo credit' }]);
  });

  it('does not take sentences for bylines', () => {
    for (const line of ['Several factors contributed to the report.', 'Analysts said the protests contributed to this report.', 'By Tuesday, the protesters had left the area.', 'Reuters reported on Friday that rockets hit the base.', 'AP reporters saw the fire.', 'The Associated Press reported that a gate was smashed.', 'Reuters reported from Baghdad that militia fighters were killed.', 'The interview was conducted by phone on Monday, the ministry said.', 'Staff and agencies were evacuated from the base.', 'Staff said AFP reporters were turned away.']) {
      expect(matchBylineLine(line)).toBeNull();
      expect(paragraphTexts(clean(`${BODY}\n\n${line}\n\nEnd of the story.`))).toEqual([BODY, line, 'End of the story.']);
    }
  });
});

describe('datelines are stripped from the paragraph and kept as byline', () => {
  it.each<[string, string, string[]]>([
    ['BAGHDAD (AP) — ', 'BAGHDAD (AP) —', ['Associated Press']],
    ['Washington (AFP) – ', 'Washington (AFP) –', ['Agence France-Presse']],
    ['(CNN) ', '(CNN)', ['CNN']],
    ['(CNN)', '(CNN)', ['CNN']],
    ['(AP) ', '(AP)', ['Associated Press']],
    ['BAGHDAD (Reuters) - ', 'BAGHDAD (Reuters) -', ['Reuters']],
    ['FORT BRAGG, N.C. (WNCN/AP) — ', 'FORT BRAGG, N.C. (WNCN/AP) —', ['WNCN', 'Associated Press']],
    ['ERBIL (Kurdistan 24) – ', 'ERBIL (Kurdistan 24) –', ['Kurdistan 24']],
    ['DUBAI/BAGHDAD (Reuters) - ', 'DUBAI/BAGHDAD (Reuters) -', ['Reuters']],
    ['BAGHDAD, Jan. 1, 2020 (AP) — ', 'BAGHDAD, Jan. 1, 2020 (AP) —', ['Associated Press']],
    ['BAGHDAD, Jan 3 (Reuters) - ', 'BAGHDAD, Jan 3 (Reuters) -', ['Reuters']],
    ['Baghdad (CNN)', 'Baghdad (CNN)', ['CNN']],
    ['ANKARA (AA) - ', 'ANKARA (AA) -', ['Anadolu Agency']],
    ['TEHRAN (FNA)- ', 'TEHRAN (FNA)-', ['Fars']],
    ['Tehran, IRNA - ', 'Tehran, IRNA -', ['IRNA']],
    // An outlet no list knows: a capitalised place, a capitalised name and a dash.
    ['BAGHDAD (Example Wire) - ', 'BAGHDAD (Example Wire) -', ['Example Wire']],
    // A known outlet alone before a dash.
    ['Press TV - ', 'Press TV -', ['Press TV']],
    // The day and the agency, no place (held-out probe, round 33).
    ['July 29 (Reuters) - ', 'July 29 (Reuters) -', ['Reuters']],
    ['Jan. 3, 2020 (AP) — ', 'Jan. 3, 2020 (AP) —', ['Associated Press']],
  ])('%p', (prefix, byline, credits) => {
    const c = clean(`${prefix}${BODY}\n\nSecond paragraph.`);
    expectConsistent(c);
    expect(paragraphTexts(c)).toEqual([BODY, 'Second paragraph.']);
    expect(c.byline).toBe(byline);
    expect(c.credits).toEqual(credits);
    expect(c.rejected).toContainEqual({ text: byline, reason: 'dateline byline' });
  });

  it.each(['BAGHDAD, Iraq — ', 'BAGHDAD - ', 'BAGHDAD: ', 'WEST PALM BEACH, Fla. – ', 'SYDNEY (Jan 6) - ', 'LONDON (Jan. 6, 2020) — '])('place-only dateline %p is stripped but credits nobody', (prefix) => {
    const c = clean(`${prefix}${BODY}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.byline).toBeNull();
    expect(c.credits).toEqual([]);
    expect(c.rejected).toContainEqual({ text: prefix.trim(), reason: 'dateline' });
  });

  it('an update label with its day credits nobody and keeps its paragraph', () => {
    const c = clean(`Lead paragraph of the story.\n\nUPDATE (Thursday, 2 March): ${BODY}`);
    expect(paragraphTexts(c)).toEqual(['Lead paragraph of the story.', BODY]);
    expect(c.credits).toEqual([]);
    expect(c.rejected).toContainEqual({ text: 'UPDATE (Thursday, 2 March):', reason: 'update label' });
  });

  it('a label opening a paragraph is dropped like a dateline', () => {
    const c = clean(`FILE PHOTO: ${BODY}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.rejected).toEqual([{ text: 'FILE PHOTO:', reason: 'label' }]);
  });

  it('leaves ordinary openings alone', () => {
    for (const s of ['(IS) fighters attacked the base.', 'US forces — backed by drones — struck five sites.', 'THE United States will send 750 soldiers.', 'Iran (which denies it) was blamed.', 'Kataib Hezbollah (KH) said it would respond.', 'May 5 (Friday) - the vote.', 'March 3 (a Tuesday) was cold.']) {
      expect(matchDateline(s)).toBeNull();
    }
  });

  it('"BAGHDAD, Dec 28, (AP):" with a comma before the source, and no transcript label "AHMED (CALLER):" (ho20)', () => {
    expect(matchDateline('BAGHDAD, Dec 28, (AP): A barrage of rockets hit a base.')).toMatchObject({ names: ['AP'], credited: true, prefix: 'BAGHDAD, Dec 28, (AP): ' });
    expect(matchDateline('AHMED (CALLER): Yeah, hi Martin, I served in Basra.')).toBeNull();
    // A place the gazetteer knows still makes one before a colon, and so do a state's code and a day.
    expect(matchDateline('BAGHDAD (INA): The ministry said …')).toMatchObject({ names: ['INA'], credited: true });
    expect(matchDateline('CHAMBA (HP): At least 12 people were killed.')).toMatchObject({ names: [], credited: false });
  });
});

describe('Deutsche Welle\'s closing line', () => {
  it.each<[string, string[]]>([
    ['aw/rt (AP, Reuters, AFP)', ['Associated Press', 'Reuters', 'Agence France-Presse']],
    ['dr/msh (AFP, Reuters, dpa)', ['Agence France-Presse', 'Reuters', 'DPA']],
  ])('"%s" credits the agencies and is no claim', (line, credits) => {
    const m = matchBylineLine(line);
    expect(m).not.toBeNull();
    const c = clean(`${BODY}\n\n${line}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.credits).toEqual(credits);
  });

  it('a slash and a bracket in text are no signature', () => {
    expect(matchBylineLine('and/or (he said)')).toBeNull();
  });
});

describe('credit lines that are no byline or no author', () => {
  const BODY = 'Iraq\'s parliament voted on Sunday to expel US troops, officials said.';
  it('a copyright footer credits the copy but is not the byline', () => {
    const c = clean(`${BODY}\n\nCopyright 2019 The Associated Press. All rights reserved.`);
    expect(c.credits).toEqual(['Associated Press']);
    expect(c.byline).toBeNull();
  });

  it('a contributor note lists the agency but leaves the claims of an outlet’s own story uncredited', () => {
    const own = clean(`${BODY}\n\nThe Associated Press contributed to this report.`, { outlet: 'Fox News' });
    expect(own.credits).toEqual(['Associated Press']);
    expect(own.claimCredits).toEqual([]);
    // Without an outlet of its own the note is all the text says of its origin.
    expect(clean(`${BODY}\n\nThe Associated Press contributed to this report.`).claimCredits).toEqual(['Associated Press']);
    // A dateline credit stands, whatever the notes say.
    expect(clean(`BAGHDAD (AP) — ${BODY}\n\nThe Associated Press contributed to this report.`, { outlet: 'Fox News' }).claimCredits).toEqual(['Associated Press']);
  });
});

describe('"(With agency inputs)" closing an Indian paper’s story', () => {
  const BODY = 'Iran fired more than a dozen ballistic missiles at two bases housing US troops, the Pentagon said.';
  it('is a credit line naming no agency, not a claim; a sentence that opens with the words stays text', () => {
    for (const line of ['(With agency inputs)', 'With agency inputs', '— With agency inputs', '(with wire inputs)']) {
      const c = clean(`${BODY}\n\n${line}`, { outlet: 'Hindustan Times' });
      expect(paragraphTexts(c)).toEqual([BODY]);
      expect(c.credits).toEqual([]);
    }
    expect(matchBylineLine('With agency inputs, the army said.')).toBeNull();
  });
});

describe('a byline that names the agencies the copy drew on ("By Euronews with AP, AFP")', () => {
  const BODY = 'Iraq said 16 people were killed in the strikes, which Washington said targeted the Revolutionary Guards.';
  it('is a byline crediting those agencies, after a writer, an outlet or a desk', () => {
    expect(clean(`By Euronews with AP, AFP\n\n${BODY}`, { outlet: 'Euronews' }).credits).toEqual(['Associated Press', 'Agence France-Presse']);
    const writer = clean(`By Jane Doe with Reuters\n\n${BODY}`);
    expect(writer.credits).toEqual(['Reuters']);
    expect(paragraphTexts(writer)).toEqual([BODY]);
    expect(clean(`By Web Desk with Reuters, AFP\n\n${BODY}`).credits).toEqual(['Reuters', 'Agence France-Presse']);
  });

  it('is no byline when what follows "with" is not agencies', () => {
    expect(matchBylineLine('By Jane Doe with the help of locals')).toBeNull();
  });
});

describe('TASS’s dateline and an author’s note with initials (held-out probe ho18)', () => {
  it('"MOSCOW, January 3. /TASS/." is a dateline crediting TASS', () => {
    const c = clean('MOSCOW, January 3. /TASS/. Moscow regards the killing as an adventurist step, the ministry said.', { outlet: 'TASS' });
    expect(c.credits).toEqual(['TASS']);
    expect(paragraphTexts(c)).toEqual(['Moscow regards the killing as an adventurist step, the ministry said.']);
  });

  it('"… covers U.S. military operations … for Military Times." is an author’s note', () => {
    const c = clean('Rockets hit the base on Friday, officials said.\n\nCaitlin Moore covers U.S. military operations in the Middle East for Military Times.');
    expect(paragraphTexts(c)).toEqual(['Rockets hit the base on Friday, officials said.']);
  });
});

describe('closing notes and stamps of a tenth probe (ho18)', () => {
  const BODY = 'Iran fired missiles at two bases housing US troops on Wednesday, officials said.';
  it.each([
    'Courtney Hale reported from Washington, Reza Farani from Tehran, and Daniel White from West Palm Beach, Florida.',
    'Hannah Reyes, Marcus Bell and Leila Gharib contributed.',
    'Filed on December 30, 2019 | Last updated on December 30, 2019 at 08.12 am',
  ])('"%s" is no claim', (line) => {
    expect(paragraphTexts(clean(`${BODY}\n\n${line}`))).toEqual([BODY]);
  });

  it('a bare "contributed." closes a note only after people’s or agencies’ names', () => {
    for (const line of ['Iran contributed.', 'Rising oil prices contributed.']) expect(matchBylineLine(line)).toBeNull();
  });

  it('the byline’s author introduced at the end is an author’s note, whatever the job', () => {
    const c = clean(`By Rachel Oyelaran\n\n${BODY}\n\nRachel Oyelaran is a former attorney-adviser at the U.S. Department of State. She teaches international law in Washington, D.C.`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    // Someone else introduced so is text.
    expect(paragraphTexts(clean(`By Rachel Oyelaran\n\n${BODY}\n\nJohn Bolton is a former national security adviser.`))).toHaveLength(2);
  });
});

describe('the sources of the copy, then its date (ho19)', () => {
  it('"Ahram Online , AFP , Reuters , Monday 30 Dec 2019" credits the agencies, not the outlet', () => {
    expect(matchBylineLine('Ahram Online , AFP , Reuters , Monday 30 Dec 2019')?.names).toEqual(['AFP', 'Reuters']);
    expect(matchBylineLine('Baghdad, AFP, Reuters, Friday, 3 January 2020')?.names).toEqual(['AFP', 'Reuters']);
    const c = clean(`Ahram Online , AFP , Reuters , Monday 30 Dec 2019\n\n${BODY}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.credits).toEqual(['Agence France-Presse', 'Reuters']);
  });

  it('names without an agency, or a sentence before the date, are no credit line', () => {
    expect(matchBylineLine('Iraq, Iran, Monday 30 Dec 2019')).toBeNull();
    expect(matchBylineLine('Protesters gathered outside the embassy, AFP, Monday 30 Dec 2019')).toBeNull();
  });
});

describe('page furniture of the ho19 probe', () => {
  it.each([
    'Related: Duterte orders evacuation of OFWs in Iraq | DFA raises alert level 4 in Iraq | Taal Volcano: Phivolcs keeps Alert Level 1',
    '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
    'Source: Global Times Published: 2020/1/4 18:23:41',
    'Below is a partial transcript, lightly edited for length and clarity.',
  ])('"%s" is no claim', (line) => {
    expect(paragraphTexts(clean(`${BODY}\n\n${line}`))).toEqual([BODY]);
  });

  it('"TEHRAN, Jan 8 (Bernama-IRNA) --": two known agencies joined by a hyphen are two credits; a hyphenated name stays whole (ho21)', () => {
    expect(matchDateline('TEHRAN, Jan 8 (Bernama-IRNA) -- Iran fired missiles.')).toMatchObject({ names: ['Bernama', 'IRNA'], credited: true });
    expect(matchDateline('BAGHDAD (Agence France-Presse) - Iran fired missiles.')).toMatchObject({ names: ['Agence France-Presse'] });
    expect(clean(`KUALA LUMPUR, Jan 8 (Bernama) -- ${BODY}`).credits).toEqual(['Bernama']);
  });

  it('a programme transcript\'s air date line is furniture and dates the page (ho21)', () => {
    const c = clean(`Channel 4 News – programme transcript. Broadcast on Wednesday 8 January 2020 at 7pm.\n\n${BODY}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.parsed.published).toBe('2020-01-08');
    // A sentence that says something was broadcast is text.
    const text = 'State television broadcast footage of the launches on Wednesday, officials said.';
    expect(paragraphTexts(clean(`${text}\n\n${BODY}`))).toEqual([text, BODY]);
  });

  it('"With reporting by AP, Reuters, AFP, and dpa" credits the four agencies, dpa in lower case too (ho20)', () => {
    expect(matchBylineLine('With reporting by AP, Reuters, AFP, and dpa')).toMatchObject({ names: ['AP', 'Reuters', 'AFP', 'dpa'], contributed: true });
    // The editor's initials closing a source list still go.
    expect(matchBylineLine('Source: Reuters/AFP/nh')).toMatchObject({ names: ['Reuters', 'AFP'] });
  });

  it('a byline with its stamp after a comma credits the agencies it drew on', () => {
    const c = clean(`By L'Orient Today staff with AFP and Reuters, 26 February 2021 at 10h18\n\n${BODY}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.credits).toEqual(['Agence France-Presse', 'Reuters']);
  });

  it('a list after "Related:" must be headlines, each of them', () => {
    const line = 'Related: the strikes killed 25 fighters, officials said. | The embassy was stormed on Tuesday.';
    expect(paragraphTexts(clean(`${BODY}\n\n${line}`))).toHaveLength(2);
  });
});
