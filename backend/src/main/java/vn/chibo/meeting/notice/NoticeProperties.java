package vn.chibo.meeting.notice;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notices and their e-mail.
 *
 * @param reminders       how long before a meeting's start members are reminded (one notice per entry)
 * @param publicUrl       the address members open the application at, for links in mails and feed URLs
 * @param mail            the SMTP server; no mail is sent while {@code host} is empty
 */
@ConfigurationProperties("chibo.meeting.notices")
public record NoticeProperties(@DefaultValue({ "P1D", "PT1H" }) List<Duration> reminders,
        @DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue Mail mail) {

    /**
     * @param host     SMTP host; empty turns e-mail off (notices are still stored and shown in the app)
     * @param from     the sender, e.g. {@code Chi bộ trực tuyến <no-reply@example.org>}
     * @param starttls require STARTTLS before authenticating
     * @param batch    mails sent per outbox pass
     */
    public record Mail(@DefaultValue("") String host, @DefaultValue("587") int port, @DefaultValue("") String username,
            @DefaultValue("") String password, @DefaultValue("Chi bộ trực tuyến <no-reply@chibo.example>") String from,
            @DefaultValue("true") boolean starttls, @DefaultValue("50") int batch, @DefaultValue("5") int maxAttempts) {

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }

    public String baseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
