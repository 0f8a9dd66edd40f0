import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { AppShell } from './layout/app-shell';
import { paths } from './paths';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import {
  AccountsRoute,
  AuditRoute,
  AuthorisationsRoute,
  CellAbsencesRoute,
  MeetingEditRoute,
  MeetingNewRoute,
  MeetingRoute,
  MeetingsRoute,
  MeetingMinutesRoute,
  MeetingRoomRoute,
  MemberAttendanceRoute,
  MemberImportRoute,
  MemberRoute,
  MembersRoute,
  OrganisationRoute,
  RollCallRoute,
  ReviewRoute,
  SecurityRoute,
} from './routes/pages';

const routes = [
  {
    element: <AppShell />,
    children: [
      { path: paths.home, element: <HomeRoute /> },
      { path: paths.login, element: <LoginRoute /> },
      { path: paths.security, element: <SecurityRoute /> },
      { path: paths.organisation, element: <OrganisationRoute /> },
      { path: paths.members, element: <MembersRoute /> },
      { path: paths.memberImport, element: <MemberImportRoute /> },
      { path: paths.member, element: <MemberRoute /> },
      { path: paths.accounts, element: <AccountsRoute /> },
      { path: paths.audit, element: <AuditRoute /> },
      { path: paths.meetings, element: <MeetingsRoute /> },
      { path: paths.meetingNew, element: <MeetingNewRoute /> },
      { path: paths.meeting, element: <MeetingRoute /> },
      { path: paths.meetingEdit, element: <MeetingEditRoute /> },
      { path: paths.authorisations, element: <AuthorisationsRoute /> },
      { path: paths.meetingRoom, element: <MeetingRoomRoute /> },
      { path: paths.meetingRollCall, element: <RollCallRoute /> },
      { path: paths.memberAttendance, element: <MemberAttendanceRoute /> },
      { path: paths.cellAbsences, element: <CellAbsencesRoute /> },
      { path: paths.meetingMinutes, element: <MeetingMinutesRoute /> },
      { path: paths.review, element: <ReviewRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
