package vn.chibo.meeting.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chibo.testing.MutableClock;

/** Replaces the organisation, the clock and the meeting facade for {@link MeetingFeaturesTestSupport}. */
@TestConfiguration(proxyBeanMethods = false)
class MeetingFeaturesFakes {

    @Bean
    @Primary
    FakeOrganisation fakeOrganisation() {
        return new FakeOrganisation();
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(MeetingFeaturesTestSupport.START);
    }

    @Bean
    @Primary
    TestMeetings testMeetings(JdbcClient jdbc, FakeOrganisation organisation) {
        return new TestMeetings(jdbc, organisation);
    }
}
