import type { Link, LinkType } from '../domain';

/** A link made by the linker (origin machine), scores rounded to 3 decimals for stable output. */
export function machineLink(from: string, to: string, type: LinkType, score: number, basis: string, now: string, extra: { slot?: string | null; share?: number | null } = {}): Link {
  return {
    from,
    to,
    type,
    score: Math.max(0, Math.min(1, Math.round(score * 1000) / 1000)),
    basis,
    slot: extra.slot ?? null,
    share: extra.share ?? null,
    origin: 'machine',
    removed: false,
    note: null,
    createdAt: now,
  };
}
