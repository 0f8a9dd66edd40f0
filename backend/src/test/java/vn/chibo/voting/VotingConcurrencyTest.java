package vn.chibo.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.context.WebApplicationContext;

import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.ActorAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two thousand members of one meeting cast a secret ballot at the same moment over the real HTTP protocol (a
 * running server, logged-in sessions in Redis, CSRF double-submit), some twice at once, some not allowed to: every
 * eligible ballot is counted exactly once, none is lost, every second ballot is refused by the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VotingConcurrencyTest extends VotingTestSupport {

    private static final int MEMBERS = 2_000;
    private static final int TWICE = 300;
    private static final int PROBATIONARY = 20;

    @LocalServerPort
    int port;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    WebApplicationContext context;

    @Test
    void r16_twoThousandMembersCastAtOnceAndEveryEligibleBallotIsCountedExactlyOnce() throws Exception {
        var city = city(MEMBERS + PROBATIONARY, 0);
        var probationary = city.members().subList(MEMBERS, MEMBERS + PROBATIONARY);
        probationary.forEach(p -> probationary(p.id()));
        var held = held(city, city.cell(), "REGULAR", "HYBRID", "RESOLUTION", false);
        inRoom(held, city.ids());
        var vote = opened(openVote(held, city.secretary(), Map.of("decisionType", "ORDINARY_RESOLUTION", "mode", "SECRET")));

        // MockMvc's csrf() (used above to set the meeting up) swaps the application's CSRF repository for a
        // session-bound test one; the storm below speaks the real protocol, so the cookie repository goes back
        WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext()),
                CookieCsrfTokenRepository.withHttpOnlyFalse());
        var choice = new HashMap<UUID, String>();
        var cookies = new HashMap<UUID, String[]>();
        record Attempt(UUID member, String choice) {
        }
        var attempts = new ArrayList<Attempt>();
        for (int i = 0; i < city.members().size(); i++) {
            var person = city.member(i);
            choice.put(person.id(), switch (i % 5) { case 0, 1, 2 -> "YES"; case 3 -> "NO"; default -> "ABSTAIN"; });
            cookies.put(person.id(), csrf(login(person.actor())));
            attempts.add(new Attempt(person.id(), choice.get(person.id())));
            if (i < TWICE) {
                attempts.add(new Attempt(person.id(), choice.get(person.id())));
            }
        }
        Collections.shuffle(attempts);

        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var statuses = new ConcurrentHashMap<UUID, List<Integer>>();
        var receipts = new ConcurrentLinkedQueue<String>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var refusals = new ConcurrentLinkedQueue<String>();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(64);
        for (var attempt : attempts) {
            pool.submit(() -> {
                try {
                    start.await();
                    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/votes/" + vote + "/ballots"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .header("Cookie", "CHIBO_SESSION=" + cookies.get(attempt.member())[0] + "; XSRF-TOKEN="
                                    + cookies.get(attempt.member())[1])
                            .header("X-XSRF-TOKEN", cookies.get(attempt.member())[1])
                            .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + attempt.choice() + "\"}")).build();
                    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    statuses.computeIfAbsent(attempt.member(), m -> Collections.synchronizedList(new ArrayList<>()))
                            .add(response.statusCode());
                    if (response.statusCode() == 201) {
                        receipts.add(json.readTree(response.body()).path("receipt").asString());
                    }
                    else if (response.statusCode() == 403) {
                        refusals.add(city.ids().indexOf(attempt.member()) + " " + response.body());
                    }
                    else if (response.statusCode() == 409) {
                        assertThat(json.readTree(response.body()).path("code").asString()).isEqualTo("ballot-already-cast");
                    }
                }
                catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        var began = System.nanoTime();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        System.out.printf("%d ballot requests answered in %d ms%n", attempts.size(), (System.nanoTime() - began) / 1_000_000);
        assertThat(failures).isEmpty();
        assertThat(refusals).hasSizeLessThanOrEqualTo(PROBATIONARY).allMatch(r -> r.contains("vote-probationary-member"));

        var eligible = city.members().subList(0, MEMBERS).stream().map(Person::id).toList();
        for (var member : eligible) {
            var answers = new ArrayList<>(statuses.get(member));
            Collections.sort(answers);
            assertThat(answers).as("answers to %s", member)
                    .isEqualTo(eligible.indexOf(member) < TWICE ? List.of(201, 409) : List.of(201));
        }
        for (var p : probationary) {
            assertThat(statuses.get(p.id())).containsExactly(403);
        }
        assertThat(new HashSet<>(receipts)).hasSize(MEMBERS);

        var closed = close(vote, city.secretary());
        var expected = new HashMap<String, Integer>();
        eligible.forEach(m -> expected.merge(choice.get(m), 1, Integer::sum));
        assertThat(closed.path("result").path("yes").asInt()).isEqualTo(expected.get("YES"));
        assertThat(closed.path("result").path("no").asInt()).isEqualTo(expected.get("NO"));
        assertThat(closed.path("result").path("abstain").asInt()).isEqualTo(expected.get("ABSTAIN"));
        assertThat(closed.path("cast").asInt()).isEqualTo(MEMBERS);
        assertThat(closed.path("eligible").asInt()).isEqualTo(MEMBERS);
        var published = read(getAs("/api/votes/" + vote + "/ballots", as(city.member(5))));
        Set<String> publishedReceipts = new HashSet<>();
        published.path("secret").forEach(b -> publishedReceipts.add(b.path("receipt").asString()));
        assertThat(publishedReceipts).isEqualTo(new HashSet<>(receipts));
    }

    private final HttpClient browser = HttpClient.newHttpClient();

    private String token;

    /**
     * The session cookie and a CSRF token. The server hands a browser the double-submit cookie on the first GET of
     * /api/session; it is not tied to a session, so one token serves every session.
     */
    private String[] csrf(String session) throws Exception {
        if (token == null) {
            var response = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                    .header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            token = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                    .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst()
                    .orElseThrow(() -> new IllegalStateException(response.statusCode() + " " + response.headers().map()));
        }
        return new String[] { session, token };
    }

    /** The CHIBO_SESSION cookie of a fresh logged-in session, made in Redis the way the login makes it. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private String login(Actor actor) {
        SessionRepository repository = sessions;
        Session session = repository.createSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(new ActorAuthentication(actor)));
        repository.save(session);
        return Base64.getEncoder().encodeToString(session.getId().getBytes());
    }
}
