import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

/**
 * The shared wink-nlp instance: sentence boundaries and part-of-speech only (NER,
 * negation and sentiment are off — our own rules do that work, and they cost ~40% speed).
 * Loaded on first use so that importing the extract library stays cheap.
 */
export function nlp(): WinkMethods {
  if (instance === null) instance = winkNLP(model, ['sbd', 'pos']);
  return instance;
}
