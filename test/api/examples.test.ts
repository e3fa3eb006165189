import { STORE_KINDS, openHarness, ingestSamples, data, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import { EXAMPLES } from '../../src/api/graphiql';

type Node = Record<string, any>;
const nodes = (conn: { edges: Array<{ node: Node }> }): Node[] => conn.edges.map((e) => e.node);

/**
 * The playground's example operations, run as they are on the two sample articles (what
 * `npm start` serves), return the claims the reference annotations (gold/seeds) expect.
 */
describe.each(STORE_KINDS)('GraphiQL example operations on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(kind);
    await ingestSamples(h);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('trace the "25 fighters" claim: found by search, with its provenance and both appearances', async () => {
    const d = data(await h.gql(EXAMPLES.traceClaim.query));
    const found = nodes(d.searchClaims);
    expect(found.length).toBe(2);
    const pa = found.find((n) => /killed 25 fighters/.test(n.text));
    const bbc = found.find((n) => /At least 25 fighters died/.test(n.text));
    expect(pa).toBeDefined();
    expect(bbc).toBeDefined();
    expect(pa!.article.outlet).toBe('PA Media');
    expect(pa!.provenance.earliest.article.outlet).toBe('PA Media');
    // Each appears in the other's appearances: the same toll reported twice.
    for (const [a, b] of [[pa!, bbc!], [bbc!, pa!]]) {
      const texts = a.provenance.appearances.map((x: Node) => x.claim.text);
      expect(texts).toContain(a.text);
      expect(texts).toContain(b.text);
      expect(a.provenance.appearances.find((x: Node) => x.claim.text === a.text).relation).toBe('self');
    }
    for (const step of pa!.provenance.chain) expect(step.evidence.length).toBeGreaterThan(0);
  });

  test('independent origins of the embassy breach: the PA claim, the BBC report and the AP gate account', async () => {
    const d = data(await h.gql(EXAMPLES.embassyOrigins.query));
    const [claim] = nodes(d.searchClaims);
    expect(claim!.text).toMatch(/^Dozens of Iraqi Shia militia supporters have broken into the US embassy compound/);
    const c = claim!.corroboration;
    expect(c.independentOrigins).toBe(c.groups.length);
    expect(c.independentOrigins).toBeGreaterThanOrEqual(2);
    const members = c.groups.flatMap((g: Node) => g.members.map((m: Node) => m.claim.text as string));
    expect(members.some((t: string) => /have attacked the US embassy compound/.test(t))).toBe(true);
    expect(members.some((t: string) => /a gate at a side-entrance to the compound was smashed open/.test(t))).toBe(true);
    // The gate account is the Associated Press's (the BBC quotes AP): its own origin.
    const ap = c.groups.find((g: Node) => g.members.some((m: Node) => /side-entrance/.test(m.claim.text)));
    expect(ap.label).toMatch(/Associated Press/);
    for (const g of c.groups) for (const m of g.members) if (m.claim.text !== claim!.text) expect(m.link.basis.length).toBeGreaterThan(0);
  });

  test('conflicting figures: 25 and "at least 25" agree; dozens vs hundreds are different figures side by side', async () => {
    const d = data(await h.gql(EXAMPLES.deathTolls.query));
    const tolls = nodes(d.deathTolls);
    expect(tolls.length).toBe(2);
    for (const t of tolls) {
      expect(t.conflicts.differentFigures).toEqual([]);
      expect(t.conflicts.contradictions).toEqual([]);
      expect(t.links.some((l: Node) => l.type === 'corroborates' && /25/.test(l.basis))).toBe(true);
    }
    const [crowd] = nodes(d.crowdSizes);
    expect(crowd!.text).toMatch(/^Dozens of Iraqi Shia militia supporters/);
    expect(crowd!.quantities[0]).toMatchObject({ value: 12, qualifier: 'approx' });
    const figures = crowd!.conflicts.differentFigures;
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some((f: Node) => /hundreds/i.test(f.claim.text))).toBe(true);
    for (const f of figures) expect(f.slot).toBeTruthy();
    expect(crowd!.conflicts.contradictions).toEqual([]);
  });

  test('the exploration example runs', async () => {
    const d = data(await h.gql(EXAMPLES.explore.query));
    expect(d.sources.totalCount).toBeGreaterThan(0);
    expect(d.events.totalCount).toBeGreaterThan(0);
    const withTimeline = nodes(d.events).filter((e) => e.timeline.length > 0);
    expect(withTimeline.length).toBeGreaterThan(0);
  });

  test('the root report fields answer the same as the claim fields', async () => {
    const found = nodes(data(await h.gql('{ searchClaims(text: "25 fighters", first: 1) { edges { node { id } } } }')).searchClaims);
    const id = found[0]!.id;
    const d = data(
      await h.gql(`query($id: ID!) {
        provenance(claimId: $id) { claim { id } earliest { claim { id } } }
        corroboration(claimId: $id) { claim { id } independentOrigins supportingCount groups { key kind size } }
        conflicts(claimId: $id) { claim { id } differentFigures { slot } contradictions { slot } }
        claim(id: $id) { corroboration { independentOrigins supportingCount groups { key kind size } } }
      }`, { id }),
    );
    expect(d.provenance.claim.id).toBe(id);
    expect(d.provenance.earliest.claim.id).toBeTruthy();
    expect(d.conflicts.claim.id).toBe(id);
    const { claim: _c, ...root } = d.corroboration;
    expect(root).toEqual(d.claim.corroboration);
  });
});
