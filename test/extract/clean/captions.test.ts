import { clean, expectConsistent, paragraphTexts } from './helpers';
import { matchCaption, parseCredit } from '../../../src/extract/clean/rules/photoCredit';

const BODY = 'Protesters stormed the embassy compound on Tuesday, officials said.';

describe('photo captions with a credit', () => {
  it.each<[string, string, { agency: string | null; photographer: string | null; raw: string }]>([
    ['Protesters burn representations of a US flag (Ali Abdul Hassan/AP)', 'Protesters burn representations of a US flag', { agency: 'Associated Press', photographer: 'Ali Abdul Hassan', raw: '(Ali Abdul Hassan/AP)' }],
    ['Protesters burn property in front of the U.S. embassy compound, in Baghdad, Iraq, Tuesday, Dec. 31, 2019. (AP Photo/Khalid Mohammed)', 'Protesters burn property in front of the U.S. embassy compound, in Baghdad, Iraq, Tuesday, Dec. 31, 2019.', { agency: 'Associated Press', photographer: 'Khalid Mohammed', raw: '(AP Photo/Khalid Mohammed)' }],
    ['US Secretary of State Mike Pompeo. (File photo: AP)', 'US Secretary of State Mike Pompeo.', { agency: 'Associated Press', photographer: null, raw: '(File photo: AP)' }],
    ['Iraqi army vehicles are seen parked near Kirkuk.Marwan Ibrahim/AFP via Getty Images, FILE', 'Iraqi army vehicles are seen parked near Kirkuk.', { agency: 'Agence France-Presse', photographer: 'Marwan Ibrahim', raw: 'Marwan Ibrahim/AFP via Getty Images, FILE' }],
    ['Trump waves as he boards Air Force One on Wednesday. Photo: Reuters', 'Trump waves as he boards Air Force One on Wednesday.', { agency: 'Reuters', photographer: null, raw: 'Photo: Reuters' }],
    ['A member of Iraqi security forces stands guard in Baghdad, Iraq, January 1, 2020. /Reuters Photo', 'A member of Iraqi security forces stands guard in Baghdad, Iraq, January 1, 2020.', { agency: 'Reuters', photographer: null, raw: '/Reuters Photo' }],
    ['Protesters set ablaze a sentry box in front of the US embassy building. – AFP', 'Protesters set ablaze a sentry box in front of the US embassy building.', { agency: 'Agence France-Presse', photographer: null, raw: '– AFP' }],
    ['Image copyright Reuters Image caption Kataib Hezbollah\'s headquarters were hit in the US strikes', 'Kataib Hezbollah\'s headquarters were hit in the US strikes', { agency: 'Reuters', photographer: null, raw: 'Image copyright Reuters' }],
    ['The town is across the water, obstructed by smoke. Picture: Twitter / Iesha Rose @Iesha_Rose3', 'The town is across the water, obstructed by smoke.', { agency: null, photographer: 'Iesha Rose', raw: 'Picture: Twitter / Iesha Rose @Iesha_Rose3' }],
    ['Gen. Qassem Soleimani (Getty Images)', 'Gen. Qassem Soleimani', { agency: 'Getty Images', photographer: null, raw: '(Getty Images)' }],
    ['Mourners carry coffins during the funeral in Baghdad. REUTERS/Thaier al-Sudani', 'Mourners carry coffins during the funeral in Baghdad.', { agency: 'Reuters', photographer: 'Thaier al-Sudani', raw: 'REUTERS/Thaier al-Sudani' }],
    ['FILE PHOTO: Iraqi security forces stand guard in Baghdad, Iraq January 1, 2020. REUTERS/Thaier al-Sudani/File Photo', 'Iraqi security forces stand guard in Baghdad, Iraq January 1, 2020.', { agency: 'Reuters', photographer: 'Thaier al-Sudani', raw: 'REUTERS/Thaier al-Sudani/File Photo' }],
    ['Protesters gathered outside the embassy in Baghdad [Khalid al-Mousily/Reuters]', 'Protesters gathered outside the embassy in Baghdad', { agency: 'Reuters', photographer: 'Khalid al-Mousily', raw: '[Khalid al-Mousily/Reuters]' }],
    ['Protesters burn property inside the compound. Photograph: Ahmad al-Rubaye/AFP via Getty Images', 'Protesters burn property inside the compound.', { agency: 'Agence France-Presse', photographer: 'Ahmad al-Rubaye', raw: 'Photograph: Ahmad al-Rubaye/AFP via Getty Images' }],
    ['Mourners in Tehran on Monday.Credit...Ebrahim Noroozi/Associated Press', 'Mourners in Tehran on Monday.', { agency: 'Associated Press', photographer: 'Ebrahim Noroozi', raw: 'Credit...Ebrahim Noroozi/Associated Press' }],
    ['In this Tuesday, Dec. 31, 2019 photo, protesters set fire to a reception room. (AP Photo/Khalid Mohammed, File)', 'In this Tuesday, Dec. 31, 2019 photo, protesters set fire to a reception room.', { agency: 'Associated Press', photographer: 'Khalid Mohammed', raw: '(AP Photo/Khalid Mohammed, File)' }],
    ['Smoke rises over the city. Photo by AHMAD AL-RUBAYE/AFP via Getty Images', 'Smoke rises over the city.', { agency: 'Agence France-Presse', photographer: 'AHMAD AL-RUBAYE', raw: 'Photo by AHMAD AL-RUBAYE/AFP via Getty Images' }],
    // A labelled caption in brackets with its credit in brackets inside; a name then the agency; ", via" a distributor.
    ['[Photo caption: Firefighters at the depot after the blast on Friday. (Port Authority Press Office via AP)]', 'Firefighters at the depot after the blast on Friday.', { agency: 'Associated Press', photographer: 'Port Authority Press Office', raw: '(Port Authority Press Office via AP)' }],
    ['A flooded street in Ponce on Tuesday. Credit: Jane Roe AP', 'A flooded street in Ponce on Tuesday.', { agency: 'Associated Press', photographer: 'Jane Roe', raw: 'Credit: Jane Roe AP' }],
    ['Mourners in Tehran on Monday. Credit...Jane Roe/EPA, via Shutterstock', 'Mourners in Tehran on Monday.', { agency: 'European Pressphoto Agency', photographer: 'Jane Roe', raw: 'Credit...Jane Roe/EPA, via Shutterstock' }],
    ['(Photo: Protesters burn property in front of the U.S. embassy in Baghdad on Dec. 31, 2019. AP Photo/Khalid Mohammed)', 'Protesters burn property in front of the U.S. embassy in Baghdad on Dec. 31, 2019.', { agency: 'Associated Press', photographer: 'Khalid Mohammed', raw: 'AP Photo/Khalid Mohammed' }],
  ])('%s', (line, caption, credit) => {
    const c = clean(`${BODY}\n\n${line}\n\nThe crowd later withdrew.`);
    expectConsistent(c);
    expect(paragraphTexts(c)).toEqual([BODY, caption, 'The crowd later withdrew.']);
    expect(c.paragraphs[1]).toMatchObject({ kind: 'caption', credit });
    expect(c.paragraphs[0]).toMatchObject({ kind: 'body', credit: null });
    // A photo credit is not a credit of the article's text.
    expect(c.credits).toEqual([]);
  });

  it('image alt text next to its credited caption is kept once, as the caption', () => {
    const alt = 'Iraqi army vehicles are seen parked near a former Kurdish military position on Oct. 13, 2017, near Kirkuk.';
    const c = clean(`${BODY}\n\n${alt}\n\n${alt}Marwan Ibrahim/AFP via Getty Images, FILE\n\nThe crowd dispersed.`);
    expect(paragraphTexts(c)).toEqual([BODY, alt, 'The crowd dispersed.']);
    expect(c.paragraphs[1]!.kind).toBe('caption');
    expect(c.rejected).toContainEqual({ text: alt, reason: 'image alt duplicate' });
    const after = clean(`${BODY}\n\nGen. Qassem Soleimani (Getty Images)\n\nGen. Qassem Soleimani\n\nThe crowd dispersed.`);
    expect(paragraphTexts(after)).toEqual([BODY, 'Gen. Qassem Soleimani', 'The crowd dispersed.']);
    expect(after.paragraphs[1]!.kind).toBe('caption');
  });

  it('a BBC "Image caption" label without a credit is dropped and the caption kept as text', () => {
    const c = clean(`${BODY}\n\nMedia caption Esper: We will take further action\n\nThe crowd dispersed.`);
    expect(paragraphTexts(c)).toEqual([BODY, 'Esper: We will take further action', 'The crowd dispersed.']);
    expect(c.rejected).toEqual([{ text: 'Media caption', reason: 'media label' }]);
  });

  it('a dash credit closing the story is a wire credit, not a caption', () => {
    const c = clean(`${BODY}\n\nThe crowd later withdrew, the ministry said. — AFP`);
    expect(paragraphTexts(c)).toEqual([BODY, 'The crowd later withdrew, the ministry said.']);
    expect(c.paragraphs[1]!.kind).toBe('body');
    expect(c.credits).toEqual(['Agence France-Presse']);
  });

  it('a line that is only a photo credit is dropped', () => {
    const c = clean(`${BODY}\n\n(AP Photo/Hadi Mizban)\n\nImage copyright Getty Images`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.rejected.map((r) => r.reason)).toEqual(['photo credit', 'photo credit']);
  });

  it('does not mistake sentences and acronyms for credits', () => {
    for (const s of [
      'The Americans fought alongside Iraqi forces against the Islamic State (IS)',
      'The group is part of the Popular Mobilization Forces (PMF).',
      'The strikes were conducted, the Pentagon said. Reuters could not verify the claim.',
      'The missiles were fired at 1:20 a.m. local time (5:30 p.m. ET Tuesday).',
      'He said the ratio was 50/50.',
      'Kataib Hezbollah said. The U.S. and Iraq disagreed.',
    ]) {
      expect(matchCaption(s)).toBeNull();
    }
    expect(parseCredit('said the spokesman')).toBeNull();
  });
});
