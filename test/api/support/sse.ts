/** Reads server-sent events from a fetch Response until `want` says stop or time runs out. */
export async function readEvents(
  response: Response,
  want: (events: Array<{ event: string; data: string }>) => boolean,
  timeoutMs: number,
): Promise<Array<{ event: string; data: string }>> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: Array<{ event: string; data: string }> = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (!want(events)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no wanted event within ${timeoutMs} ms; got ${JSON.stringify(events)}`);
      // The timer is cleared when the read wins: a pending one would keep the jest worker alive.
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([reader.read(), new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), left)))]).finally(() => clearTimeout(timer));
      if (chunk === 'timeout') continue;
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let sep: number;
      while ((sep = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, sep);
        buffer = buffer.slice(sep + 2);
        const lines = block.split('\n').filter((l) => !l.startsWith(':'));
        if (lines.length === 0) continue;
        const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim() ?? 'message';
        const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
        events.push({ event, data });
      }
    }
    return events;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
