/** Lets other work (requests, timers) run before the next chunk of a long job. */
export const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));
