/**
 * Word lists for finding what a number counts (data). The subject is the head noun plus
 * the modifiers right before it that change who is counted: nationality ("US soldiers",
 * "American contractor") and role ("civilian", "service members", "security forces").
 * Evaluative or descriptive words ("angry", "Iranian-backed", "militia") are dropped.
 */
export const KEPT_MODIFIERS = new Set([
  'us', 'u.s', 'u.k', 'uk', 'american', 'americans', 'iraqi', 'iranian', 'syrian', 'kurdish', 'israeli', 'turkish',
  'russian', 'chinese', 'french', 'german', 'british', 'lebanese', 'afghan', 'saudi', 'somali', 'australian',
  'japanese', 'palestinian', 'yemeni', 'egyptian', 'jordanian', 'qatari', 'emirati', 'indian', 'pakistani',
  'ukrainian', 'canadian', 'italian', 'spanish', 'european', 'western', 'foreign', 'nigerian', 'kenyan',
  'civilian', 'service', 'security', 'military', 'coalition', 'police', 'government', 'ballistic', 'cruise',
  'air', 'naval', 'embassy', 'protection', 'army', 'marine', 'special', 'forces', 'rescue', 'emergency', 'health',
  'aid', 'medical', 'fire', 'defence', 'defense', 'diplomatic', 'reception',
]);

/** Plural nouns that do not end in -s. */
export const IRREGULAR_PLURALS = new Set([
  'people', 'personnel', 'staff', 'police', 'men', 'women', 'children', 'crew', 'aircraft', 'militiamen',
  'gunmen', 'servicemen', 'troops', 'cattle', 'sheep', 'fish', 'livestock', 'infantry', 'youths', 'media', 'data',
  'clergy', 'faithful', 'public', 'population', 'dead', 'wounded', 'injured',
]);

/** Words ending in -s that are not plural nouns. */
export const NOT_PLURAL = new Set([
  'was', 'has', 'is', 'its', 'this', 'us', 'as', 'gas', 'bus', 'news', 'series', 'species', 'across', 'whereas',
  'perhaps', 'always', 'sometimes', 'afterwards', 'towards', 'besides', 'unless', 'thus', 'plus', 'yes', 'less',
  'does', 'says', 'his', 'hers', 'ours', 'theirs', 'yours', 'chaos', 'status', 'campus', 'bonus', 'census',
  'corpus', 'virus', 'focus', 'various', 'numerous', 'previous', 'serious', 'dangerous', 'famous', 'nervous',
  'analysis', 'crisis', 'basis', 'axis', 'thesis', 'isis', 'hezbollah', 'christmas', 'texas', 'paris', 'kansas',
]);

/** Words that end a counted noun phrase. */
export const NP_STOPS = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'into', 'onto', 'over', 'under', 'near', 'outside',
  'inside', 'after', 'before', 'during', 'since', 'until', 'against', 'among', 'between', 'through', 'toward',
  'towards', 'across', 'around', 'about', 'amid', 'along', 'behind', 'beyond', 'via', 'per', 'than', 'as', 'like',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'when', 'while', 'where', 'who', 'whom', 'whose', 'which',
  'what', 'why', 'how', 'said', 'says', 'say', 'told', 'according', 'including', 'not', 'no', 'had', 'have', 'has',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'may', 'might', 'could', 'can', 'should',
  'must', 'did', 'do', 'does', 'also', 'then', 'there', 'here', 'it', 'they', 'he', 'she', 'we', 'you', 'i',
  'each', 'all', 'both', 'more', 'most', 'some', 'many', 'other', 'another', 'such', 'only', 'just', 'still',
  'later', 'earlier', 'today', 'yesterday', 'tonight', 'now', 'used', 'based', 'left', 'held', 'seen', 'made',
  'aboard', 'onboard', 'apiece',
]);
