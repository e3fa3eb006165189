import type { Command } from '../io';
import { ClaimgraphError } from '../../domain/errors';

// Placeholder until its issue lands; replaced by the real command.
export const queryCommand: Command = {
  summary: 'query (not built yet)',
  usage: 'claimgraph query',
  run: async () => {
    throw new ClaimgraphError('BAD_INPUT', 'query is not built yet');
  },
};
