import { useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageTitle } from '@/components/page-title';
import { ProblemAlert } from '@/components/problem-alert';
import { AttendancePanel, CellAbsencesPage, MemberAttendancePage, RollCallPage } from '@/features/attendance';
import { AuditLog } from '@/features/audit';
import { AccountsPage, SecuritySettings, type PickerProps } from '@/features/identity';
import {
  AuthorisationsPage,
  CalendarFeedCard,
  MeetingCalendar,
  MeetingForm,
  MeetingPage,
  useMeeting,
  type Pickers,
} from '@/features/meeting';
import { MinutesPage, type Announcement } from '@/features/minutes';
import { ImportWizard, MemberDetail, MemberList, MemberSelect, OrganisationBrowser, UnitSelect } from '@/features/organisation';
import { ReviewDashboard } from '@/features/reporting';
import { RoomPage, type RoomMinutesContext, type RoomVideoContext, type RoomVotesContext } from '@/features/room';
import {
  ADMINISTRATORS,
  AUTHORISATION_KEEPERS,
  hasAnyRole,
  MEETING_ORGANISERS,
  ORGANISATION_READERS,
  REVIEWERS,
  sessionQueryKey,
  type SessionUser,
} from '@/features/session';
import { VideoCall } from '@/features/video';
import { VotesPanel } from '@/features/voting';
import { useDocumentTitle } from '@/hooks/use-document-title';

import { links, paths } from '../paths';

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

/** The committee's review (R3, R11, R12, R19–R21, R26) over the units the reviewer holds a role on. */
export function ReviewRoute() {
  const { t } = useTranslation();
  useDocumentTitle('reporting.pageTitle');
  return (
    <RequireAuth roles={REVIEWERS}>
      {(user) => (
        <>
          <PageTitle testId="review-title">{t('reporting.pageTitle')}</PageTitle>
          <ReviewDashboard
            units={user.roles
              .filter((grant) => REVIEWERS.includes(grant.role))
              .filter((grant, i, all) => all.findIndex((g) => g.orgUnitId === grant.orgUnitId) === i)
              .map((grant) => ({ id: grant.orgUnitId, name: grant.orgUnitName }))}
          />
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
          <div className="settings-section">
            <CalendarFeedCard />
          </div>
        </>
      )}
    </RequireAuth>
  );
}

const meetingPickers: Pickers = {
  member: ({ testId, ...props }) => <MemberSelect {...props} testId={testId} />,
  unit: ({ testId, ...props }) => <UnitSelect {...props} testId={testId} kinds={['CELL', 'PARTY_GROUP']} allowClear={false} />,
};

const authorisationPickers: Pickers = {
  member: meetingPickers.member,
  unit: ({ testId, ...props }) => <UnitSelect {...props} testId={testId} kinds={['GRASSROOTS', 'CELL']} />,
};

const meetingLinks = {
  meeting: links.meeting,
  edit: links.meetingEdit,
  room: links.meetingRoom,
  rollCall: links.meetingRollCall,
  cellAbsences: links.cellAbsences,
  minutes: links.meetingMinutes,
};

/** The unit a new meeting is for unless she picks another: her own cell (or group) as organiser. */
function organiserUnit(user: SessionUser): string | undefined {
  return user.roles.find((grant) => MEETING_ORGANISERS.includes(grant.role))?.orgUnitId;
}

export function MeetingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle('meetings.pageTitle');
  return (
    <RequireAuth>
      {(user) => (
        <>
          <PageTitle testId="meetings-title">{t('meetings.pageTitle')}</PageTitle>
          <MeetingCalendar
            links={{
              meeting: links.meeting,
              newMeeting: hasAnyRole({ authenticated: true, user }, MEETING_ORGANISERS) ? paths.meetingNew : undefined,
            }}
          />
        </>
      )}
    </RequireAuth>
  );
}

export function MeetingNewRoute() {
  const { t } = useTranslation();
  useDocumentTitle('meetings.newTitle');
  return (
    <RequireAuth roles={MEETING_ORGANISERS}>
      {(user) => (
        <>
          <PageTitle testId="meeting-new-title">{t('meetings.newTitle')}</PageTitle>
          <MeetingForm defaultUnitId={organiserUnit(user)} pickers={meetingPickers} meetingLink={links.meeting} />
        </>
      )}
    </RequireAuth>
  );
}

export function MeetingRoute() {
  const { id } = useParams();
  useDocumentTitle('meetings.detailTitle');
  return <RequireAuth>{() => <MeetingPage key={id} meetingId={id!} pickers={meetingPickers} links={meetingLinks} />}</RequireAuth>;
}

function EditMeeting({ id }: { id: string }) {
  const meeting = useMeeting(id);
  if (meeting.error) return <ProblemAlert error={meeting.error} />;
  if (!meeting.data) return <Spin />;
  return <MeetingForm meeting={meeting.data} pickers={meetingPickers} meetingLink={links.meeting} />;
}

export function MeetingEditRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle('meetings.editTitle');
  return (
    <RequireAuth>
      {() => (
        <>
          <PageTitle testId="meeting-edit-title">{t('meetings.editTitle')}</PageTitle>
          <EditMeeting key={id} id={id!} />
        </>
      )}
    </RequireAuth>
  );
}

export function AuthorisationsRoute() {
  const { t } = useTranslation();
  useDocumentTitle('meetings.authorisations.pageTitle');
  return (
    <RequireAuth roles={AUTHORISATION_KEEPERS}>
      {(user) => (
        <>
          <PageTitle testId="authorisations-title">{t('meetings.authorisations.pageTitle')}</PageTitle>
          <AuthorisationsPage pickers={authorisationPickers} canRecord={hasAnyRole({ authenticated: true, user }, AUTHORISATION_KEEPERS)} />
        </>
      )}
    </RequireAuth>
  );
}

const roomVideo = ({ meetingId, open, displayName }: RoomVideoContext) => (
  <VideoCall meetingId={meetingId} open={open} displayName={displayName} />
);

const roomAttendance = ({ meetingId }: RoomVideoContext) => (
  <AttendancePanel meetingId={meetingId} rollCallLink={links.meetingRollCall(meetingId)} />
);

const roomMinutes = ({ meetingId, announcement }: RoomMinutesContext) => (
  <MinutesPage meetingId={meetingId} announcement={announcement as Announcement | null} embedded />
);

const roomVotes = (context: RoomVotesContext) => <VotesPanel context={context} />;

export function MeetingRoomRoute() {
  const { id } = useParams();
  useDocumentTitle('room.pageTitle');
  return (
    <RequireAuth>
      {() => (
        <RoomPage
          key={id}
          meetingId={id!}
          video={roomVideo}
          attendance={roomAttendance}
          minutes={roomMinutes}
          votes={roomVotes}
        />
      )}
    </RequireAuth>
  );
}

const attendanceLinks = { meeting: links.meeting, memberAttendance: links.memberAttendance };

export function RollCallRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle('attendance.roll.pageTitle');
  return (
    <RequireAuth>
      {() => (
        <>
          <PageTitle testId="roll-call-title">{t('attendance.roll.pageTitle')}</PageTitle>
          <RollCallPage key={id} meetingId={id!} links={attendanceLinks} />
        </>
      )}
    </RequireAuth>
  );
}

export function MemberAttendanceRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle('attendance.history.pageTitle');
  return (
    <RequireAuth>
      {() => (
        <>
          <PageTitle testId="member-attendance-title">{t('attendance.history.pageTitle')}</PageTitle>
          <MemberAttendancePage key={id} memberId={id!} links={attendanceLinks} />
        </>
      )}
    </RequireAuth>
  );
}

export function CellAbsencesRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle('attendance.absences.pageTitle');
  return (
    <RequireAuth>
      {() => (
        <>
          <PageTitle testId="cell-absences-title">{t('attendance.absences.pageTitle')}</PageTitle>
          <CellAbsencesPage key={id} cellId={id!} links={attendanceLinks} />
        </>
      )}
    </RequireAuth>
  );
}

export function MeetingMinutesRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  useDocumentTitle('minutes.pageTitle');
  return (
    <RequireAuth>
      {() => (
        <>
          <PageTitle testId="minutes-title">{t('minutes.pageTitle')}</PageTitle>
          <MinutesPage key={id} meetingId={id!} />
        </>
      )}
    </RequireAuth>
  );
}
