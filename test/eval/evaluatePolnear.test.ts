import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluatePolnear, parseBrat } from '../../src/eval/evaluatePolnear';

/** A two-article PolNeAR-shaped folder (brat standoff), built here so that the test needs no ../shared. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-polnear-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  const articles: Array<{ name: string; text: string; spans: Array<[string, string]> }> = [
    {
      name: 'a1',
      // Right speaker (quote), and a content the rules give to nobody (the outlet's own sentence).
      text: '“The bridge will reopen in May,” said county engineer Rosa Ibarra.\n\nThe council plans to raise parking fees next year.\n',
      spans: [
        ['Rosa Ibarra', 'The bridge will reopen in May'],
        ['The council', 'raise parking fees next year'],
      ],
    },
    {
      name: 'a2',
      // The rules credit the quote to the mayor; the annotation says the aide (a wrong credit).
      text: 'Mayor Tom Reed visited the site on Monday. “Nobody was hurt in the collapse,” he said.\n',
      spans: [['Jane Aide', 'Nobody was hurt in the collapse']],
    },
  ];
  for (const a of articles) {
    writeFileSync(join(dir, 'text', `${a.name}.txt`), a.text);
    const lines: string[] = [];
    a.spans.forEach(([source, content], k) => {
      const s = a.text.indexOf(source);
      const c = a.text.indexOf(content);
      // The aide is not in the text: an annotated source outside it still names the source.
      const sAt = s >= 0 ? s : 0;
      lines.push(`T${3 * k + 1}\tSource ${sAt} ${sAt + source.length}\t${source}`);
      lines.push(`T${3 * k + 2}\tContent ${c} ${c + content.length}\t${content}`);
      lines.push(`T${3 * k + 3}\tCue 0 1\tsaid`);
      lines.push(`E${k + 1}\tAttribution:T${3 * k + 3} Content:T${3 * k + 2} Cue:T${3 * k + 3} Source:T${3 * k + 1}`);
    });
    writeFileSync(join(dir, 'attributions', `${a.name}_ann1.ann`), `${lines.join('\n')}\n`);
  }
  return dir;
}

describe('evaluatePolnear', () => {
  let dir: string;
  beforeAll(() => {
    dir = fixture();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses brat events into source, cue and content', () => {
    const got = parseBrat('T1\tSource 0 3\tAnn\nT2\tContent 10 20\tthe words\nT3\tCue 5 9\tsaid\nT4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T2 Cue:T3 Source:T1\n');
    expect(got).toEqual([{ source: 'Ann', cue: 'said', content: 'the words' }]);
  });

  it('scores content recall, speaker accuracy with its misses split, and the accuracy of named speakers', () => {
    const r = evaluatePolnear(dir);
    expect(r).not.toBeNull();
    expect(r!.articles).toBe(2);
    expect(r!.contentRecall).toEqual({ hit: 3, total: 3 });
    // Ibarra right; the council's plan has no speaker; the aide's words went to the mayor.
    expect(r!.speakerAccuracy).toEqual({ hit: 1, total: 3 });
    expect(r!.speakerMisses).toEqual({ none: 1, wrong: 1 });
    // Two quote claims, both annotated; one credited to its annotated source.
    expect(r!.attributedPrecision).toEqual({ hit: 2, total: 2 });
    expect(r!.creditedAccuracy).toEqual({ hit: 1, total: 2 });
  });

  it('returns null when the folder is not a PolNeAR split', () => {
    expect(evaluatePolnear(join(dir, 'missing'))).toBeNull();
  });
});
