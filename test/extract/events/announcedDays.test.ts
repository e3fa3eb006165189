import { extractText, claimWith } from '../support/extractText';

/** Days of announced deployments and of happenings set on another's day (texts of our own). */
describe('announced deployments and "the same day"', () => {
  it('a deployment announced in the lead ("will deploy", "is sending", "authorised the deployment") is the day’s news', () => {
    const x = extractText(['About 750 soldiers will deploy to the region immediately, the Pentagon said.', 'Defense Secretary Mark Esper has authorised the deployment of an infantry battalion.'].join(' '), '2019-12-31');
    expect(claimWith(x.claims, '750 soldiers').event).toMatchObject({ label: 'deployment', date: '2019-12-31' });
    const y = extractText('The Pentagon is sending roughly 3,000 more troops to the Middle East.', '2020-01-03');
    expect(claimWith(y.claims, '3,000').event?.date).toBe('2020-01-03');
  });

  it('"said in a statement on Tuesday that …": the saying’s day past its medium', () => {
    const x = extractText('Defense Secretary Mark Esper said in a statement on Tuesday that about 750 soldiers will deploy to the region.', '2020-01-01');
    expect(claimWith(x.claims, '750 soldiers').event?.date).toBe('2019-12-31');
  });

  it('"is being deployed the same day a U.S. Embassy was attacked": the day of the happening it is set by', () => {
    const text = [
      'Dozens of militia supporters attacked the U.S. Embassy in Baghdad on Tuesday.',
      'Meanwhile, in North Carolina, an infantry battalion is being deployed the same day the U.S. Embassy in Iraq was attacked.',
    ].join('\n\n');
    const x = extractText(text, '2020-01-01');
    expect(claimWith(x.claims, 'infantry battalion').event).toMatchObject({ label: 'deployment', date: '2019-12-31' });
  });
});
