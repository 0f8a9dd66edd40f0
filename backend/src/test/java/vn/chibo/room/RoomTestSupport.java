package vn.chibo.room;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.chibo.meeting.MeetingId;
import vn.chibo.meeting.MeetingState;
import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;
import vn.chibo.shared.security.Grant;
import vn.chibo.shared.security.Role;

/**
 * One application context for every room test: a real server on a random port, the real PostgreSQL and Redis,
 * the meeting module replaced by {@link FakeMeetings}, a short presence TTL. Logged-in HTTP sessions are made
 * in Redis exactly as the login does (a security context holding the actor), and the STOMP client presents
 * their cookie at the handshake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chibo.room.presence-ttl=3s", "chibo.room.sweep-interval=300ms", "chibo.room.max-replay=50",
        "chibo.room.stream-length=100" })
@Import(RoomTestSupport.Doubles.class)
abstract class RoomTestSupport {

    @TestConfiguration
    static class Doubles {

        /** Primary: the meeting module's own beans exist beside it. */
        @Bean
        @Primary
        FakeMeetings fakeMeetings() {
            return new FakeMeetings();
        }

        @Bean
        @Primary
        OrganisationDirectory roomTestDirectory(FakeMeetings meetings) {
            return meetings.directory();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    FakeMeetings meetings;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    JdbcClient jdbc;

    final List<RoomClient> clients = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closeClients() {
        clients.forEach(RoomClient::close);
    }

    /** A cell with a chair, members, and a meeting in the given state. */
    final class Cell {
        final UUID id = UUID.randomUUID();
        final MemberView chair = meetings.member(id, "Nguyễn Văn Chủ Trì");
        final List<MemberView> members = new ArrayList<>();
        final Set<UUID> viewers = new HashSet<>();
        final List<UUID> guests = new ArrayList<>();
        MeetingId meeting;

        Cell(int memberCount, MeetingState state) {
            viewers.add(chair.id());
            for (int i = 0; i < memberCount; i++) {
                var member = meetings.member(id, "Đảng viên " + (i + 1));
                members.add(member);
                viewers.add(member.id());
            }
            meeting = meetings.create(id, chair.id(), state, viewers, guests);
        }

        /** A reviewer from above: may view, not a member of the cell. */
        Actor reviewer() {
            var reviewer = UUID.randomUUID();
            viewers.add(reviewer);
            return new Actor(UUID.randomUUID(), reviewer, "reviewer-" + reviewer, "Người dự thính",
                    List.of(new Grant(Role.REVIEWER, UUID.randomUUID())));
        }

        Actor chairActor() {
            return actor(chair, new Grant(Role.SECRETARY, id));
        }

        Actor member(int i) {
            return actor(members.get(i));
        }
    }

    static Actor actor(MemberView member, Grant... grants) {
        return new Actor(UUID.randomUUID(), member.id(), "u" + member.id().toString().substring(0, 8),
                member.fullName(), List.of(grants));
    }

    /** The value of the CHIBO_SESSION cookie of a fresh logged-in session of the actor. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    String login(Actor actor) {
        SessionRepository repository = sessions;
        Session session = repository.createSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(new ActorAuthentication(actor)));
        repository.save(session);
        return Base64.getEncoder().encodeToString(session.getId().getBytes());
    }

    RoomClient connect(Actor actor) throws Exception {
        var client = RoomClient.connect(port, login(actor));
        clients.add(client);
        return client;
    }

    RoomClient connectSilently(Actor actor) throws Exception {
        var client = RoomClient.silent(port, login(actor));
        clients.add(client);
        return client;
    }
}
