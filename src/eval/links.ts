// Placeholder until the linking issue lands: link evaluation (npm run eval) lives here.
export interface LinkEvalReport {
  lines: string[];
}

export async function evaluateLinks(_opts: { sharedDir: string }): Promise<LinkEvalReport | null> {
  return null;
}
