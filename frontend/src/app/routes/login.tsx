import { useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { LoginFlow } from '@/features/identity';
import { sessionQueryKey, useSessionQuery } from '@/features/session';
import { useDocumentTitle } from '@/hooks/use-document-title';

import { safeNext } from '../paths';

export function LoginRoute() {
  useDocumentTitle('identity.login.pageTitle');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSessionQuery();

  if (session.isPending) return <Spin className="page-loading" />;
  if (session.data?.authenticated) return <Navigate to={next} replace />;

  return (
    <div className="login-page">
      <LoginFlow
        pending={session.data?.pending}
        onAuthenticated={async () => {
          // Another user may have used this browser: nothing cached may survive the login.
          queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
          await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
          void navigate(next, { replace: true });
        }}
      />
    </div>
  );
}
