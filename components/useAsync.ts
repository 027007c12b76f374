// Loads one value from the connector for a component (settings, profiles, history); null until it arrives.
import { useEffect, useState } from 'preact/hooks';

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): [T | null, (v: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let alive = true;
    load().then(
      (v) => alive && setValue(v),
      (e: unknown) => console.warn('Parallax:', e),
    );
    return () => {
      alive = false;
    };
  }, deps);
  return [value, setValue];
}
