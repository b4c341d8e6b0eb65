package org.zsyz.scorecard.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.store.message.OutboundMessage;

/**
 * Sends a message as an e-mail through Spring Boot's mail sender ({@code spring.mail.host}, port, username,
 * password and {@code spring.mail.properties.mail.smtp.*} for TLS), with the attachment if it has one.
 */
@Component
public class EmailSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageProperties settings;
    private final ScorecardProperties scorecard;
    private final String username;

    public EmailSender(
            ObjectProvider<JavaMailSender> mail,
            MessageProperties settings,
            ScorecardProperties scorecard,
            @Value("${spring.mail.username:}") String username) {
        this.mail = mail;
        this.settings = settings;
        this.scorecard = scorecard;
        this.username = username;
    }

    public void send(OutboundMessage message) throws SendFailure {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new SendFailure("没有配置邮件服务器（spring.mail.host）");
        }
        if (sender instanceof JavaMailSenderImpl impl) {
            defaultTimeouts(impl.getJavaMailProperties(), settings);
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, message.attachment() != null, "UTF-8");
            helper.setFrom(from());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            if (message.attachment() != null) {
                Path file = scorecard.home().resolve(message.attachment());
                if (!Files.isRegularFile(file)) {
                    throw new SendFailure("附件不存在：" + message.attachment());
                }
                helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
            }
            sender.send(mime);
        } catch (MessagingException | MailException e) {
            throw new SendFailure("邮件服务器未接收：" + deepest(e), e);
        }
    }

    /**
     * JavaMail waits for ever by default: a mail server that accepts the connection and never answers would hold
     * the sender (and a command's exit) without end. Unless {@code spring.mail.properties.mail.smtp(s).*timeout}
     * are set, the robots' timeouts apply: {@code connect-timeout} to connect, {@code request-timeout} to read and
     * to write. Set before the first message: the session reads them when it is created.
     */
    static void defaultTimeouts(Properties mail, MessageProperties settings) {
        String connect = Long.toString(settings.connectTimeout().toMillis());
        String request = Long.toString(settings.requestTimeout().toMillis());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            mail.putIfAbsent("mail." + protocol + ".connectiontimeout", connect);
            mail.putIfAbsent("mail." + protocol + ".timeout", request);
            mail.putIfAbsent("mail." + protocol + ".writetimeout", request);
        }
    }

    private String from() {
        if (!settings.from().isEmpty()) {
            return settings.from();
        }
        return username != null && username.contains("@") ? username : "scorecard@localhost";
    }

    private static String deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
