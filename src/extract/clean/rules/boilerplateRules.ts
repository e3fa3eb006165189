import { firstChars } from './firstChars';

/**
 * Lines that are page furniture, never article text. Data, not code: each rule has the
 * reason recorded in CleanArticle.rejected, the longest line it may apply to (a long
 * paragraph that merely mentions cookies is text), and a pattern tested against the
 * whole trimmed line. Patterns are anchored and free of nested quantifiers.
 */
export interface LineRule {
  reason: string;
  maxLength: number;
  pattern: RegExp;
  /**
   * Lower-case text the line must contain for the pattern to be worth testing (a cheap pre-check). Only
   * for a pattern that looks through the line: one anchored at its start with a word fails sooner alone.
   */
  needle?: string;
  /** Also furniture as one sentence of a paragraph ("08:10 GMT – Good morning and welcome to our live coverage. Funerals …"). */
  inSentence?: true;
}

export const BOILERPLATE_RULES: readonly LineRule[] = [
  // Cookie and consent notices.
  { reason: 'cookie notice', maxLength: 1200, needle: 'cookie', pattern: /\b(this|our) (web ?site|site) uses? cookies\b/i },
  { reason: 'cookie notice', maxLength: 1200, needle: 'cookie', pattern: /\bwe use cookies\b/i },
  { reason: 'cookie notice', maxLength: 600, needle: 'cookie', pattern: /\bcookie (information|policy|settings|preferences|consent|notice)\b/i },
  { reason: 'cookie notice', maxLength: 400, needle: 'cookie', pattern: /\b(accept|allow|reject|manage) (all )?cookies\b/i },
  { reason: 'cookie notice', maxLength: 400, needle: 'by ', pattern: /\bby (continuing|using|browsing)\b.{0,80}\b(you (agree|consent|accept)|cookies)\b/i },
  { reason: 'cookie notice', maxLength: 600, needle: 'privacy', pattern: /\bprivacy (policy|settings|preferences|centre|center)\b.{0,200}\b(cookies|consent|agree)\b/i },

  // Navigation and skip links.
  { reason: 'navigation', maxLength: 60, pattern: /^(skip|jump) to (the )?(main )?(content|navigation|search|article|footer)\b/i },
  { reason: 'navigation', maxLength: 60, pattern: /^(back to top|go to top|return to top|scroll to top|open menu|close menu|toggle navigation)$/i },
  // A US government site's banner: "An official website of the United States Government Here's how you know".
  { reason: 'navigation', maxLength: 120, pattern: /^an official website of the (?:united states|u\.s\.) government\b/i },
  { reason: 'navigation', maxLength: 80, pattern: /^(home|news|world|sections?|menu)( ?[>›»/|] ?[\w &'-]{1,30}){1,5}$/i }, // breadcrumbs "Home > World > Middle East"
  // "World News › Middle East", "City › Delhi News", "WORLD › MID-EAST", "Home : Media : Press Releases : Press Release View".
  // (Its repetitions nest, but a word's characters and the separators never overlap, so it cannot backtrack far.)
  { reason: 'navigation', maxLength: 90, pattern: /^\p{Lu}[\p{L}&'-]*(?: [\p{L}&'-]+){0,3}(?: ?[›»] ?\p{Lu}[\p{L}&'-]*(?: [\p{L}&'-]+){0,3}){1,4}$|^\p{Lu}[\p{L}&'-]*(?: [\p{L}&'-]+){0,3}(?: : \p{Lu}[\p{L}&'-]*(?: [\p{L}&'-]+){0,3}){2,5}$/u },

  // An author's note closing the page: "Greg Norman is a reporter for Fox News Digital. Follow him on Twitter @gregnormanFNC."
  { reason: 'author bio', maxLength: 240, pattern: /^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}(?:is|was) (?:a|an|the)(?: (?!whose\b|which\b|who\b|that\b|where\b)[\p{L}-]+){0,4} (?:reporter|writer|correspondent|editor|producer|journalist|contributor|columnist|anchor|fellow)\b(?:[^.]|(?<=\b\p{Lu})\.){0,180}\.(?:\s+(?:Follow|You can follow|Reach|Contact|Email) (?:him|her|them)\b.*)?$/u },
  // "Steve Lieberman covers crime, courts and public safety for The Journal News/lohud."
  // ("… covers U.S. military operations …": an initial's stop is no sentence's end.)
  { reason: 'author bio', maxLength: 200, pattern: /^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}(?:covers|writes about|reports on) (?:[^.]|(?<=\b\p{Lu})\.){3,100} for (?:the )?\p{Lu}(?:[^.]|(?<=\b\p{Lu})\.){1,60}\.(?:\s+(?:Follow|You can follow|Reach|Contact|Email) (?:him|her|them)\b.*)?$/u },
  // "About the author: Daniel Ross covers the Pentagon … He previously reported from Afghanistan."
  { reason: 'author bio', maxLength: 500, pattern: /^about the (?:authors?|writers?|reporters?)\s*[:\u2014\u2013-]\s*\S/i },
  // The Wall Street Journal's "Write to Omar Haddad at omar.haddad@wsj.com and …".
  { reason: 'author contact', maxLength: 240, pattern: /^[Ww]rite to (?:\p{Lu}[\p{L}.'’-]+ ){1,4}at [^\s@]+@[^\s@]+\.[a-z]{2,}\b/u },
  { reason: 'paywall', maxLength: 160, pattern: /^support (?:local|independent|quality|our) journalism\b/i },

  // Counters.
  { reason: 'view counter', maxLength: 40, pattern: /^[\d.,]{1,12} ?[km]? (views?|reads?|comments?|shares?|likes?|reactions?|plays?)$/i },
  // A post's counts under it, as a thread copied from X/Twitter shows them: "214 Retweets   37 Quote Tweets   301 Likes".
  { reason: 'view counter', maxLength: 120, pattern: /^(?:[\d.,]{1,12}\s?[km]?\s+(?:retweets?|reposts?|quote tweets?|quotes?|likes?|replies|reply|views?|bookmarks?)\s*){1,6}$/i },
  { reason: 'view counter', maxLength: 40, pattern: /^(views?|reads?|comments?|shares?|likes?|visits?) ?:? ?[\d.,]{1,12} ?[km]?$/i },
  // A messaging channel's post foot: "👁 12.4K  edited  03:12", "👀 3,021 · 14:05".
  { reason: 'view counter', maxLength: 50, pattern: /^(?:\u{1F441}\uFE0F?|\u{1F440})\s*[\d.,]{1,12}\s*[km]?(?:\s+(?:edited|views?))?(?:\s*[·•|-]?\s*\d{1,2}:\d{2}(?:\s*[ap]m)?)?$/iu },
  // A paper's note of its print edition: "A version of this article appears in print on Jan. 3, 2020, Section A, Page 1 of the New York edition …".
  { reason: 'page notice', maxLength: 300, pattern: /^a version of this (?:article|story|report) (?:appears|appeared|will appear) in print\b/i },
  // A fact-checker's appeal for tips: "If you suspect a Facebook page … contains false information, …", "You may also report
  // dubious claims to our Facebook tipline.", "Let us fight disinformation one fact-check at a time."
  { reason: 'page notice', maxLength: 300, pattern: /^(?:if you (?:suspect|think|believe|see|come across) (?:that )?(?:a|an|any) [^.]{0,120}\b(?:false|misleading|fake|dubious|disinformation|misinformation)\b|you (?:may|can) (?:also )?(?:report|send|flag|submit) (?:dubious|suspicious|false|questionable) (?:claims|posts|content|information)\b|let(?: us|['’]s) fight (?:disinformation|misinformation|fake news)\b)/i },
  // "Have a tip we should know? tips@mediaite.com", "Got a news tip? Email us."
  { reason: 'page notice', maxLength: 160, pattern: /^(?:have|got|do you have) a (?:news )?tip(?: (?:we|you think we) should (?:know|hear)(?: about)?| for us)?\?/i },
  // A broadcast's trail for what comes after the segment: "Still to come tonight - …", "Coming up after the break".
  { reason: 'page notice', maxLength: 200, pattern: /^(?:still to come|coming up)(?: (?:tonight|after the break|next|on [\p{L} ]{2,20}))?\s*[-–—:,]/iu },
  // A read-it-later tool's or clipper's note of where a page came from: "Saved from https://…", "Clipped from: …".
  { reason: 'page notice', maxLength: 300, pattern: /^(?:saved|clipped|captured|archived|source) (?:from|at)\s*:?\s*(?:<?https?:\/\/|www\.)\S+>?(?:\s+(?:on|at)\s.{1,40})?$/i },
  // A forwarded post's header on a messaging channel: "Forwarded from Sabereen News".
  { reason: 'forward header', maxLength: 80, pattern: /^forwarded from\s+\S.{0,60}$/i },
  // A thread's own furniture: its label, an account's handle on a line of its own, the poster's profile line.
  { reason: 'forward header', maxLength: 30, pattern: /^(?:(?:a )?thread|\u{1F9F5})(?:\s*[:\u{1F9F5}\u{1F447}\u2B07\uFE0F])*$/iu },
  { reason: 'forward header', maxLength: 20, pattern: /^@\w{1,15}$/u },
  { reason: 'author bio', maxLength: 200, pattern: /\bviews (?:are )?(?:my|our) own\b|\b(?:rts?|retweets?|reposts?|likes?)\s*(?:\u2260|!=|=\/=|are not|aren't|do not equal|don't equal|not|\u2260)\s*endorse(?:ment)?s?\b/iu },
  // A post's place in a conversation, as a thread copied from X/Twitter shows it.
  { reason: 'forward header', maxLength: 200, pattern: /^(?:replying to|in reply to)\s+@\w{1,15}(?:(?:,\s*|\s+and\s+)@\w{1,15})*(?:\s+and\s+\d+\s+others?)?$/i },
  { reason: 'share prompt', maxLength: 40, pattern: /^(?:show this thread|show (?:more )?replies|read \d+ repl(?:y|ies)|show more|show original post)$/i },

  // Paywalls and sign-up prompts.
  { reason: 'paywall', maxLength: 200, pattern: /\b(subscribe|log ?in|sign ?in|sign up|register)\b.{0,60}\bto (read|continue|keep reading|access|view|unlock)\b/i },
  { reason: 'paywall', maxLength: 200, pattern: /^(already (a )?(subscriber|member|registered)|create (a )?free account|become a (subscriber|member)|this (article|content|story) is (for|only available to) (subscribers|members|premium)|you have reached your (limit|maximum)|you('ve| have) (read|used) \w+ (of your )?free article)/i },
  { reason: 'paywall', maxLength: 120, pattern: /^(subscribe|subscribe now|subscribe today|start your (free )?trial|unlock (this|full) (article|access)|get (full|unlimited) access)\b/i },
  { reason: 'paywall', maxLength: 200, needle: 'subscribe', pattern: /\bsubscribe to (our|the) (newsletter|daily|weekly|channel|podcast)\b/i },
  { reason: 'paywall', maxLength: 200, pattern: /^sign up (for|to) (our|the|free)\b/i },

  // Share and follow prompts.
  { reason: 'share prompt', maxLength: 80, pattern: /^(share|share this|share (this|the) (article|story|post|page|video)|share on \w+|share via \w+|tweet this|email this|click to share|copy (the )?link|send (this )?to a friend)\b[\s!:.]*\S{0,40}$/i },
  { reason: 'share prompt', maxLength: 160, pattern: /^(follow|like|join|find) [^.!?]{1,50} on (twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|x|google news|social media)\b/i },
  { reason: 'share prompt', maxLength: 160, pattern: /^click here to (get|download|sign up|subscribe|follow|join|watch|listen)\b/i },
  { reason: 'share prompt', maxLength: 120, pattern: /^share( this| (this|the) (article|story|post|page))?\s*:?\s*((facebook|twitter|whatsapp|email|e-mail|linkedin|reddit|telegram|messenger|pinterest|copy link|print|sms|x|flipboard)[\s,|•·]*)+$/i },
  { reason: 'paywall', maxLength: 200, needle: 'inbox', pattern: /\b(delivered|sent|straight|direct(ly)?) to your inbox\b/i },
  { reason: 'share prompt', maxLength: 60, pattern: /^(reuse this content|print this (page|article|story)|email this (page|article|story)|save (this )?(article|story) for later|gift (this )?article)$/i },
  { reason: 'share prompt', maxLength: 160, pattern: /^(download|get) (our|the) (free )?(\w+ )?app\b/i },
  { reason: 'share prompt', maxLength: 160, pattern: /^(join|subscribe to) (our|the) \w+ (channel|community|group)\b/i },

  // Reading-time lines.
  { reason: 'read time', maxLength: 40, pattern: /^(reading time:? ?)?\d{1,3}[ -]?(min|mins|minute|minutes)( read| to read)?$/i },
  { reason: 'read time', maxLength: 40, pattern: /^(estimated )?read(ing)? time:? ?\d{1,3} ?(min|mins|minute|minutes)$/i },

  // Media labels and players.
  { reason: 'media label', maxLength: 30, pattern: /^(video|videos|watch|watch video|watch now|watch live|play|play video|replay|audio|listen|listen now|podcast|photo|photos|gallery|photo gallery|slideshow|graphic|live|live updates|media caption|image caption|enlarge this image|toggle caption|hide caption|view image|view gallery|open image in new tab)[\s:.!]*$/i },
  { reason: 'media label', maxLength: 60, pattern: /^(video|watch|photos?|gallery|slideshow): .{0,50}$/i },
  { reason: 'media label', maxLength: 60, pattern: /^(listen to this (article|story)|loading( video)?\.{0,3}|now playing|up next|autoplay|play all|audio is not supported)\b[\s\S]{0,30}$/i },
  { reason: 'media label', maxLength: 40, pattern: /^(get more news|more news)\s?live\s?on\b/i },
  // A player's box in brackets: "[Video: 9:42 — Watch the full segment]", "[Watch: …]".
  { reason: 'media label', maxLength: 100, pattern: /^\[(?:video|watch|audio|listen|play)\s*(?::|\d|[-–—])[^\][]{0,80}\]$/i },
  { reason: 'media label', maxLength: 80, pattern: /^media playback is (unsupported|not supported)\b/i, inSentence: true },
  { reason: 'media label', maxLength: 120, pattern: /^(your browser does not support|this video (is|can) (not|no longer)|video (is )?unavailable|sorry, this (video|content) )/i },

  // Browser and script notices.
  { reason: 'browser notice', maxLength: 200, needle: 'support', pattern: /\b(ie ?1[01]|internet explorer)\b.{0,20}\bnot supported\b/i },
  { reason: 'browser notice', maxLength: 200, pattern: /\b(please )?(enable|turn on) javascript\b|\bjavascript is (disabled|required)\b|\bupdate your browser\b|\bvisit (our|this) site (on|in|with) (another|a different) browser\b/i },

  // Ads.
  // A public broadcaster's underwriting line: "Support Provided By: Learn more".
  { reason: 'advertisement', maxLength: 80, pattern: /^(support (for [\p{L} ]{2,30} )?(is )?provided by|underwriting support from)\b/iu },
  // WordPress's feed foot: "The post Lassa fever: … appeared first on Premium Times Nigeria."
  { reason: 'page notice', maxLength: 400, pattern: /^the post .{3,300} appeared first on .{2,80}$/iu },
  // A release's or a page's standing caveat: "Web links, telephone numbers and titles were correct at time of publication, but may have changed."
  { reason: 'disclaimer', maxLength: 200, pattern: /\b(?:were|was|is|are) correct at (?:the )?time of (?:publication|going to press|writing)\b/iu },
  // Who made a fact-check possible: "This fact-check was produced by PREMIUM TIMES with support from …".
  { reason: 'disclaimer', maxLength: 300, pattern: /^this (?:fact[- ]?check|report|story|article|investigation|project) (?:was|is|has been) (?:produced|published|supported|funded|made possible|written|prepared)\b.{0,40}\b(?:support|grant|funding|partnership|in collaboration)\b/iu },
  // A fact-checker's own appeal: "If you see a claim you want us to check, send it to us on WhatsApp."
  { reason: 'page notice', maxLength: 200, pattern: /^if you (?:see|spot|come across|have|find) (?:a |any )?(?:claims?|posts?|stor(?:y|ies)|rumou?rs?|videos?)\b[^.]{0,60}\b(?:check|verify|fact[- ]?check)\b/iu },
  // A broadcast's own courtesies: "I'm Mercedes Stephenson, and this is The West Block.", "That's our show for today.",
  // "Minister, thank you for being here." / "Thank you for having me, Mercedes."
  { reason: 'programme label', maxLength: 120, pattern: /^(?:i'?m|i am) \p{Lu}[\p{L}'’. -]{2,40},? and (?:this is|welcome to) \p{Lu}/iu },
  { reason: 'programme label', maxLength: 80, pattern: /^that(?:'|’)?s (?:all|our show|the show|our programme|our program) for (?:today|tonight|this week|now)\b/iu },
  { reason: 'programme label', maxLength: 90, pattern: /^(?:[\p{Lu}][\p{L}.'’ -]{1,30},\s*)?(?:thank(?:s| you)(?: (?:so|very) much)? for (?:being (?:here|with us|on the (?:show|program(?:me)?))|joining us|having me|coming in|your time)|my pleasure|good to be (?:here|with you))(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30})?[.!]?$/iu },
  // A press release's embargo line and end marks: "EMBARGOED UNTIL 18:00 GMT, THURSDAY 16 JANUARY 2020", "-ENDS-", "###".
  { reason: 'page notice', maxLength: 120, pattern: /^(?:embargoed (?:until|till|to|for)\b.*|(?:-\s*)?ends(?:\s*-)?|#{3}|-30-|for immediate release\.?)$/iu },
  // A newsletter's paid slot: "SPONSORED: Try our premium briefing free", "Presented by Acme — …".
  { reason: 'advertisement', maxLength: 300, pattern: /^(sponsored( content| message)?|a message from (our )?(sponsors?|partners?)|from our (sponsors?|partners?)|presented by [\p{Lu}][\p{L}&.' ]{1,40}|paid (post|content))\s*[:|\u2014\u2013]\s*\S/iu },
  { reason: 'advertisement', maxLength: 60, pattern: /^(advertisement|advertising|ad|sponsored|sponsored content|promoted|paid content|partner content|story continues below( advertisement)?|article continues below( advertisement)?|continue reading (the main story )?below|scroll to continue( with content)?)[\s:.!]*$/i },

  // "Continue reading…" teasers and link prompts.
  { reason: 'continue prompt', maxLength: 80, pattern: /^(continue reading|keep reading|read more|read the full (story|article)|read full (story|article)|click here( to read)?( more)?|tap here|see more|show more|load more|view more|more here|full story)\b[\s.…!>»:]*$/i },

  // Developing-story notices.
  // A station's own promo: "69 News is bringing you the latest on this developing story from overseas."
  { reason: 'developing story notice', maxLength: 160, needle: 'bringing you', pattern: /\b(is|are|will be|will keep) bringing you (the )?(latest|updates|more)\b/i },
  // A live blog's promise: "We'll bring you the latest as it happens.", "We will keep you updated."
  { reason: 'developing story notice', maxLength: 120, pattern: /^(we['’]ll|we will|we['’]re going to|stay with us as we|follow along as we) (bring|keep) you (the latest|updated|posted|up to date|all the latest)\b/i },
  { reason: 'developing story notice', maxLength: 160, pattern: /^(this is a (developing|breaking)( news)? story|this (story|article|report) (is developing|will be updated|has been updated|is being updated)|(more|updates) to follow|check back (later )?for updates|refresh (the page )?for updates)\b/i },

  // Affiliate disclosures: "If you purchase a product or register for an account through a link on our site, we may receive compensation."
  { reason: 'affiliate disclosure', maxLength: 300, needle: 'link', pattern: /\b(through|via|using) (a|one of our|the) (affiliate )?links? (on|in) (our|this) (site|page|article)\b.{0,80}\b(we|the publisher) may (receive|earn|get) (compensation|a commission|a share)\b/i },
  { reason: 'affiliate disclosure', maxLength: 300, pattern: /^(we|this (site|article|story)) may (earn|receive) (a )?(small )?(commission|compensation|affiliate)\b/i },

  // Corrections and editor's notes: about the story, not claims of it.
  // ("Editor's note, 9 January 17:05: An earlier version …": the note's time after a comma.)
  { reason: 'correction notice', maxLength: 400, pattern: /^(corrections?|clarification|editor[’']s note)\s*(\([^)]{0,40}\)|,\s*[^:,]{3,30})?\s*:|^(this (story|article|report) (has been|was) (corrected|clarified|amended))\b|^an earlier version of this (story|article|report)\b/i },

  // Comment widgets.
  { reason: 'comments widget', maxLength: 80, pattern: /^(comments?|leave a (comment|reply)|post a comment|add a comment|be the first to comment|show comments|view comments|\d{1,6} comments?|comments? \(\d{1,6}\)|comments are closed|join the conversation|what do you think\?)[\s:.!]*$/i },

  // Copyright and legal lines.
  { reason: 'copyright', maxLength: 400, pattern: /^(©|\(c\)|copyright\b)/i },
  { reason: 'copyright', maxLength: 400, needle: 'rights reserved', pattern: /\ball rights reserved\b/i },
  { reason: 'copyright', maxLength: 300, needle: 'may not be', pattern: /\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b/i },

  // A wire update's note on what changed: "(Adds Iraqi government reaction, paragraphs 6-8)", "(Updates toll, adds quotes)".
  // "UPDATE: Adds Trump's tweet …", "UPDATED: 08.01.2020, 16:47 — adds Trump's televised address", Yonhap's
  // "(ATTN: UPDATES with ministry task force, stock market in paras 7, 11-12)": what an update changed.
  { reason: 'update note', maxLength: 220, pattern: /^updated?\s*:\s*(?:[\d.,:/ ]{4,30}[\u2014\u2013-]\s*)?(?:adds|updates|recasts|rewrites|changes|corrects|inserts|replaces|tops|refiles)\b/i },
  // "Update: This article was updated at 14:20 GMT on 3 January to include comments from …".
  { reason: 'update note', maxLength: 300, pattern: /^(?:update[ds]?\s*:\s*)?this (?:story|article|report|page|post) (?:was|has been) updated (?:at|on|to|with)\b/i },
  // A wire take's notes to editors: "Eds: UPDATES with Pentagon statement. With AP Photos."
  { reason: 'update note', maxLength: 400, pattern: /^eds?\s*:\s*(?:updates|adds|recasts|rewrites|writes through|changes|corrects|refiles|removes|replaces|inserts|fixes|clarifies|subs|tops|new throughout|this story|with|moved|will be updated|a version)\b/i },
  { reason: 'update note', maxLength: 220, pattern: /^\(attn\s*:\s*(?:updates?|adds|recasts|rewrites|corrects|replaces|changes)\b[^()]{0,180}\)$/i },
  { reason: 'update note', maxLength: 200, pattern: /^\((?:adds|updates|recasts|rewrites|writes through|changes|corrects|refiles|removes|replaces|inserts|fixes|clarifies|deletes|amends|tops|new throughout)\b[^()]{0,180}\)$/i },
  // A programme transcript's air date: "Channel 4 News – programme transcript. Broadcast on Wednesday 8 January 2020 at 7pm." (the page's date).
  { reason: 'timestamp', maxLength: 160, needle: 'broadcast', pattern: /(?:^|[.–—-]\s*)(?:first\s+)?broadcast\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2},?)\s+\d{4}\b[^.]{0,30}\.?$/i },
  // A date line run into the page's taxonomy: "January 6, 2020  Topic: Security  Region: Middle East  Tags: Iraq, …".
  { reason: 'timestamp', maxLength: 300, pattern: /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})\s+(?:\|\s+)?(?:topics?|region|tags|section|categor(?:y|ies))\s*:/i },
  // A programme's name and its day on a line of their own: "Morning Ireland, Thursday 9 January 2020".
  { reason: 'timestamp', maxLength: 80, pattern: /^[A-Z][\w'’ &-]{2,40},\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2},?)\s+\d{4}\.?$/i },
  // A broadcaster's programme line and its transcript notice ("Heard on Morning Edition", "NPR transcripts are created on a rush deadline …").
  { reason: 'programme label', maxLength: 60, pattern: /^heard on [\p{L}\d' &-]{2,40}$/iu },
  // A broadcast's opener and its breaks: "This is Democracy Now!, democracynow.org, The War and Peace Report.",
  // "We're going to break and then come back to this discussion.", "Stay with us."
  { reason: 'programme label', maxLength: 120, pattern: /^this is [\p{L}\d!'’ .&-]{2,40}, [a-z0-9-]+\.(?:org|com|net|co\.uk)\b/iu, inSentence: true },
  { reason: 'programme label', maxLength: 90, pattern: /^(?:we(?:['’]re| are) going to (?:take a )?break|we(?:['’]ll| will) be (?:right )?back|stay with us|we(?:['’]ll| will) (?:take a (?:short )?break|come back to (?:this|that|you)))\b[^.!?]{0,50}[.!]?$/iu, inSentence: true },
  // "Appeared in the January 6, 2020, print edition as 'Iraqi Lawmakers Vote To Expel U.S. Troops.'"
  { reason: 'page notice', maxLength: 220, pattern: /^appeared in the [\p{L}\d, ]{0,40}print edition\b/iu },
  { reason: 'transcript notice', maxLength: 300, needle: 'transcript', pattern: /^(?:[\p{L}]+ )?transcripts? (?:are|is|was|were|has been|have been) (?:created|produced|prepared|provided|generated|made)\b/iu, inSentence: true },
  { reason: 'transcript notice', maxLength: 160, pattern: /^this (?:text|transcript) may not be in its final form\b|^accuracy and availability may vary\b|^the authoritative record of [\p{L}'’ ]{2,40} programming is the audio\b/iu, inSentence: true },
  // A live blog's refresh prompt: "Refresh for the latest | Share this update".
  { reason: 'developing story notice', maxLength: 80, pattern: /^refresh (?:the page |this page )?for (?:the latest|updates)\b/i },

  // A gallery's control after its caption: "… on Tuesday. Hide Caption 1 of 9".
  { reason: 'gallery control', maxLength: 40, pattern: /^(hide|show) caption( \d{1,3} of \d{1,3})?$/i, inSentence: true },
  // An opinion page's disclaimer: "The views expressed in this piece are the author's own."
  { reason: 'disclaimer', maxLength: 200, needle: 'views', pattern: /^(the )?(views|opinions) expressed (in this [a-z-]+ |here )?are (the author['’]s|those of the author|solely|the writer['’]s|their own|his own|her own)/i },

  // Page-history notices (revision trackers, archives).
  { reason: 'page notice', maxLength: 300, pattern: /^this (article|page|story) (is from the source|was (first )?(published|seen|archived)|last changed|has changed \d+ times)\b/i },
  { reason: 'page notice', maxLength: 300, pattern: /^you can (find|read|view) the (current|original|full|latest) (article|version|story)\b/i },
  { reason: 'page notice', maxLength: 200, needle: 'rss feed', pattern: /\bthere is an rss feed\b/i },
  { reason: 'page notice', maxLength: 60, pattern: /^(version \d{1,3} ?){1,4}$/i },
  { reason: 'page notice', maxLength: 40, pattern: /^\((about )?(an?|\d{1,4}) (seconds?|minutes?|hours?|days?|weeks?) (later|earlier|ago)\)$/i },
  { reason: 'page notice', maxLength: 200, pattern: /^(this (article|story) (is|was) (auto-generated|automatically generated|published from a (wire|syndicated) (agency )?feed))/i },
  // NDTV's syndication notice: "(Except for the headline, this story has not been edited by NDTV staff …)".
  { reason: 'page notice', maxLength: 200, pattern: /^\(?(?:except for the headline, )?this story has not been edited by\b/i },
  // Global Times: "Source: Global Times Published: 2020/1/4 18:23:41".
  { reason: 'page notice', maxLength: 120, pattern: /^source:\s*[\p{L}&'’ .-]{2,40}?\s+(?:published|posted|updated)\s*:\s*[\d/.:\- ]{6,30}$/iu },
  { reason: 'page notice', maxLength: 120, pattern: /^(topics|tags|filed under|categories|category|related topics|more on this story)\s?:/i },
  { reason: 'page notice', maxLength: 120, pattern: /^our standards:? the thomson reuters trust principles/i },
  { reason: 'page notice', maxLength: 200, needle: 'access', pattern: /\b(website|site|page) can (also )?be accessed (at|via|through)\b|\balternate (web )?address(es)?\b/i },
  // Interviews: "This interview has been edited for length and clarity."
  { reason: 'page notice', maxLength: 160, pattern: /^(this|the) (interview|conversation|transcript|q ?& ?a|exchange) (has been|was|is|have been) ((lightly|slightly) )?(edited|condensed|abridged|translated)\b/i, inSentence: true },
  // "Below is a partial transcript, lightly edited for length and clarity."
  { reason: 'page notice', maxLength: 160, pattern: /^(?:below|the following|what follows) is (?:an? )?(?:(?:partial|full|complete|edited|abridged|lightly edited|rush|rough) )*transcript\b/i, inSentence: true },
  // Live blogs open and close with the desk's own words: "Good morning and welcome to our live coverage."
  { reason: 'live blog notice', maxLength: 160, pattern: /^((good (morning|afternoon|evening)|hello|hi)[,!]?( and)? )?welcome (back )?to (our|the|this) (live )?(coverage|blog|live blog|rolling coverage|updates)\b/i, inSentence: true },
  { reason: 'live blog notice', maxLength: 200, needle: 'we', pattern: /^[^.!?]{0,40}\bwe( will|['’]ll| are going to) (leave|end|pause|close|wrap up|be wrapping up) (our|the|this) (live )?(coverage|blog|live blog|updates)\b[^.!?]{0,60}[.!]?$/i, inSentence: true },
  // A live page's reading notes: "The most recent updates appear first.", "All times are Japan Standard Time."
  { reason: 'live blog notice', maxLength: 80, pattern: /^(?:the )?(?:most recent|latest|newest) (?:updates|posts|entries) (?:appear|are shown|are listed|are|come) (?:first|at the top)\b[^.!?]{0,30}[.!]?$/i, inSentence: true },
  { reason: 'live blog notice', maxLength: 60, pattern: /^all times (?:are|in|shown in|given in|listed in|are in|are given in) [\p{L}+\d: ()-]{2,40}\.?$/iu, inSentence: true },
  // "Live updates.", "Refresh for the latest.", "Refresh the page for updates."
  { reason: 'live blog notice', maxLength: 60, pattern: /^(?:live (?:updates|coverage|blog)|(?:please )?refresh (?:(?:the|this) page )?(?:for|to see) (?:the )?(?:latest|updates|new updates|the latest updates|more))[.!:]?$/i, inSentence: true },
  { reason: 'live blog notice', maxLength: 120, pattern: /^(this (live )?blog is (now )?closed|(we are|we['’]re) (now )?(closing|pausing) (this|our|the) (live )?(blog|coverage))\b/i, inSentence: true },
  // Newsletters: "You are receiving this email because …", "Here's what you need to know.", "That's it for today."
  { reason: 'newsletter notice', maxLength: 300, pattern: /^you(['’]re| are) receiving this (e-?mail|newsletter|message)\b/i, inSentence: true },
  // (… "to start your day", "about the day ahead", "today".)
  { reason: 'newsletter notice', maxLength: 90, pattern: /^(here(['’]s| is) what you need to know|that(['’]s| is) (it|all) for (today|now|this week|tonight|this morning|this edition))\b( (to start|before( you start)?|about|for) (your|the|today|this)\b[\p{L}' -]{0,30}| today)?[\s.!:]*$/iu, inSentence: true },
  { reason: 'newsletter notice', maxLength: 200, pattern: /^(forwarded this (e-?mail|newsletter)|was this (e-?mail|newsletter) forwarded to you|view (this e-?mail )?in (your )?browser|unsubscribe|manage (your )?(e-?mail )?preferences)\b/i },
  // After a newsletter sign-up: "Thanks for signing up!", "Stay informed with MEE's newsletters".
  { reason: 'newsletter notice', maxLength: 80, pattern: /^(thanks|thank you) for (signing up|subscribing|registering)\b/i },
  // Appeals and disclosures: "Thank you for supporting our journalism.", "Receive daily email updates: …",
  // "Our fact-check work is supported in part by a grant from …", "The Globe and Mail publishes Reuters content as provided."
  { reason: 'page notice', maxLength: 80, pattern: /^(thanks|thank you) for (supporting|reading|subscribing to) (our|independent|quality) (journalism|reporting|work)\b[.!]?$/i, inSentence: true },
  { reason: 'newsletter notice', maxLength: 120, pattern: /^(receive|get) (our )?(daily|weekly|free)? ?(e-?mail|newsletter)? ?updates\s*:/i, inSentence: true },
  { reason: 'page notice', maxLength: 160, pattern: /^our (fact-?check(ing)?|journalism|reporting|newsroom)( work)? is (supported|funded|paid for)( in part)? by\b/i, inSentence: true },
  { reason: 'page notice', maxLength: 120, needle: 'content', pattern: /\bpublishes (reuters|ap|afp|associated press|agence france-presse|wire|agency) content as provided\b/i, inSentence: true },
  // A live page's closing note: "Our reporters in Baghdad and Washington will continue to follow events."
  { reason: 'live blog notice', maxLength: 160, pattern: /^(our|the) (reporters|correspondents|team|journalists)\b[^.]{0,60}\bwill continue to (follow|cover|update|bring you|report)\b/i, inSentence: true },
  // A newsletter's sign-off: "Thanks for starting your day with us.", "Please invite your friends to sign up here."
  { reason: 'newsletter notice', maxLength: 80, pattern: /^(thanks|thank you) for (starting|spending) your (day|morning|evening|week|weekend) with us\b[.!]?$/i, inSentence: true },
  { reason: 'newsletter notice', maxLength: 120, pattern: /^please (invite|tell|ask) (your )?(friends|colleagues|family)( and (family|friends|colleagues))? to (sign up|subscribe)\b/i, inSentence: true },
  { reason: 'newsletter notice', maxLength: 80, needle: 'newsletter', pattern: /^(stay (informed|updated|up to date|in the know)|keep up( to date)?) with [\p{L}'’ .&-]{1,40}newsletters?\b/iu },
  // Republishing and syndication offers: "To learn more about republishing this content …, please fill out this form."
  { reason: 'page notice', maxLength: 200, needle: 'republish', pattern: /\brepublish(ing)? (this|our) (content|article|story|work)\b/i },
  // An outlet's promotion of itself: "Middle East Eye delivers independent and unrivalled coverage and analysis of …".
  // An outlet's line about itself: "Kyiv Post is an independent publication.", "The Gazette is a reader-funded newsroom."
  { reason: 'page notice', maxLength: 160, pattern: /^[\p{L}'’ .&-]{2,40} is (?:an?|the) (?:(?:independent|nonprofit|non-profit|not-for-profit|501\(c\)\(3\)|award-winning|reader-funded|reader-supported|member-supported|editorially independent|trusted|leading|english-language|digital|daily|weekly|online)[ ,]+){1,3}(?:[\p{L}-]+ )?(?:publication|newspaper|news ?paper|news organi[sz]ation|newsroom|news outlet|media outlet|news site|news website|news service|magazine|media company|organi[sz]ation)\b(?:,? (?:covering|based in|founded in|serving|reporting on|since|for)\b[^.]{0,60})?\.?$/iu },
  // (Inside a paragraph only as the whole sentence: "Kyiv Post is an independent publication. Support us on Patreon.")
  { reason: 'page notice', maxLength: 90, pattern: /^[\p{L}'’ .&-]{2,40} is (?:an?|the) (?:(?:independent|nonprofit|non-profit|not-for-profit|501\(c\)\(3\)|award-winning|reader-funded|reader-supported|member-supported|editorially independent|trusted|leading|english-language|digital|daily|weekly|online)[ ,]+){1,3}(?:[\p{L}-]+ )?(?:publication|newspaper|news ?paper|news organi[sz]ation|newsroom|news outlet|media outlet|news site|news website|news service|magazine|media company|organi[sz]ation)\b\.?$/iu, inSentence: true },
  { reason: 'page notice', maxLength: 200, pattern: /^[\p{L}'’ .&-]{2,40} (delivers|brings you|provides|offers) (independent|award-winning|trusted|in-depth|unrivalled|unrivaled|unbiased|breaking)\b[^.]{0,40}\b(coverage|journalism|reporting|news)\b/iu },
  // A tag list: "Found in: Iraq parliament, US troops in Iraq, …".
  { reason: 'page notice', maxLength: 300, pattern: /^(found in|more about|related tags|keywords|read more about|explore more on these topics)\s?:/i },
  // A comment section's notice: "The comments below have not been moderated."
  { reason: 'comments widget', maxLength: 120, pattern: /^the (comments|views expressed in the comments) below (have not been|has not been|are not|may not be) (moderated|checked|edited)\b/i },
  // Market data providers' small print: "Intraday Data provided by FACTSET and subject to terms of use.", "All quotes are in local exchange time."
  { reason: 'page notice', maxLength: 200, needle: 'data provided by', pattern: /^(intraday|historical|real-time|delayed|end-of-day|market)?[\p{L} -]{0,40}data provided by\b/iu },
  { reason: 'page notice', maxLength: 80, pattern: /^all (quotes|times|prices) (are )?in (local|eastern|exchange|gmt|et|utc)\b/i },
  // A print view's header: "Printable version | Jan 9, 2020 10:02:31 AM | https://…".
  { reason: 'page notice', maxLength: 300, pattern: /^(printable|print) version\b/i },
  { reason: 'page notice', maxLength: 400, needle: 'subscri', pattern: /\bcontains only a portion of the (news )?stories\b|\bplease contact us for subscription options\b/i },
  // A subscription's offer in the header: "Free for one month", "Try 30 days free", "For Subscribers".
  { reason: 'paywall', maxLength: 40, pattern: /^(?:free for (?:one|a|\d+) (?:month|week|year)s?|try (?:it )?free|try \d+ days? free|(?:one|a|\d+) (?:month|week)s? free|for subscribers(?: only)?)$/i },
  // A page's own identifiers: "News ID: 83624671", "Release No: 19-212", "FOR IMMEDIATE RELEASE".
  { reason: 'page notice', maxLength: 50, pattern: /^(?:news|story|article|release|press release|content|document|item)\s?(?:id|no\.?|number|#)\s*[:#]?\s*[\w-]{1,20}$/i },
  { reason: 'page notice', maxLength: 40, pattern: /^for immediate release\.?$/i },
  // A broadcast transcript's header: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM …", its links.
  { reason: 'page notice', maxLength: 200, pattern: /^this is a rush transcript\b/i },
  { reason: 'navigation', maxLength: 60, pattern: /^(?:return to transcripts main page|transcript providers|transcripts? (?:home|index))$/i },
  // A comment section's rules: "The Telegraph values your comments but kindly requests …", "Please review our commenting policy."
  { reason: 'comments widget', maxLength: 240, needle: 'comment', pattern: /\b(?:values your comments|(?:our|the) commenting (?:policy|guidelines)|comments? (?:policy|guidelines)\.?$)/i },
  // A site's terms for reusing its text: "When citing and using any materials on the Internet, … hyperlinks not lower than …",
  // "Materials marked “Advertising” … are published as advertising".
  { reason: 'page notice', maxLength: 400, needle: 'material', pattern: /^(?:when|in addition,)?[^.]{0,40}\b(?:citing|using|quoting|reproduc\w*|copying)\b[^.]{0,80}\bmaterials?\b[^.]{0,160}\b(?:hyperlinks?|links?|permission)\b|^materials? marked\b/i },
  // A terminal's promotion closing Bloomberg's pages: "Before it's here, it's on the Bloomberg Terminal."
  { reason: 'page notice', maxLength: 80, pattern: /^before it['’]s here, it['’]s on the [\p{L} ]{2,30} terminal\.?$/iu },
  // A quote strip: "XAU Gold Spot 1,556.11 USD/t oz. -18.15 -1.15%", "CL1 WTI Crude Oil 59.61 USD/bbl. -3.09 -4.93%".
  { reason: 'market data', maxLength: 100, pattern: /^[A-Z0-9:]{2,10} [\p{L}&. -]{2,40} [\d,]+(?:\.\d+)? [\p{L}$/. ]{0,16}[+\-−][\d,.]+ [+\-−][\d.]+%$/u },
];

/** The rules that also hold for one sentence inside a paragraph. */
export const SENTENCE_FURNITURE: readonly LineRule[] = BOILERPLATE_RULES.filter((r) => r.inSentence === true);

/**
 * The first rule whose length bound, needle and pattern all hold for `s`, or null. `lower` is
 * `s.toLowerCase()` when the caller has it already; otherwise it is made when a needle needs it.
 */
export function matchLineRule(rules: readonly LineRule[], s: string, lower: string | null = null): LineRule | null {
  // (Rules in a row share a needle, "cookie": the line is searched for it once.)
  let needle: string | undefined;
  let found = false;
  const opening = s.charAt(0);
  for (const { rule, first } of rulesForLength(rules, s.length)) {
    // (A pattern anchored on a word cannot match a line that opens with another character.)
    if (first !== null && !first.includes(opening)) continue;
    if (rule.needle !== undefined && rule.needle !== needle) {
      needle = rule.needle;
      found = (lower ??= s.toLowerCase()).includes(needle);
    }
    if (rule.needle !== undefined && !found) continue;
    if (rule.pattern.test(s)) return rule;
  }
  return null;
}

/** A rule with the characters its pattern can match from (firstChars), null when any. */
interface RuleEntry {
  rule: LineRule;
  first: string | null;
}

/** Per list of rules, by a line's length: the rules whose maxLength allows it, in their order. */
const BY_LENGTH = new WeakMap<readonly LineRule[], ReadonlyArray<readonly RuleEntry[]>>();

/**
 * The rules of `rules` that apply to a line of `length` characters, in order: a long paragraph
 * passes over the many rules for short lines without a look at each.
 */
function rulesForLength(rules: readonly LineRule[], length: number): readonly RuleEntry[] {
  let table = BY_LENGTH.get(rules);
  if (table === undefined) {
    const entries = rules.map((rule) => ({ rule, first: firstChars(rule.pattern) }));
    const longest = Math.max(0, ...rules.map((r) => r.maxLength));
    const lists = new Map<number, readonly RuleEntry[]>();
    const made: Array<readonly RuleEntry[]> = [];
    for (let n = 0; n <= longest; n++) {
      // Lengths between two rules' bounds share one list.
      const fit = entries.filter((e) => n <= e.rule.maxLength);
      const key = fit.length;
      if (!lists.has(key)) lists.set(key, fit);
      made.push(lists.get(key)!);
    }
    table = made;
    BY_LENGTH.set(rules, table);
  }
  return length < table.length ? table[length]! : [];
}

/** Single-word navigation/furniture tokens; a short line made only of these is a menu. */
export const MENU_WORDS: ReadonlySet<string> = new Set([
  'home', 'news', 'world', 'politics', 'business', 'sport', 'sports', 'opinion', 'culture', 'lifestyle', 'tech', 'technology',
  'science', 'health', 'entertainment', 'video', 'videos', 'audio', 'podcasts', 'menu', 'sections', 'section', 'search',
  'share', 'tweet', 'email', 'print', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'reddit', 'telegram', 'pinterest',
  'messenger', 'instagram', 'youtube', 'flipboard', 'more', 'close', 'login', 'log', 'in', 'sign', 'up', 'register', 'subscribe', 'join', 'logout', 'out',
  'newsletter', 'newsletters', 'account', 'profile', 'settings', 'edition', 'us', 'uk', 'international', 'africa', 'asia',
  'europe', 'americas', 'middle', 'east', 'latest', 'trending', 'popular', 'top', 'stories', 'most', 'read', 'watched',
  'live', 'tv', 'radio', 'weather', 'markets', 'travel', 'style', 'food', 'games', 'puzzles', 'crossword', 'obituaries',
  'contact', 'about', 'advertise', 'careers', 'privacy', 'terms', 'cookies', 'copy', 'link', 'comments', 'next', 'previous',
  'prev', 'back', 'skip', 'to', 'content', 'main', 'navigation', 'toggle', 'open', 'save', 'bookmark', 'follow', 'topics',
  'tags', 'feedback', 'help', 'shop', 'store', 'donate', 'support', 'app', 'apps', 'rss', 'archive', '|', '•', '·', '/', '-', '>', '»',
]);
