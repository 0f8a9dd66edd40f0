import { Alert } from 'antd';
import type { ReactNode } from 'react';

import { useProblemMessage } from '@/hooks/use-problem-message';

/** An error announced to screen readers (role="alert" is assertive and live). */
export function ProblemAlert({
  error,
  testId,
  action,
  message,
}: {
  error: unknown;
  testId?: string;
  action?: ReactNode;
  message?: ReactNode;
}) {
  const describe = useProblemMessage();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      message={message ?? describe(error)}
      action={action}
      className="problem-alert"
    />
  );
}
