package vn.chibo.meeting.notice;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.chibo.shared.time.VietnamTime;

/**
 * Sends the e-mail of pending notices. Any node may run it: each pass locks a batch of rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never send the same mail; a failed send is retried on later
 * passes up to {@code maxAttempts}.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VietnamTime.ZONE);

    private final JdbcNotifications notifications;
    private final MailConfiguration.MailGateway gateway;
    private final NoticeProperties properties;
    private final Clock clock;

    MailOutbox(JdbcNotifications notifications, MailConfiguration.MailGateway gateway, NoticeProperties properties,
            Clock clock) {
        this.notifications = notifications;
        this.gateway = gateway;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chibo.meeting.notices.mail-interval-ms:15000}",
            initialDelayString = "${chibo.meeting.notices.mail-interval-ms:15000}")
    void scheduledPass() {
        sendPending();
    }

    /** Sends one batch; returns how many mails went out. */
    @Transactional
    public int sendPending() {
        var sender = gateway.sender().orElse(null);
        if (sender == null) {
            return 0;
        }
        var sent = 0;
        for (var row : notifications.claimPending(properties.mail().batch())) {
            try {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(properties.mail().from());
                helper.setTo(row.emailTo());
                helper.setSubject(row.title());
                helper.setText(text(row), html(row));
                sender.send(message);
                notifications.mailSent(row.id(), clock.instant());
                sent++;
            }
            catch (MessagingException | MailException e) {
                log.warn("Could not send notice {} by e-mail: {}", row.id(), e.getMessage());
                notifications.mailFailed(row.id(), properties.mail().maxAttempts());
            }
        }
        return sent;
    }

    private String link(JdbcNotifications.Row row) {
        return row.meetingId() == null ? properties.baseUrl() : properties.baseUrl() + "/meetings/" + row.meetingId();
    }

    String text(JdbcNotifications.Row row) {
        return row.body() + "\n\nXem chi tiết: " + link(row) + "\n\n--\nChi bộ trực tuyến · gửi lúc "
                + SENT.format(row.createdAt()) + " (giờ Việt Nam)\nThư tự động, vui lòng không trả lời.\n";
    }

    String html(JdbcNotifications.Row row) {
        var body = HtmlUtils.htmlEscape(row.body()).replace("\n", "<br>");
        var link = HtmlUtils.htmlEscape(link(row));
        return """
                <!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%s</title></head>
                <body style="font-family: Arial, sans-serif; color: #1f1f1f; max-width: 600px">
                <h2 style="color: #b71c1c; font-size: 18px">%s</h2>
                <p style="font-size: 15px; line-height: 1.5">%s</p>
                <p><a href="%s" style="color: #b71c1c">Xem chi tiết trong ứng dụng</a></p>
                <p style="font-size: 12px; color: #666">Chi bộ trực tuyến · gửi lúc %s (giờ Việt Nam). Thư tự động, vui lòng không trả lời.</p>
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(row.title()), HtmlUtils.htmlEscape(row.title()), body, link,
                SENT.format(row.createdAt()));
    }
}
