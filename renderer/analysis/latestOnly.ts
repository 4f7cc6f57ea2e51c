/**
 * Handling only the latest of a burst of requests, as the editor's workers do: a request that
 * arrives while another waits replaces it, so a worker never works through a queue of stale edits.
 */
export function latestOnly<T>(handle: (request: T) => void): (request: T) => void {
  let latest: { readonly request: T } | null = null;
  const runLatest = (): void => {
    const next = latest;
    latest = null;
    if (next) handle(next.request);
  };
  return (request) => {
    const isScheduled = latest !== null;
    latest = { request };
    if (!isScheduled) setTimeout(runLatest, 0);
  };
}
