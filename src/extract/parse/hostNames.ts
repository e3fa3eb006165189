/** An address's host as labels, without "www.", "amp." and "m.", and how many of them are the domain ending ("co.uk", "com.au" take two). */
function hostLabels(url: string | null): { labels: string[]; ending: number } | null {
  const m = url === null ? null : /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(url.trim());
  if (!m) return null;
  const labels = m[1]!.toLowerCase().split('.').filter((l) => l !== 'www' && l !== 'amp' && l !== 'm');
  const ending = labels.length >= 3 && /^(?:co|com|org|net|gov|ac|edu)$/u.test(labels[labels.length - 2]!) ? 2 : 1;
  return labels.length > ending ? { labels, ending } : null;
}

/**
 * "https://www.theguardian.com/world/…" -> ["theguardian"]; "https://news.sky.com/…" -> ["newssky", "skynews"]
 * (a short name with its subdomain, either way round); [] for an address with no host or a bare one.
 */
export function hostNames(url: string): string[] {
  const host = hostLabels(url);
  if (host === null) return [];
  const parts = host.labels.slice(0, host.labels.length - host.ending).map((l) => l.replace(/[^a-z0-9]/gu, ''));
  const name = parts[parts.length - 1];
  if (name === undefined) return [];
  if (name.length >= 4) return [name];
  return parts.length === 2 && parts[0]!.length >= 2 ? [parts.join(''), [...parts].reverse().join('')] : [];
}

/** The domain a site is registered under ("english.ahram.org.eg" -> "ahram.org.eg", "www.ndtv.com" -> "ndtv.com"); null without a host. */
export function siteDomain(url: string | null): string | null {
  const host = hostLabels(url);
  return host === null ? null : host.labels.slice(-(host.ending + 1)).join('.');
}
