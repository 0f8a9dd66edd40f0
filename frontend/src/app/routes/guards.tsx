import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { hasAnyRole, useSessionQuery, type Role, type Session, type SessionUser } from '@/features/session';

import { links, paths } from '../paths';

/**
 * Pages behind login: an anonymous visitor is sent to /login?next=<here>. Roles only choose what
 * to show; the server checks every request anyway.
 */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: (user: SessionUser) => ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { data, isPending } = useSessionQuery();

  if (isPending) {
    return (
      <div className="page-loading" role="status" aria-live="polite">
        <Spin />
        <span className="sr-only">{t('common.loading')}</span>
      </div>
    );
  }
  const session: Session = data ?? { authenticated: false };
  if (!session.authenticated) {
    return <Navigate to={links.login(location.pathname + location.search)} replace />;
  }
  if (roles && !hasAnyRole(session, roles)) {
    return (
      <Result
        status="403"
        title={<h1 className="result-title">{t('guards.forbiddenTitle')}</h1>}
        subTitle={t('guards.forbiddenBody')}
        extra={
          <Button type="primary" onClick={() => void navigate(paths.home)}>
            {t('notFound.back')}
          </Button>
        }
        data-testid="forbidden"
      />
    );
  }
  return <>{children(session.user)}</>;
}
