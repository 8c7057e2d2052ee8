package vn.danvan.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;
import vn.danvan.organisation.Accounts;

/**
 * The daily digest: one e-mail per person with everything not yet e-mailed, in Vietnamese, with links; sent once,
 * whether through a mail server (GreenMail here) or into the outbox folder of the embedded set-up.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class DailyDigestTests {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationRepository repository;

    @Autowired
    Accounts accounts;

    @Autowired
    NoticeText text;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyDigest embeddedDigest;

    @Autowired
    OutboxProperties outbox;

    final String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String address = word + "@hungyen.example.vn";

    GreenMail smtp;
    DailyDigest digest;

    @BeforeEach
    void mailServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        digest = new DailyDigest(
                repository,
                accounts,
                text,
                new SmtpDelivery(sender),
                new TransactionTemplate(transactions),
                clock,
                "https://danvan.hungyen.example.vn",
                "DanVan <no-reply@danvan.local>");
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void sendsOneEmailWithEveryNoticeRenderedInVietnameseWithLinks() throws Exception {
        UUID person = NotificationFixtures.person(jdbc, "Nguyễn Thị Hoa " + word, address);
        notifications.send(
                new Notice(person, "test", "notification.digest.all", List.of("một " + word), "/organisations", null));
        notifications.send(
                new Notice(person, "test", "notification.list.unread", List.of("7"), "/notifications", null));

        digest.run();

        List<MimeMessage> mine = to(address, smtp.getReceivedMessages());
        assertThat(mine).hasSize(1);
        String decoded = bodyOf(mine.get(0));
        assertThat(mine.get(0).getSubject()).isEqualTo("DanVan: 2 thông báo mới ngày " + today());
        assertThat(decoded)
                .contains("Kính gửi đồng chí Nguyễn Thị Hoa " + word)
                .contains("Xem tất cả thông báo: một " + word)
                .contains("Có 7 thông báo chưa đọc.")
                .contains("https://danvan.hungyen.example.vn/organisations")
                .contains("https://danvan.hungyen.example.vn/notifications");
        assertThat(notEmailed(person)).isZero();
    }

    @Test
    void aSecondRunTheSameDaySendsNothingMore() throws Exception {
        UUID person = NotificationFixtures.person(jdbc, "Trần Văn Nam " + word, address);
        notifications.send(
                new Notice(person, "test", "notification.digest.all", List.of(word), "/organisations", null));

        digest.run();
        digest.run();

        assertThat(to(address, smtp.getReceivedMessages())).hasSize(1);
    }

    @Test
    void skipsAPersonWithoutAnEmailAddressAndKeepsTheirNoticesInTheApplication() throws Exception {
        UUID person = NotificationFixtures.person(jdbc, "Lê Văn Không Thư " + word, null);
        notifications.send(new Notice(person, "test", "notification.digest.all", List.of(word), null, null));

        digest.run();

        assertThat(notEmailed(person)).isEqualTo(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(this::bodyOf)).noneMatch(b -> b.contains(word));
    }

    @Test
    void withoutAMailServerTheDigestIsWrittenToTheOutboxAsAnEmlFile() throws Exception {
        UUID person = NotificationFixtures.person(jdbc, "Phạm Thu Trang " + word, address);
        notifications.send(
                new Notice(person, "test", "notification.digest.all", List.of(word), "/organisations", null));

        embeddedDigest.run();

        List<MimeMessage> mine = to(address, outboxMessages());
        assertThat(mine).hasSize(1);
        assertThat(bodyOf(mine.get(0)))
                .contains("Kính gửi đồng chí Phạm Thu Trang " + word)
                .contains("Xem tất cả thông báo: " + word)
                .contains("/organisations");
        assertThat(notEmailed(person)).isZero();

        embeddedDigest.run();

        assertThat(to(address, outboxMessages())).hasSize(1);
    }

    private MimeMessage[] outboxMessages() throws IOException, MessagingException {
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new ArrayList<>();
        Path folder = outbox.directory();
        if (!Files.exists(folder)) {
            return new MimeMessage[0];
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path eml : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                try (InputStream in = Files.newInputStream(eml)) {
                    messages.add(new MimeMessage(session, in));
                }
            }
        }
        return messages.toArray(MimeMessage[]::new);
    }

    private static List<MimeMessage> to(String address, MimeMessage[] messages) throws MessagingException {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : messages) {
            var recipients = m.getRecipients(Message.RecipientType.TO);
            if (recipients != null
                    && Arrays.stream(recipients).anyMatch(r -> r.toString().equals(address))) {
                mine.add(m);
            }
        }
        return mine;
    }

    private String bodyOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String s ? s : GreenMailUtil.getBody(message);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long notEmailed(UUID person) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_user_id = ? AND emailed_at IS NULL")
                .param(person)
                .query(Long.class)
                .single();
    }

    private String today() {
        return java.time.LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
