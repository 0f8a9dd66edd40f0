import { useMemo } from 'react';

import { useDebouncedValue } from '@/hooks/use-debounced-value';

/**
 * A request body once it has stopped changing. Compared by content, so a form that rebuilds the same
 * body on every render neither restarts the wait nor asks the server again.
 */
export function useDebouncedJson<T>(value: T | undefined, delay: number): T | undefined {
  const text = useDebouncedValue(value === undefined ? '' : JSON.stringify(value), delay);
  return useMemo(() => (text ? (JSON.parse(text) as T) : undefined), [text]);
}
