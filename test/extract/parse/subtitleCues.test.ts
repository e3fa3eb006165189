import { extractArticle } from '../../../src/extract/extractArticle';
import { parseInput } from '../../../src/extract/parseInput';
import { isSubtitles, subtitlesToText } from '../../../src/extract/parse/subtitleCues';
import { withoutLinePositions } from '../../../src/extract/parse/timedLines';

const SRT = `1
00:00:01,000 --> 00:00:04,200
Good evening. The mill in Leeds closed on Friday

2
00:00:04,200 --> 00:00:07,900
after a fire that gutted
the main weaving hall.

3
00:00:09,500 --> 00:00:11,000
[MUSIC]

4
00:00:11,000 --> 00:00:14,500
ANN LEE: We were told on Thursday that
300 workers would lose their jobs.

5
00:00:14,600 --> 00:00:17,000
Police said nobody was hurt in the blaze.
`;

const VTT = `WEBVTT
Kind: captions

NOTE made by the station's captioning desk

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:04.200 align:start position:10%
<i>Good evening.</i> The mill in Leeds closed on Friday

00:04.200 --> 00:07.900
after a fire that gutted
the main weaving hall.

00:08.000 --> 00:11.500
<v Ann Lee>We were told on Thursday that
300 workers would lose their jobs.</v>

00:11.600 --> 00:14.000
>> Police said nobody was hurt in the blaze.
`;

describe('subtitles (SubRip, WebVTT)', () => {
  it('are told from text by their timing lines', () => {
    expect(isSubtitles(SRT)).toBe(true);
    expect(isSubtitles(VTT)).toBe(true);
    expect(isSubtitles('The fire started at 00:04 and ended by 01:30 --> the report said.\n\nMore.')).toBe(false);
  });

  it('SubRip: cue numbers, timings and sound notes dropped, a sentence joined across cues, a new paragraph at a label', () => {
    expect(subtitlesToText(SRT)).toBe(
      'Good evening. The mill in Leeds closed on Friday after a fire that gutted the main weaving hall.\n\n' +
        'ANN LEE: We were told on Thursday that 300 workers would lose their jobs. Police said nobody was hurt in the blaze.',
    );
  });

  it("WebVTT: header, NOTE and STYLE blocks, cue identifiers and styling dropped; a voice span is the speaker's label; >> opens a turn", () => {
    expect(subtitlesToText(VTT)).toBe(
      'Good evening. The mill in Leeds closed on Friday after a fire that gutted the main weaving hall.\n\n' +
        'ANN LEE: We were told on Thursday that 300 workers would lose their jobs.\n\n' +
        'Police said nobody was hurt in the blaze.',
    );
  });

  it('an .srt or .vtt file extracts as the transcript it spells: no timing line in a claim, the quote credited to its speaker', () => {
    for (const file of ['segment.srt', 'segment.vtt']) {
      const [parsed] = parseInput({ file, content: file.endsWith('srt') ? SRT : VTT });
      const claims = extractArticle(parsed!).claims;
      expect(claims.some((c) => /-->|\d\d:\d\d[,.]\d{3}/u.test(c.text))).toBe(false);
      expect(claims.find((c) => c.text.includes('The mill in Leeds closed on Friday'))?.text).toContain('the main weaving hall');
      const quote = claims.find((c) => c.text.includes('300 workers'));
      expect(quote).toMatchObject({ kind: 'quote', speaker: { name: 'Ann Lee' } });
      expect(quote!.text.startsWith('We were told on Thursday that 300 workers')).toBe(true);
    }
  });
});

describe("a transcript's recording positions", () => {
  it('"[00:00:08] ANN LEE: …" loses its position, so that the label is read', () => {
    const text = '[00:00:01] PRESENTER: Good evening.\n[00:00:08] ANN LEE: We were told on Thursday that 300 workers would lose their jobs.\n[00:00:11] PRESENTER: Police said nobody was hurt.';
    expect(withoutLinePositions(text)).toBe('PRESENTER: Good evening.\nANN LEE: We were told on Thursday that 300 workers would lose their jobs.\nPRESENTER: Police said nobody was hurt.');
    const [parsed] = parseInput({ file: 't.txt', content: text });
    expect(extractArticle(parsed!).claims.find((c) => c.text.includes('300 workers'))).toMatchObject({ kind: 'quote', speaker: { name: 'Ann Lee' } });
  });

  it("a video site's transcript (a position alone on a line over the words said) is joined into its sentences", () => {
    const text = 'Mill fire\n\n0:01\nThe mill in Leeds closed on\n0:04\nFriday after a fire that gutted\n0:07\nthe main weaving hall. Ann Lee\n0:10\nsaid 300 workers would lose their jobs.';
    expect(withoutLinePositions(text)).toBe('Mill fire\n\nThe mill in Leeds closed on Friday after a fire that gutted the main weaving hall. Ann Lee said 300 workers would lose their jobs.');
  });

  it("a live blog's clock times are left alone, bare or alone on their lines", () => {
    const bare = '10:45 GMT - Iran fired missiles at two bases.\n11:02 - The Pentagon said it was assessing damage.\n11:30 - Oil prices rose 4 percent.';
    expect(withoutLinePositions(bare)).toBe(bare);
    const alone = '10:45\nIran fired missiles at two bases.\n11:02\nThe Pentagon said it was assessing damage.\n11:30\nOil prices rose 4 percent.\n12:15\nIraq said it had been told.';
    expect(withoutLinePositions(alone)).toBe(alone);
  });
});
