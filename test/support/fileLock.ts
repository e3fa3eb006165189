import * as fs from 'node:fs';

/**
 * A cross-process lock: a file created with O_EXCL holding the owner's pid. A lock whose
 * owner process is gone is stale and taken over, so a crashed worker never wedges a run.
 */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T> | T, timeoutMs = 120_000): Promise<T> {
  await acquireFileLock(lockPath, timeoutMs);
  try {
    return await fn();
  } finally {
    releaseFileLock(lockPath);
  }
}

export async function acquireFileLock(lockPath: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = readPid(lockPath);
    if (owner !== null && owner !== process.pid && !isAlive(owner)) {
      // Stale: remove only if it still names the dead owner (another waiter may have won).
      if (readPid(lockPath) === owner) fs.rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for lock ${lockPath} (held by pid ${owner ?? '?'})`);
    }
    await sleep(25 + Math.random() * 50);
  }
}

export function releaseFileLock(lockPath: string): void {
  if (readPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}

function readPid(lockPath: string): number | null {
  try {
    const n = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    return Number.isFinite(n) ? n : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
