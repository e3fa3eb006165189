// Replaced by the Neo4j launcher work: starts Neo4j for the run.
export default async function globalSetup(): Promise<void> {}
