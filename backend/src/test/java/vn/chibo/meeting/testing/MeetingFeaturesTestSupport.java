package vn.chibo.meeting.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;
import vn.chibo.testing.MutableClock;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * One shared context for the tests of documents, notices and calendar feeds: the real PostgreSQL of the run,
 * MockMvc, a fake organisation, meetings written straight into the contract's tables, a clock the tests move,
 * and an SMTP server (GreenMail) in this JVM that the application sends its mail to.
 */
@SpringBootTest(properties = {
        "chibo.meeting.notices.mail.host=127.0.0.1",
        "chibo.meeting.notices.mail.starttls=false",
        "chibo.meeting.notices.mail-interval-ms=3600000",
        "chibo.meeting.notices.reminder-interval-ms=3600000",
        "chibo.meeting.notices.public-url=https://chibo.test",
        "chibo.meeting.documents.max-size=1MB" })
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(MeetingFeaturesFakes.class)
public abstract class MeetingFeaturesTestSupport {

    /** 10:00 in Vietnam on Monday 30 November 2026. */
    public static final Instant START = Instant.parse("2026-11-30T03:00:00Z");

    protected static final GreenMail SMTP;
    private static final int SMTP_PORT;

    static {
        try (var socket = new ServerSocket(0)) {
            SMTP_PORT = socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("chibo.meeting.notices.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected FakeOrganisation organisation;

    @Autowired
    protected TestMeetings meetings;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Clock applicationClock;

    /**
     * A committee above a grassroots organisation above a cell with a secretary, two members (one without an
     * e-mail address), a reviewer at the committee, and a member of another cell.
     */
    public record City(UnitView committee, UnitView grassroots, UnitView cell, UnitView otherCell, MemberView secretary,
            MemberView member, MemberView memberWithoutEmail, MemberView reviewer, MemberView outsider) {

        public Actor secretaryActor() {
            return actor(secretary, new Grant(Role.SECRETARY, cell.id()));
        }

        public Actor memberActor() {
            return actor(member);
        }

        public Actor reviewerActor() {
            return actor(reviewer, new Grant(Role.REVIEWER, committee.id()));
        }

        public Actor outsiderActor() {
            return actor(outsider);
        }

        public List<UUID> cellMembers() {
            return List.of(secretary.id(), member.id(), memberWithoutEmail.id());
        }
    }

    protected City city() {
        clock.set(START);
        var committee = organisation.addUnit(UnitKind.COMMITTEE, "Thành ủy Thử", null);
        var grassroots = organisation.addUnit(UnitKind.GRASSROOTS, "Đảng ủy Phường 1", committee.id());
        var cell = organisation.addUnit(UnitKind.CELL, "Chi bộ Khu phố A", grassroots.id());
        var otherCell = organisation.addUnit(UnitKind.CELL, "Chi bộ Khu phố B", grassroots.id());
        var tag = cell.id().toString().substring(0, 8);
        var secretary = organisation.addMember("Nguyễn Văn Hùng", cell.id(), null, "bithu-" + tag + "@chibo.example");
        var member = organisation.addMember("Lê Minh Tuấn", cell.id(), null, "dangvien-" + tag + "@chibo.example");
        var noEmail = organisation.addMember("Phạm Ngọc Lan", cell.id(), null, null);
        var reviewer = organisation.addMember("Võ Thị Thu Hà", null, null, "reviewer-" + tag + "@chibo.example");
        var outsider = organisation.addMember("Trần Văn Bình", otherCell.id(), null, "ngoai-" + tag + "@chibo.example");
        return new City(committee, grassroots, cell, otherCell, secretary, member, noEmail, reviewer, outsider);
    }

    public static Actor actor(MemberView member, Grant... grants) {
        return new Actor(UUID.randomUUID(), member.id(), "u-" + member.id().toString().substring(0, 8), member.fullName(),
                List.of(grants));
    }

    public static RequestPostProcessor as(Actor actor) {
        return authentication(new ActorAuthentication(actor));
    }

    /** Notices stored for a member, as (kind, title) pairs, oldest first. */
    protected List<String> noticesOf(UUID memberId) {
        return jdbc.sql("select kind || ': ' || title from meeting.notification where member_id = :m order by created_at, kind")
                .param("m", memberId).query(String.class).list();
    }

    protected static void await(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 15 s");
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
