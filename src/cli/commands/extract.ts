import type { Command } from '../io';
import { ClaimgraphError } from '../../domain/errors';

// Placeholder until its issue lands; replaced by the real command.
export const extractCommand: Command = {
  summary: 'extract (not built yet)',
  usage: 'claimgraph extract',
  run: async () => {
    throw new ClaimgraphError('BAD_INPUT', 'extract is not built yet');
  },
};
