package vn.chibo.conferencing;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.chibo.meeting.MeetingMode;
import vn.chibo.meeting.MeetingState;
import vn.chibo.meeting.MeetingSummary;
import vn.chibo.organisation.MemberView;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;
import vn.chibo.testing.MutableClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Base of conferencing's integration tests (one shared context): the real PostgreSQL of the test run, MockMvc,
 * Jitsi configured with an HS256 secret and a webhook secret, and stand-ins for meetings and members.
 */
@SpringBootTest(properties = {
        "chibo.jitsi.domain=" + ConferencingTestSupport.DOMAIN,
        "chibo.jitsi.subject=" + ConferencingTestSupport.SUBJECT,
        "chibo.jitsi.app-id=chibo",
        "chibo.jitsi.app-secret=" + ConferencingTestSupport.SECRET,
        "chibo.jitsi.token-margin=30m",
        "chibo.jitsi.webhook.secret=" + ConferencingTestSupport.WEBHOOK_SECRET })
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(ConferencingDoubles.class)
abstract class ConferencingTestSupport {

    static final String DOMAIN = "meet.chibo.test";
    static final String SUBJECT = "meet.jitsi";
    static final String SECRET = "a-shared-secret-of-forty-characters-0123";
    static final String WEBHOOK_SECRET = "webhook-secret-7f3c9a";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConferencingDoubles.FakeMeetings meetings;

    @Autowired
    ConferencingDoubles.FakeDirectory directory;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcJitsiIntervals intervals;

    @Autowired
    JdbcJitsiEvents events;

    /** A cell with its chair (the secretary), a minute-taker, an official member, and an online meeting. */
    record Cell(UUID cellId, MemberView chair, MemberView minuteTaker, MemberView member, MeetingSummary meeting) {
    }

    @BeforeEach
    void resetDoubles() {
        meetings.directory = directory;
        clock.set(ConferencingDoubles.NOW);
    }

    Cell cell(MeetingState state) {
        var cellId = UUID.randomUUID();
        var chair = directory.member("Nguyễn Văn Bí", cellId, null);
        var minuteTaker = directory.member("Trần Thị Thư", cellId, null);
        var member = directory.member("Lê Văn Đảng", cellId, null);
        var meeting = meetings.meeting(cellId, cellId, MeetingMode.ONLINE, state, chair.id(), minuteTaker.id(),
                "chibo-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
        return new Cell(cellId, chair, minuteTaker, member, meeting);
    }

    static Actor actorOf(MemberView member, Grant... grants) {
        return new Actor(UUID.randomUUID(), member.id(), "u-" + member.cardNumber(), member.fullName(), List.of(grants));
    }

    static Actor reviewer(UUID unitId) {
        return new Actor(UUID.randomUUID(), UUID.randomUUID(), "reviewer-" + unitId, "Người kiểm tra",
                List.of(new Grant(Role.REVIEWER, unitId)));
    }

    static RequestPostProcessor as(Actor actor) {
        return authentication(new ActorAuthentication(actor));
    }
}
