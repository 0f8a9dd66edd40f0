package vn.chibo.meeting.notice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.meeting.MeetingEvents.MeetingCancelled;
import vn.chibo.meeting.MeetingEvents.MeetingPostponed;
import vn.chibo.meeting.MeetingEvents.MeetingRescheduled;
import vn.chibo.meeting.MeetingEvents.MeetingScheduled;
import vn.chibo.meeting.MeetingEvents.ScheduleWarningRaised;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.meeting.testing.MeetingFeaturesTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingNoticesTest extends MeetingFeaturesTestSupport {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MailOutbox outbox;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcLiaisons liaisons;

    City city;
    MeetingSummary meeting;

    /** 19:30 in Vietnam on Thursday 3 December 2026. */
    static final java.time.Instant EVENING = java.time.Instant.parse("2026-12-03T12:30:00Z");

    void scheduledMeeting() {
        city = city();
        meeting = meetings.insert(city.cell().id(), city.cell().id(), "Sinh hoạt chi bộ thường kỳ tháng 12/2026", EVENING,
                city.secretary().id());
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
    }

    @Test
    void theInvitationReachesTheCellsMembersInTheAppAndByMailInVietnameseAndVietnamTime() throws Exception {
        scheduledMeeting();
        SMTP.purgeEmailFromAllMailboxes();

        publish(new MeetingScheduled(meeting));
        await(() -> noticesOf(city.member().id()).size() == 1);
        assertThat(city.cellMembers()).allSatisfy(m -> assertThat(noticesOf(m))
                .containsExactly("INVITATION: Giấy mời: Sinh hoạt chi bộ thường kỳ tháng 12/2026"));
        assertThat(noticesOf(city.outsider().id())).isEmpty();

        while (outbox.sendPending() > 0) {
            // other tests' notices may be waiting in the same outbox
        }
        var tag = city.cell().id().toString().substring(0, 8);
        var ours = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addressOf(m).contains(tag)).toList();
        assertThat(ours).hasSize(2); // the third member has no address
        MimeMessage mail = ours.stream().filter(m -> addressOf(m).equals("dangvien-" + tag + "@chibo.example"))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Giấy mời: Sinh hoạt chi bộ thường kỳ tháng 12/2026");
        var parts = parts(mail);
        assertThat(parts).anySatisfy(p -> assertThat(p).contains("19:30, Thứ Năm 03/12/2026").contains("giờ Việt Nam")
                .contains("https://chibo.test/meetings/" + meeting.id()));
        assertThat(parts).anySatisfy(p -> assertThat(p).contains("<html").contains("Giấy mời"));
        assertThat(outbox.sendPending()).isZero();
        assertThat(jdbc.sql("select email_status from meeting.notification where member_id = :m")
                .param("m", city.memberWithoutEmail().id()).query(String.class).single()).isEqualTo("NONE");
    }

    @Test
    void r21_theUpperCommitteesLiaisonAndTheGuestsHearOfTheCellsMeetings() {
        scheduledMeeting();
        liaisons.set(city.cell().id(), city.reviewer().id(), "test", START);
        meetings.addGuest(meeting.id(), city.outsider().id());

        publish(new MeetingScheduled(meeting));
        await(() -> noticesOf(city.reviewer().id()).size() == 1);
        assertThat(noticesOf(city.outsider().id())).hasSize(1);
    }

    @Test
    void changesCancellationsAndPostponementsTellWhatChangedAndWhy() {
        scheduledMeeting();
        publish(new MeetingRescheduled(meeting, EVENING.minus(Duration.ofDays(1))));
        publish(new MeetingCancelled(meeting, "Trùng lịch họp của Đảng ủy"));
        publish(new MeetingPostponed(meeting, "Mưa bão"));
        await(() -> noticesOf(city.member().id()).size() == 3);
        var bodies = jdbc.sql("select kind || ' ' || body from meeting.notification where member_id = :m")
                .param("m", city.member().id()).query(String.class).list();
        assertThat(bodies).anySatisfy(b -> assertThat(b).startsWith("CHANGE").contains("Thời gian cũ: 19:30, Thứ Tư 02/12/2026"));
        assertThat(bodies).anySatisfy(b -> assertThat(b).startsWith("CANCELLATION").contains("Lý do: Trùng lịch họp của Đảng ủy"));
        assertThat(bodies).anySatisfy(b -> assertThat(b).startsWith("POSTPONEMENT").contains("Lý do: Mưa bão"));
    }

    @Test
    void r20_aScheduleWarningReachesTheCellsSecretaryAndTheUpperCommitteesLiaison() {
        scheduledMeeting();
        liaisons.set(city.cell().id(), city.reviewer().id(), "test", START);
        clock.set(EVENING.plus(Duration.ofDays(40)));
        publish(new ScheduleWarningRaised(city.cell().id(), vn.chibo.shared.Rule.R20, "regular-meeting-missing",
                "Tháng 1/2027 chi bộ chưa sinh hoạt thường kỳ.", java.time.LocalDate.of(2027, 1, 1), null));
        await(() -> noticesOf(city.reviewer().id()).size() == 1);
        assertThat(noticesOf(city.secretary().id())).containsExactly("SCHEDULE_WARNING: Cảnh báo R20: Chi bộ Khu phố A");
        assertThat(noticesOf(city.member().id())).isEmpty();
    }

    @Test
    void r20_theHoldersOfTheCellsOfficesHearOfAMissedMonthRatherThanTheLastChair() {
        scheduledMeeting();
        var account = UUID.randomUUID();
        jdbc.sql("""
                insert into identity.account (id, member_id, username, display_name, created_at)
                values (:id, :member, :username, 'Phó bí thư', now())""").param("id", account)
                .param("member", city.member().id()).param("username", "pbt-" + account.toString().substring(0, 8))
                .update();
        jdbc.sql("insert into identity.account_grant (account_id, role, unit_id, granted_at) values (:a, 'DEPUTY_SECRETARY', :u, now())")
                .param("a", account).param("u", city.cell().id()).update();
        clock.set(EVENING.plus(Duration.ofDays(40)));
        publish(new ScheduleWarningRaised(city.cell().id(), vn.chibo.shared.Rule.R20, "regular-meeting-missing",
                "Tháng 1/2027 chi bộ chưa sinh hoạt thường kỳ.", java.time.LocalDate.of(2027, 1, 1), null));
        await(() -> noticesOf(city.member().id()).size() == 1);
        assertThat(noticesOf(city.member().id())).containsExactly("SCHEDULE_WARNING: Cảnh báo R20: Chi bộ Khu phố A");
        assertThat(noticesOf(city.secretary().id())).isEmpty();
    }

    /** Other tests' meetings share the database, so each test counts only what its own cell received. */
    long claims(String kind) {
        return jdbc.sql("select count(*) from meeting.reminder_claim where meeting_id = :m and kind = :k")
                .param("m", meeting.id().value()).param("k", kind).query(Long.class).single();
    }

    @Test
    void remindersGoOutOnceADayAndOnceAnHourBefore() {
        scheduledMeeting();
        clock.set(EVENING.minus(Duration.ofHours(23)));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(claims("PT24H")).isEqualTo(3);
        clock.set(EVENING.minus(Duration.ofMinutes(50)));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(claims("PT1H")).isEqualTo(3);
        clock.set(EVENING.plus(Duration.ofMinutes(1)));
        reminders.remindDue();
        assertThat(city.cellMembers()).allSatisfy(m -> assertThat(noticesOf(m)).containsExactly(
                "REMINDER: Nhắc lịch: Sinh hoạt chi bộ thường kỳ tháng 12/2026",
                "REMINDER: Nhắc lịch: Sinh hoạt chi bộ thường kỳ tháng 12/2026"));
    }

    @Test
    void aMeetingScheduledAtShortNoticeGetsOnlyTheNearestReminder() {
        scheduledMeeting();
        clock.set(EVENING.minus(Duration.ofMinutes(30)));
        reminders.remindDue();
        assertThat(claims("PT1H")).isEqualTo(3);
        assertThat(claims("PT24H")).isZero();
        assertThat(noticesOf(city.member().id())).hasSize(1);
    }

    @Test
    void aReminderIsClaimedOnceEvenWhenSeveralNodesRunTheJobAtOnce() throws Exception {
        scheduledMeeting();
        clock.set(EVENING.minus(Duration.ofHours(2)));
        var pool = Executors.newFixedThreadPool(4);
        try {
            var jobs = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 4; i++) {
                jobs.add(reminders::remindDue);
            }
            for (var result : pool.invokeAll(jobs)) {
                result.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(city.cellMembers()).allSatisfy(m -> assertThat(noticesOf(m)).hasSize(1));
        assertThat(claims("PT24H")).isEqualTo(3);
    }

    @Test
    void cancelledMeetingsAreNotReminded() {
        scheduledMeeting();
        meetings.setState(meeting.id(), MeetingState.CANCELLED);
        clock.set(EVENING.minus(Duration.ofHours(2)));
        reminders.remindDue();
        assertThat(noticesOf(city.member().id())).isEmpty();
    }

    private static String addressOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.List<String> parts(MimeMessage message) throws Exception {
        var texts = new ArrayList<String>();
        collect(message.getContent(), texts);
        return texts;
    }

    private static void collect(Object content, java.util.List<String> texts) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), texts);
            }
        }
        else {
            texts.add(String.valueOf(content));
        }
    }
}
