package vn.chibo.meeting.notice;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP client, built from {@link NoticeProperties.Mail} rather than Spring Boot's {@code spring.mail}, so
 * that an empty host simply means "no e-mail" instead of a sender that fails on every message.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailGateway mailGateway(NoticeProperties properties) {
        var mail = properties.mail();
        if (!mail.enabled()) {
            return new MailGateway(Optional.empty());
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost(mail.host());
        sender.setPort(mail.port());
        sender.setDefaultEncoding("UTF-8");
        if (!mail.username().isBlank()) {
            sender.setUsername(mail.username());
            sender.setPassword(mail.password());
        }
        var props = sender.getJavaMailProperties();
        props.put("mail.smtp.auth", String.valueOf(!mail.username().isBlank()));
        props.put("mail.smtp.starttls.enable", String.valueOf(mail.starttls()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return new MailGateway(Optional.of(sender));
    }

    /** The configured sender, if any. */
    record MailGateway(Optional<JavaMailSenderImpl> sender) {
    }
}
