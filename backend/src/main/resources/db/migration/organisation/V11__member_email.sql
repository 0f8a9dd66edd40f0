-- A member's e-mail address for notices (meeting invitations, reminders); optional, one per member.
alter table organisation.member add column email text;
alter table organisation.member add constraint member_email_shape check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
