import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A login step's heading. Focus goes to the step's first field instead (it is what the user acts
 * on next); that field's aria-describedby points at the step's explanation so it is read out too.
 */
export function StepHeading({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Typography.Title level={2} className="login-step__title" data-testid={testId}>
      {children}
    </Typography.Title>
  );
}
