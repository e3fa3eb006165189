import { clean, expectConsistent, paragraphTexts } from './helpers';
import { extractText } from '../support/extractText';

const BODY = 'Iraqi protesters stormed the US embassy compound in Baghdad on Tuesday, officials said.';

/** Each line must be dropped, with this reason, whatever surrounds it. */
const BOILERPLATE: Array<[string, string]> = [
  ['This website uses cookies so that we can provide you with the best user experience possible. Cookie information is stored in your browser.', 'cookie notice'],
  ['We use cookies to personalise content and ads. By continuing to browse you agree to our use of cookies.', 'cookie notice'],
  ['Accept all cookies', 'cookie notice'],
  ['Skip to Content', 'navigation'],
  ['Skip to main content', 'navigation'],
  ['SECTIONS', 'navigation'],
  ['Home | World | Middle East', 'navigation'],
  ['Share Tweet Email', 'navigation'],
  ['1,234 views', 'view counter'],
  ['👁 12.4K edited 03:12', 'view counter'],
  ['Forwarded from Sabereen News', 'forward header'],
  ['Saved from https://ledger.example/2020/01/03/mill', 'page notice'],
  ['A version of this article appears in print on Jan. 3, 2020, Section A, Page 1 of the New York edition with the headline: Mill Closes.', 'page notice'],
  ['If you suspect a Facebook page, group, account, website, article, or photo contains false information, flag it to us.', 'page notice'],
  ['You may also report dubious claims to our Facebook tipline.', 'page notice'],
  ['Let us fight disinformation one fact-check at a time.', 'page notice'],
  ['Have a tip we should know? tips@ledger.example', 'page notice'],
  ['Still to come tonight - sizzling temperatures across the east coast.', 'page notice'],
  ['12K views', 'view counter'],
  ['Views: 5,001', 'view counter'],
  ['icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon', 'icon strip'],
  ['Subscribe or log in to read the rest of this content', 'paywall'],
  ['Already a subscriber? Log in', 'paywall'],
  ['Sign up for our newsletter', 'paywall'],
  ['Share this article', 'share prompt'],
  ['Share on Facebook', 'share prompt'],
  ['Follow us on Twitter', 'share prompt'],
  ['Follow us on Facebook and Instagram for the latest news', 'share prompt'],
  ['Download our app', 'share prompt'],
  ['4 min read', 'read time'],
  ['(Adds Iraqi government reaction, paragraphs 6-8)', 'update note'],
  ['(Updates death toll, adds quotes from Pentagon)', 'update note'],
  ['Heard on Morning Edition', 'programme label'],
  ['NPR transcripts are created on a rush deadline by an NPR contractor.', 'transcript notice'],
  ['This text may not be in its final form and may be updated or revised in the future.', 'transcript notice'],
  ["Here's what you need to know to start your day.", 'newsletter notice'],
  ['Refresh for the latest | Share this update', 'developing story notice'],
  ['Reading time: 3 minutes', 'read time'],
  ['December 27, 2019, 10:56 PM', 'timestamp'],
  ['31 Dec, 2019 21:28', 'timestamp'],
  ['Updated 11:47, 02-Jan-2020', 'timestamp'],
  ['Updated: 4:57pm, 28 Dec, 2019', 'timestamp'],
  ['Last Update: Wednesday, 20 May 2020 KSA 09:56 - GMT 06:56', 'timestamp'],
  ['31 December 2019, 06:35 | Updated: 6 January 2020, 13:45', 'timestamp'],
  ['January 2, 2020', 'timestamp'],
  ['02:03', 'timestamp'],
  ['Published 3 hours ago', 'timestamp'],
  ['video', 'media label'],
  ['Watch video', 'media label'],
  ['Get more newsLiveon', 'media label'],
  ['IE 11 is not supported. For an optimal experience visit our site on another browser.', 'browser notice'],
  ['Please enable JavaScript to view this page', 'browser notice'],
  ['Advertisement', 'advertisement'],
  ['Story continues below advertisement', 'advertisement'],
  ['Continue reading…', 'continue prompt'],
  ['Read more', 'related links'],
  ['Keep reading', 'continue prompt'],
  ['This is a developing story. Updates to follow.', 'developing story notice'],
  ['This story will be updated', 'developing story notice'],
  ['Correction: An earlier version of this story misstated the day the siege began. It began on Tuesday.', 'correction notice'],
  ["Editor's note: This article has been updated with the Pentagon's statement.", 'correction notice'],
  ['This story has been corrected to show that the rockets hit the base on Friday.', 'correction notice'],
  ['Leave a comment', 'comments widget'],
  ['Comments (14)', 'comments widget'],
  ['Share this: Facebook Twitter WhatsApp Email', 'share prompt'],
  ['Get the latest news delivered to your inbox every morning.', 'paywall'],
  ['© 2019 Example Media Ltd', 'copyright'],
  ['Copyright 2019 Example Broadcasting. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'copyright'],
  ['Version 1 Version 2', 'page notice'],
  ['(about 1 hour later)', 'page notice'],
  ['Tags: Iraq, Iran, United States', 'page notice'],
  ['Kyiv Post is an independent publication.', 'page notice'],
  ['The most recent updates appear first.', 'live blog notice'],
  ['All times are Japan Standard Time.', 'live blog notice'],
  ['All times in GMT.', 'live blog notice'],
  ['Please refresh the page for updates.', 'live blog notice'],
  ['PBS is a 501(c)(3) not-for-profit organization.', 'page notice'],
  ['About the author: Daniel Ross covers the Pentagon and military health for Military Times. He previously reported from Afghanistan and Kuwait.', 'author bio'],
  ['Write to Omar Haddad at omar.haddad@wsj.com and Rebecca Lind at rebecca.lind@wsj.com', 'author contact'],
  ["Appeared in the January 6, 2020, print edition as 'Iraqi Lawmakers Vote To Expel U.S. Troops.'", 'page notice'],
  ['Middle East · 19:42 04.01.2020 (updated 02:18 05.01.2020)', 'timestamp'],
  ['This is Democracy Now!, democracynow.org, The War and Peace Report.', 'programme label'],
  ["We're going to break and then come back to this discussion.", 'programme label'],
  ["UPDATE: Adds Trump's tweet threatening to strike 52 Iranian sites.", 'update note'],
  ["UPDATED: 08.01.2020, 16:47 — adds Trump's televised address", 'update note'],
  ['(ATTN: UPDATES with ministry task force, stock market in paras 7, 11-12)', 'update note'],
  ['[Video: 9:42 — Watch the full segment]', 'media label'],
  ['Kyle Rempfer is an editor and reporter whose articles have covered battlefield medicine, military burn pits and the experience of Afghans and Iraqis who served alongside U.S. troops.', 'author bio'],
  ['The Gazette is a nonprofit, reader-funded newsroom covering the Gulf since 1998.', 'page notice'],
  ['Press TV’s website can also be accessed at the following alternate addresses: www.presstv.ir', 'page notice'],
  ['Also on rt.com Iran slams US ‘audacity’ to blame it for Baghdad embassy storming', 'related links'],
  ['READ MORE: Iran vows revenge for general’s killing', 'related links'],
  ['Our Standards: The Thomson Reuters Trust Principles.', 'page notice'],
  ['Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.', 'page notice'],
  ['Reuse this content', 'share prompt'],
  ['CLICK HERE TO GET THE FOX NEWS APP', 'share prompt'],
  ['Follow Ahmed Rasheed on Twitter', 'share prompt'],
  ['Sat 4 Jan 2020 06.00 GMT', 'timestamp'],
  ['First published on Fri 3 Jan 2020 05.20 GMT', 'timestamp'],
  ['Jan. 3, 2020 at 6:58 p.m. ET', 'timestamp'],
  ['Posted: Dec 31, 2019 / 10:56 AM EST', 'timestamp'],
  ['Listen to this article', 'media label'],
  ['5-minute read', 'read time'],
  ['Media playback is unsupported on your device', 'media label'],
  ['The interview has been edited for length and clarity.', 'page notice'],
  ['This conversation has been condensed and edited for clarity.', 'page notice'],
  ['Good morning and welcome to our live coverage.', 'live blog notice'],
  ["That's where we will leave our live coverage for tonight.", 'live blog notice'],
  ['This live blog is now closed.', 'live blog notice'],
  ['You are receiving this email because you signed up for The Morning Brief.', 'newsletter notice'],
  ["Here's what you need to know.", 'newsletter notice'],
  ["That's it for today.", 'newsletter notice'],
  // Feeds, releases, fact-checks, broadcasts and threads (ho26).
  ['The post Lassa fever: agency opens emergency centre appeared first on Daily Herald.', 'page notice'],
  ['Web links, telephone numbers and titles were correct at time of publication, but may have changed.', 'disclaimer'],
  ['This fact-check was produced by The Ledger with support from the Centre for Journalism Innovation.', 'disclaimer'],
  ['If you see a claim you want us to check, send it to us on WhatsApp.', 'page notice'],
  ["I'm Ann Lee, and this is The Week in Review.", 'programme label'],
  ["That's our show for today.", 'programme label'],
  ['Minister, thank you for being here.', 'programme label'],
  ['Thank you for having me, Ann.', 'programme label'],
  ['EMBARGOED UNTIL 18:00 GMT, THURSDAY 16 JANUARY 2020', 'page notice'],
  ['-ENDS-', 'page notice'],
  ['SPONSORED: Try our premium briefing free for 30 days.', 'advertisement'],
  ['Replying to @annlee_news and @ledger', 'forward header'],
  ['214 Retweets 37 Quote Tweets 301 Likes', 'view counter'],
  ['Reporter, Basra. Views my own. RT \u2260 endorsement.', 'author bio'],
  ['Eds: UPDATES with police statement. With AP Photos.', 'update note'],
];

describe('boilerplate lines never become text', () => {
  it.each(BOILERPLATE)('%s', (line, reason) => {
    for (const body of [`${line}\n\n${BODY}`, `${BODY}\n\n${line}`, `${BODY}\n${line}\n${BODY} Again.`]) {
      const c = clean(body);
      expectConsistent(c);
      expect(c.text).not.toContain(line);
      expect(c.rejected).toContainEqual({ text: line, reason });
      expect(paragraphTexts(c)[0]).toBe(BODY);
    }
  });

  it('drops a related-links list after its header, up to the first sentence of the story', () => {
    const c = clean(`${BODY}\n\nRead more:\n\nFormer Iraqi PM Ayad Allawi tells CGTN: U.S. occupation destroyed Iraqi society\n\nIraq cries out for unity\n\nThe demonstrators threw stones at the building, officials said.`);
    expect(paragraphTexts(c)).toEqual([BODY, 'The demonstrators threw stones at the building, officials said.']);
    expect(c.rejected.filter((r) => r.reason === 'related links')).toHaveLength(3);
  });

  it('“Read next:” heads such a list too, its items one per line (a Markdown page’s link list)', () => {
    const c = clean(`${BODY}\n\nRead next:\nAir Force to review medevac procedures after Al Asad attack\nIran missile strike: What happened at Al Asad, minute by minute`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.rejected.filter((r) => r.reason === 'related links')).toHaveLength(3);
  });

  it('keeps sentences that only mention the same words', () => {
    const keep = [
      'The company said its website uses tracking technology that regulators want to restrict, and the case continues in court next year with many witnesses.',
      'Viewers watched the video 1,234 times before it was removed, the platform said.',
      'He said the share price fell 4 percent.',
      'The ministry said the cookies were recalled on December 27, 2019, after complaints.',
      'Follow-up talks are planned for Friday.',
      'Updated figures show 30 people died.',
      'Advertisement spending rose in 2019, the agency reported.',
      'Sayonara Soleimani',
      'NO GROUP HAS CLAIMED RESPONSIBILITY FOR THE ATTACK',
      'Update: The Pentagon confirmed that 11 troops were treated for concussion.',
      'The ministry issued a correction: the toll was 19, not 25.',
      'Media playback of the speech was halted by the network, the station said.',
      'The interview was broadcast on state television on Sunday evening.',
      "Officials said they would leave the embassy's coverage to the Iraqi forces.",
      'Tasnim is a semi-official news agency close to the Revolutionary Guards.',
      'Kayhan is a hardline daily newspaper whose editor is appointed by the supreme leader.',
      'The latest updates from the Pentagon came on Friday.',
      'All times of the attacks were given in local time by the ministry, officials said.',
      'The Red Crescent is an independent organization that has worked in Iraq since 2003, its director said.',
      '[Video shows the missiles striking the base, the ministry said]',
    ];
    const c = clean([BODY, ...keep].join('\n\n'));
    expect(paragraphTexts(c)).toEqual([BODY, ...keep]);
    expect(c.rejected).toEqual([]);
  });
});

describe('live-blog entry times', () => {
  it('“09:10 GMT - Iraq says …”: the time is furniture, the words after it are kept', () => {
    const x = extractText('09:10 GMT - Iraq says it received advance warning\n\nThe Iraqi military said 22 missiles were fired.\n\n8:45am: Oil prices rose sharply in early trade.');
    expect(x.claims.map((c) => c.text)).toEqual(['it received advance warning', '22 missiles were fired', 'Oil prices rose sharply in early trade.']);
    expect(x.claims[0]!.speaker?.name).toBe('Iraq');
  });

  it('"Update 11:15 GMT:" and "Update 3:40pm:" label an entry the same way', () => {
    const x = extractText('Update 11:15 GMT: The crowd is chanting outside the gate, witnesses said.\n\nUpdate 3:40pm: Hundreds of protesters have set up tents outside the embassy.');
    expect(x.claims.map((c) => c.text)).toEqual(['The crowd is chanting outside the gate', 'Hundreds of protesters have set up tents outside the embassy.']);
  });

  it("an outlet's line about itself inside a paragraph is no claim; a sentence about another outlet is", () => {
    const x = extractText('Rockets hit the base on Friday, officials said.\n\nKyiv Post is an independent publication. Support us on Patreon.\n\nNasha Niva is an independent newspaper that authorities shut down in 2021, its editor said.');
    expect(x.claims.map((c) => c.text)).toEqual(['Rockets hit the base on Friday', 'Nasha Niva is an independent newspaper that authorities shut down in 2021']);
  });

  it('a live page’s reading notes in one paragraph are no claims: “Live updates. All times are Israel time (GMT+2). Refresh for the latest.”', () => {
    const x = extractText('Live updates. All times are Israel time (GMT+2). Refresh for the latest.\n\nIraqi media report that three rockets struck near the cargo terminal at Baghdad International Airport.');
    expect(x.claims.map((c) => c.text)).toEqual(['three rockets struck near the cargo terminal at Baghdad International Airport']);
  });

  it("a blog's greeting or sign-off inside an entry is no claim; the entry's news is", () => {
    const x = extractText("08:10 GMT – Good morning and welcome to our live coverage. Funerals are being held in Baghdad for the fighters.\n\n21:10 GMT – That's where we will leave our live coverage for tonight. Iran denied any role in the protest.");
    expect(x.claims.map((c) => c.text)).toEqual(['Funerals are being held in Baghdad for the fighters.', 'Iran denied any role in the protest']);
  });
});

describe('a station’s promo line', () => {
  it('“69 News is bringing you the latest on this developing story” is dropped', () => {
    const c = clean('69 News is bringing you the latest on this developing story from overseas.\n\nRockets hit the base on Sunday, officials said.');
    expect(c.rejected.map((r) => r.reason)).toContain('developing story notice');
    expect(c.text).toBe('Rockets hit the base on Sunday, officials said.');
  });

  it('a live blog’s “We’ll bring you the latest as it happens.” and an affiliate disclosure are dropped', () => {
    const c = clean(
      "We'll bring you the latest as it happens.\n\nIf you purchase a product or register for an account through a link on our site, we may receive compensation.\n\nRockets hit the base on Sunday, officials said.\n\nWe will bring more troops, the minister said.",
    );
    expect(c.rejected.map((r) => r.reason)).toEqual(['developing story notice', 'affiliate disclosure']);
    expect(c.text).toBe('Rockets hit the base on Sunday, officials said.\n\nWe will bring more troops, the minister said.');
  });
});
