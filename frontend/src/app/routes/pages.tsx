import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageTitle } from '@/components/page-title';
import { AuditLog } from '@/features/audit';
import { AccountsPage, SecuritySettings, type PickerProps } from '@/features/identity';
import { ImportWizard, MemberDetail, MemberList, MemberSelect, OrganisationBrowser, UnitSelect } from '@/features/organisation';
import { RoomPage } from '@/features/room';
import { ADMINISTRATORS, ORGANISATION_READERS, sessionQueryKey } from '@/features/session';
import { useDocumentTitle } from '@/hooks/use-document-title';

import { links } from '../paths';

import { RequireAuth } from './guards';

const organisationLinks = {
  members: (unitId: string) => links.members(unitId),
  import: (unitId: string) => links.memberImport(unitId),
  member: (id: string) => links.member(id),
};

export function OrganisationRoute() {
  const { t } = useTranslation();
  useDocumentTitle('organisation.pageTitle');
  return (
    <RequireAuth roles={ORGANISATION_READERS}>
      {(user) => (
        <>
          <PageTitle testId="organisation-title">{t('organisation.pageTitle')}</PageTitle>
          <OrganisationBrowser grants={user.roles} links={organisationLinks} />
        </>
      )}
    </RequireAuth>
  );
}

export function MembersRoute() {
  const { t } = useTranslation();
  useDocumentTitle('organisation.members.pageTitle');
  return (
    <RequireAuth roles={ORGANISATION_READERS}>
      {(user) => (
        <>
          <PageTitle testId="members-title">{t('organisation.members.pageTitle')}</PageTitle>
          <MemberList grants={user.roles} links={organisationLinks} />
        </>
      )}
    </RequireAuth>
  );
}

export function MemberRoute() {
  const { id } = useParams();
  useDocumentTitle('organisation.members.detailTitle');
  return <RequireAuth>{(user) => <MemberDetail key={id} memberId={id!} grants={user.roles} />}</RequireAuth>;
}

export function MemberImportRoute() {
  const { t } = useTranslation();
  useDocumentTitle('organisation.import.pageTitle');
  return (
    <RequireAuth roles={['ADMIN', 'SECRETARY', 'DEPUTY_SECRETARY']}>
      {() => (
        <>
          <PageTitle testId="import-title">{t('organisation.import.pageTitle')}</PageTitle>
          <ImportWizard membersLink={(unitId) => links.members(unitId)} />
        </>
      )}
    </RequireAuth>
  );
}

const unitPicker = ({ testId, ...props }: PickerProps) => <UnitSelect {...props} testId={testId} />;
const memberPicker = ({ testId, ...props }: PickerProps) => <MemberSelect {...props} testId={testId} />;

export function AccountsRoute() {
  const { t } = useTranslation();
  useDocumentTitle('identity.accounts.pageTitle');
  return (
    <RequireAuth roles={ADMINISTRATORS}>
      {() => (
        <>
          <PageTitle testId="accounts-title">{t('identity.accounts.pageTitle')}</PageTitle>
          <AccountsPage unitPicker={unitPicker} memberPicker={memberPicker} />
        </>
      )}
    </RequireAuth>
  );
}

export function AuditRoute() {
  const { t } = useTranslation();
  useDocumentTitle('audit.pageTitle');
  return (
    <RequireAuth roles={ADMINISTRATORS}>
      {() => (
        <>
          <PageTitle testId="audit-title">{t('audit.pageTitle')}</PageTitle>
          <AuditLog />
        </>
      )}
    </RequireAuth>
  );
}

export function SecurityRoute() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  useDocumentTitle('identity.security.pageTitle');
  return (
    <RequireAuth>
      {(user) => (
        <>
          <PageTitle testId="security-title">{t('identity.security.pageTitle')}</PageTitle>
          <SecuritySettings
            secondFactorEnrolled={!!user.secondFactorEnrolled}
            onChanged={() => void queryClient.invalidateQueries({ queryKey: sessionQueryKey })}
          />
        </>
      )}
    </RequireAuth>
  );
}

export function MeetingRoomRoute() {
  const { id } = useParams();
  useDocumentTitle('room.pageTitle');
  return <RequireAuth>{() => <RoomPage key={id} meetingId={id!} />}</RequireAuth>;
}
