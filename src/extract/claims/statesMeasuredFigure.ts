/** An amount of money or a percentage and a lower-case word, in either order. */
const MEASURED_FIGURE = /\p{Ll}[^]*?(?:[£$€¥]\s?\d|\d(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b))|(?:[£$€¥]\s?\d|\d\s?%)[^]*?\p{Ll}/u;

/**
 * A fragment without a verb that still states a figure: the results line of a press release
 * ("Group revenue of £386.4m, down 4.1% on the prior year", "Net debt of £42.8m at year end").
 */
export function statesMeasuredFigure(text: string): boolean {
  return MEASURED_FIGURE.test(text);
}
