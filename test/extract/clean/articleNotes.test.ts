import { articleNotes } from '../../../src/extract/clean/articleNotes';
import { toInterchange } from '../../../src/extract/toInterchange';
import { extractText } from '../support/extractText';
import { clean, paragraphTexts } from './helpers';

describe('articleNotes: what a page printed about its story', () => {
  it.each([
    ['Correction: An earlier version of this story said 27 fighters were killed. The toll was 25.', 'correction'],
    ['CORRECTION: An earlier version of this story gave an incorrect spelling for the name of a victim. The Gazette regrets the error.', 'correction'],
    ["Editor's note: An earlier version of this article said 63 Canadians were killed, a figure first given by Ukraine's foreign minister.", 'correction'],
    ['This story has been corrected to show that the rockets hit the base on Friday.', 'correction'],
    ['Clarification: The statement was issued by the ministry, not by the president himself.', 'clarification'],
    ['Editor’s note: This story has been updated to include the revised death toll released Monday.', 'update'],
    ["Editor's note: Our correspondent was among the reporters at the gate.", 'editor_note'],
    ['(Adds Iraqi government reaction, paragraphs 6-8)', 'update'],
    ['(Corrects spelling of commander’s name in paragraph 3)', 'correction'],
    ['This article has been updated with remarks from the defense secretary.', 'update'],
    ["UPDATE: Adds Trump's tweet threatening to strike 52 Iranian sites.", 'update'],
    ["UPDATED: 08.01.2020, 16:47 — adds Trump's televised address", 'update'],
    ['(ATTN: UPDATES with ministry task force, stock market in paras 7, 11-12)', 'update'],
    // ho20: the note's time after a comma, and an update notice that says when.
    ["Editor's note, 9 January 17:05: An earlier version of this article said 15 missiles were fired according to the Pentagon.", 'correction'],
    ['Update: This article was updated at 14:20 GMT on 3 January to include comments from the foreign secretary, Dominic Raab.', 'update'],
  ])('%s → %s', (line, kind) => {
    const c = clean(`Rockets hit the base on Friday, officials said.\n\n${line}`);
    expect(c.notes).toEqual([{ kind, text: line }]);
    // Never a claim of the story.
    expect(paragraphTexts(c)).toEqual(['Rockets hit the base on Friday, officials said.']);
  });

  it('leaves other furniture alone: a bare promise of updates says nothing of what changed', () => {
    expect(clean('Rockets hit the base on Friday, officials said.\n\nThis is a developing story.\n\nThis story will be updated.').notes).toEqual([]);
    expect(clean('Rockets hit the base on Friday, officials said.\n\nAdvertisement\n\n© 2020 The Gazette').notes).toEqual([]);
  });

  it('keeps each note once, in page order', () => {
    const notes = articleNotes([
      { text: 'Correction: The base is in Kirkuk province.', reason: 'correction notice' },
      { text: 'Advertisement', reason: 'advertisement' },
      { text: '(Updates toll)', reason: 'update note' },
      { text: 'Correction: The base is in Kirkuk province.', reason: 'correction notice' },
    ]);
    expect(notes).toEqual([
      { kind: 'correction', text: 'Correction: The base is in Kirkuk province.' },
      { kind: 'update', text: '(Updates toll)' },
    ]);
  });

  it('reach the article and the interchange JSON, which names them only when there are some', () => {
    const body = 'Twelve people were injured in the blast on Sunday, the Red Cross said.\n\nCorrection: An earlier version of this story said 14 people were injured.';
    const x = extractText(body, '2020-03-03', 'blast.txt');
    expect(x.article.notes).toEqual([{ kind: 'correction', text: 'Correction: An earlier version of this story said 14 people were injured.' }]);
    expect(x.claims.some((c) => c.text.includes('14'))).toBe(false);
    const json = JSON.parse(JSON.stringify(toInterchange(x))) as { article: Record<string, unknown> };
    expect(Object.keys(json.article)).toEqual(['id', 'file', 'url', 'outlet', 'published', 'title', 'byline', 'credits', 'notes']);
    expect(json.article.notes).toEqual([{ kind: 'correction', text: 'Correction: An earlier version of this story said 14 people were injured.' }]);
    // The same story without its note is the same article: a note is metadata, not text.
    expect(extractText(body.split('\n\n')[0]!, '2020-03-03', 'blast.txt').article.id).toBe(x.article.id);
  });
});

describe('a dated update label (held-out probe ho18)', () => {
  it('is the page’s update note, once however many entries a live page labels', () => {
    const one = clean('Iran fired missiles at two bases on Wednesday.\n\nUPDATE (January 17, 2020): The Pentagon said on Thursday that 11 service members had been treated for concussion.', { published: '2020-01-10' });
    expect(one.notes).toEqual([{ kind: 'update', text: 'UPDATE (January 17, 2020):' }]);
    const live = clean('UPDATE (Wednesday, 4:10 p.m. JST):\n\nMissiles hit the base.\n\nUPDATE (Wednesday, 6:30 p.m. JST):\n\nNo one was hurt, officials said.', { published: '2020-01-08' });
    expect(live.notes.map((n) => n.kind)).toEqual(['update']);
  });
});
