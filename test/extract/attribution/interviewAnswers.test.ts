import { extractArticle } from '../../../src/extract/extractArticle';
import { parseInput } from '../../../src/extract/parseInput';
import { markdownToText } from '../../../src/extract/parse/markdownToText';
import { interviewAnswers } from '../../../src/extract/attribution/interviewAnswers';
import { claimWith } from '../support/extractText';

const MD = [
  '---',
  'url: https://example.org/iran-interview',
  'outlet: Mother Jones',
  'published: 2020-01-07',
  'title: A Former Iran Analyst on What Comes After Soleimani',
  '---',
  '',
  'By Dan Kessler',
  '',
  'In the five days since a US drone strike killed Qassem Soleimani, events have moved at bewildering speed.',
  '',
  'To make sense of it, I spoke with Nadia Karimi, who spent 11 years as an Iran analyst at the State Department. This conversation has been condensed.',
  '',
  '**Is Iran going to retaliate, and how?**',
  '',
  'Yes. Khamenei personally went to the Soleimani family’s house. My expectation is that they will want something that is clearly Iranian.',
  '',
  'They know perfectly well that they cannot win a conventional war with the United States.',
  '',
  '**The administration says Soleimani was plotting attacks. Does that hold up?**',
  '',
  'I have no way of knowing what intelligence they have. Secretary Esper said the letter was a draft that should never have been sent.',
].join('\n');

describe('an interview of questions in bold (ho20)', () => {
  it('Markdown lines wholly in bold that ask are the questions', () => {
    expect(markdownToText('**Is Iran going to retaliate?**\n\n**Not a question.**\n\nSome **bold** words?').questions).toEqual(['Is Iran going to retaliate?']);
  });

  it('the answers after each question are the person the introduction names; a speaker inside an answer keeps their words', () => {
    const [parsed] = parseInput({ file: 'mj.md', content: MD });
    const x = extractArticle(parsed!);
    for (const part of ['Khamenei personally went', 'My expectation is', 'cannot win a conventional war', 'no way of knowing']) {
      const c = claimWith(x.claims, part);
      expect([c.speaker?.name, c.kind]).toEqual(['Nadia Karimi', 'quote']);
    }
    expect(claimWith(x.claims, 'the letter was a draft').speaker?.name).toBe('Mark Esper');
    // The introduction stays the outlet's.
    expect(claimWith(x.claims, 'events have moved').speaker).toBeNull();
  });

  it('an HTML page’s paragraphs wholly in bold are questions too; one question is no interview', () => {
    const html = `<html><head><title>Interview</title><meta property="og:site_name" content="Example Post"></head><body><article>
<p>In the five days since a US drone strike killed Qassem Soleimani, events have moved at bewildering speed, and Iraq's parliament has voted to expel American troops.</p>
<p>To make sense of it, we talked to Nadia Karimi, a former Iran analyst at the State Department, about what comes next for the region.</p>
<p><strong>Is Iran going to retaliate, and how?</strong></p><p>Yes. They will want something that is clearly Iranian, and they will choose the time and the place.</p>
<p><strong>Is there an off-ramp?</strong></p><p>There is always an off-ramp, but both sides believe the other one will blink first.</p></article></body></html>`;
    const [parsed] = parseInput({ file: 'i.html', content: html });
    expect(parsed!.questions).toEqual(['Is Iran going to retaliate, and how?', 'Is there an off-ramp?']);
    const x = extractArticle(parsed!);
    expect(claimWith(x.claims, 'clearly Iranian').speaker?.name).toBe('Nadia Karimi');
    expect(interviewAnswers(['Intro.', 'Q?', 'Answer.'], ['Q?']).first).toBe(-1);
  });
});

describe('an interview whose questions are labelled "Q:" and whose answers are not (ho21)', () => {
  it('the paragraphs after a "Q:" are the answers, not more of the question', () => {
    const md = [
      '---',
      'outlet: Mother Jones',
      'published: 2020-01-04',
      'title: An Iraq Researcher on What Comes After Soleimani',
      '---',
      '',
      'To understand what the killings mean inside Iraq, I spoke with Hana Jaber, a Beirut-based researcher.',
      '',
      '**Q: How big is Kataib Hezbollah?**',
      '',
      'The figure you usually hear is somewhere between 7,000 and 10,000 fighters.',
      '',
      'The core of disciplined fighters is much smaller, perhaps a few hundred.',
      '',
      '**Q: What happens now inside the Iraqi parliament?**',
      '',
      'Parliament is expected to hold an emergency session on Sunday.',
      '',
      '**Q: What does Iran do next?**',
      '',
      'Khamenei has promised revenge, and I think they will respond.',
    ].join('\n');
    const [parsed] = parseInput({ file: 'mj.md', content: md });
    const x = extractArticle(parsed!);
    for (const part of ['between 7,000 and 10,000', 'much smaller', 'emergency session', 'promised revenge']) expect(claimWith(x.claims, part).speaker?.name).toBe('Hana Jaber');
    expect(x.claims.some((c) => c.text.includes('How big is'))).toBe(false);
  });
});
