import { useEffect, useState } from 'react';

const secondsUntil = (until: number) => Math.max(0, Math.ceil((until - Date.now()) / 1000));

/** Seconds left until `until` (epoch ms), ticking while there are any; 0 once passed or when there is none. */
export function useCountdown(until: number | undefined): number {
  const [left, setLeft] = useState(() => (until ? secondsUntil(until) : 0));
  useEffect(() => {
    if (!until) return;
    const tick = () => {
      const next = secondsUntil(until);
      setLeft(next);
      if (next === 0) window.clearInterval(timer);
    };
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 250);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [until]);
  return until ? left : 0;
}
