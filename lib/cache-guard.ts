import "server-only";

// When this process last dropped each tag (lib/revalidate.ts, or another instance's write received
// by lib/cache/cache-handler.cjs), on the performance.now() clock. On globalThis: the cache handler
// lives outside Next's bundles, and a bundle may hold more than one copy of this module.
const droppedAt: Map<string, number> = ((globalThis as { __kiosqueDroppedAt?: Map<string, number> }).__kiosqueDroppedAt ??= new Map());

export function noteDropped(tags: Iterable<string>): void {
  const now = performance.now();
  for (const tag of tags) droppedAt.set(tag, now);
}

function droppedSince(tags: readonly string[], since: number): boolean {
  return tags.some((tag) => (droppedAt.get(tag) ?? Number.NEGATIVE_INFINITY) > since);
}

const ATTEMPTS = 3;

/**
 * A loader for unstable_cache that never hands back what it read before a write whose
 * invalidation came while it was reading. Next.js takes an entry stored after an invalidation as
 * fresh, whenever its data was read: a reader that raced a publication would otherwise keep the
 * old answer cached for an hour. It reads again (at most twice more) when one of its tags was
 * dropped during the read. lib/revalidate.ts drops the same tags again a moment later, for
 * pages whose render straddled the write.
 */
export function readAfterWrites<Args extends unknown[], Result>(load: (...args: Args) => Promise<Result>, tags: readonly string[]): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      const result = await load(...args);
      if (attempt === ATTEMPTS || !droppedSince(tags, started)) return result;
    }
  };
}
