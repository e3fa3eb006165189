/** A word or punctuation token of a sentence, with offsets into the article text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, PUNCT…). */
  pos: string;
}

/** A sentence of the cleaned article text. Quotes spanning several sentences stay in one. */
export interface Sentence {
  /** Position in the article, 0-based. */
  index: number;
  /** Offsets into CleanArticle.text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  kind: 'body' | 'caption' | 'table';
  tokens: Token[];
}
