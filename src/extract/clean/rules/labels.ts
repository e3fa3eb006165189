/** Kickers that open a paragraph like a dateline ("FILE PHOTO:", "BREAKING -", "UPDATE:"): dropped, never a speaker. */
export const LABELS = /^(file photo|file|photo|update|updated|breaking|breaking news|watch|exclusive|analysis|opinion|editorial|live|explainer|factbox|correction)\b/i;
