import { extractText, claimWith } from '../support/extractText';
import { detectEventMentions } from '../../../src/extract/events/detectEvents';

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

describe('forms of the ho22 probe (a live page read newest first)', () => {
  it('a summary point in the headline present is the day’s news; "its response to Soleimani’s killing" names the killing only as a cause', () => {
    const text = [
      'Key points',
      '- Ukraine International Airlines flight PS752 crashes after take-off from Tehran, killing all 176 on board',
      '- Donald Trump addresses the nation',
      '17:35',
      "Iraq's prime minister's office says it received a message from Iran shortly after midnight that its response to Soleimani's killing had started.",
    ].join('\n\n');
    const x = extractText(text, '2020-01-08');
    expect(claimWith(x.claims, 'PS752').event).toMatchObject({ label: 'plane crash', date: '2020-01-08' });
    // The killing is named as the cause of a response, below the main clause.
    const [killing] = detectEventMentions("It said its response to Soleimani's killing had started.", { published: '2020-01-08', places: [] });
    expect(killing).toMatchObject({ label: 'killing' });
    expect(killing!.subordinateFrom).not.toBeNull();
  });
});
