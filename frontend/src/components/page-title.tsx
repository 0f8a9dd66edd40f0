import { Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A page's h1. It takes focus when the page opens so a screen reader announces where a link led
 * (single-page navigation otherwise leaves focus on the old link).
 */
export function PageTitle({ children, testId, extra }: { children: ReactNode; testId?: string; extra?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page-title">
      <Typography.Title level={1} className="page-title__text" data-testid={testId} tabIndex={-1} ref={ref}>
        {children}
      </Typography.Title>
      {extra && <div className="page-title__extra">{extra}</div>}
    </div>
  );
}
