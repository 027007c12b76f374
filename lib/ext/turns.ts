// Jobs run one after another per key, each after the one before it has settled (a failed job does not stop the
// next): the index service's loads and imports (one key), and a tab's state writes (a key per tab), where a
// read-then-write must not interleave with another write.
export type InTurn<K> = <T>(key: K, job: () => Promise<T>) => Promise<T>;

export function turns<K>(): InTurn<K> {
  const queues = new Map<K, Promise<unknown>>();
  return (key, job) => {
    const run = (queues.get(key) ?? Promise.resolve()).then(job, job);
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    // An idle key is forgotten, so a map of tabs does not grow with every tab ever opened.
    void tail.then(() => queues.get(key) === tail && queues.delete(key));
    return run;
  };
}
