import type { Claim, Link } from '../domain';
import type { GraphStore } from '../store/port';
import type { CorroborationReport, OriginGroup } from './reports';
import { gatherOriginFacts } from './originFacts';
import { originOf } from './originOf';
import { byPublished } from './byPublished';

/** How far corroboration is followed: a claim that corroborates one that corroborates this one still supports it. */
const DEPTH = 2;
const LIMIT = 300;

/**
 * The claims that support a claim (corroborates, and copies of it: derived_from), grouped by
 * independent origin: one wire story, one copy chain, one speaker's statement, one outlet's
 * own reporting. independentOrigins counts the groups, the claim's own included.
 * Returns null when the claim does not exist.
 */
export async function buildCorroboration(store: GraphStore, claimId: string): Promise<CorroborationReport | null> {
  const [claim] = await store.getClaims([claimId]);
  if (!claim) return null;
  const walked = await store.traverseLinks(claimId, ['corroborates', 'derived_from'], DEPTH, LIMIT);
  // The link that reached each claim first (smallest depth). Beyond the claim's own links only
  // copies are followed: a copy of a supporter supports it too, but a claim that corroborates a
  // supporter may state something narrower or broader than the claim itself.
  const reachedBy = new Map<string, Link>();
  for (const l of walked) {
    if (l.depth > 1 && l.type !== 'derived_from') continue;
    for (const id of [l.from, l.to]) if (id !== claimId && !reachedBy.has(id)) reachedBy.set(id, l);
  }
  const memberIds = [...reachedBy.keys()];
  const members = memberIds.length > 0 ? (await store.getClaims(memberIds)).filter((c): c is Claim => c !== null) : [];
  const { facts } = await gatherOriginFacts(store, [claim, ...members]);

  const groups = new Map<string, OriginGroup>();
  const place = (c: Claim, link: Link | null): void => {
    const f = facts.get(c.id);
    if (!f) return;
    const o = originOf(f);
    let g = groups.get(o.key);
    if (!g) {
      g = { key: o.key, label: o.label, kind: o.kind, members: [] };
      groups.set(o.key, g);
    }
    g.members.push({ claim: c, article: f.article, link });
  };
  place(claim, null);
  for (const m of members) place(m, reachedBy.get(m.id) ?? null);

  const ownKey = facts.get(claim.id) ? originOf(facts.get(claim.id)!).key : null;
  const ordered = [...groups.values()];
  for (const g of ordered) g.members.sort((a, b) => byPublished(a.article, b.article));
  ordered.sort((a, b) => {
    if (a.key === ownKey) return -1;
    if (b.key === ownKey) return 1;
    return b.members.length - a.members.length || byPublished(a.members[0]!.article, b.members[0]!.article);
  });
  return { claim, independentOrigins: ordered.length, groups: ordered, supportingCount: members.length };
}
