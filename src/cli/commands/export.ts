import type { Command } from '../io';
import { ClaimgraphError } from '../../domain/errors';

// Placeholder until its issue lands; replaced by the real command.
export const exportCommand: Command = {
  summary: 'export (not built yet)',
  usage: 'claimgraph export',
  run: async () => {
    throw new ClaimgraphError('BAD_INPUT', 'export is not built yet');
  },
};
