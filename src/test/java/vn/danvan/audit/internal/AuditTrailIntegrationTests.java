package vn.danvan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.danvan.audit.AuditActor;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditOutcome;
import vn.danvan.audit.AuditTrail;
import vn.danvan.audit.internal.ChainVerification.Problem;
import vn.danvan.shared.security.CurrentUser;

/** The audit trail on a real PostgreSQL: chaining, append-only enforcement, transactions, concurrency. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

    static final String TEST_TARGET = "audit_test";

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditRepository repository;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private String newTarget() {
        return UUID.randomUUID().toString();
    }

    private List<AuditEntry> entriesFor(String targetId) {
        return jdbc
                .sql("SELECT id FROM audit_entry WHERE target_id = :t ORDER BY id")
                .param("t", targetId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> repository.batchAfter(id - 1, 1).get(0))
                .toList();
    }

    private long lastId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry")
                .query(Long.class)
                .single();
    }

    @Test
    void recordedEntriesAreChainedEachToTheOneBefore() {
        String target = newTarget();
        long before = lastId();

        trail.record(AuditEvent.of("audit.test.first", TEST_TARGET, target, Map.of("n", "1")));
        trail.record(AuditEvent.of("audit.test.second", TEST_TARGET, target, Map.of("n", "2")));
        trail.record(AuditEvent.of("audit.test.third", TEST_TARGET, target).asFailure());

        List<AuditEntry> entries = entriesFor(target);
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly("audit.test.first", "audit.test.second", "audit.test.third");
        String expectedPrev = jdbc.sql("SELECT hash FROM audit_entry WHERE id <= :before ORDER BY id DESC LIMIT 1")
                .param("before", before)
                .query(String.class)
                .optional()
                .orElse(HashChain.GENESIS);
        for (AuditEntry e : entries) {
            assertThat(e.prevHash()).isEqualTo(expectedPrev);
            assertThat(e.hash()).isEqualTo(HashChain.hashOf(e));
            expectedPrev = e.hash();
        }
        assertThat(entries.get(2).outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(entries.get(0).details()).containsExactly(Map.entry("n", "1"));
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void withoutASignedInUserOrARequestTheActorIsTheSystem() {
        // The test framework simulates a web request around each test; a scheduled job has none.
        RequestContextHolder.resetRequestAttributes();
        String target = newTarget();

        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, target));

        AuditEntry e = entriesFor(target).get(0);
        assertThat(e.actorName()).isEqualTo(AuditActor.SYSTEM);
        assertThat(e.actorId()).isNull();
        assertThat(e.clientAddress()).isNull();
    }

    @Test
    void anonymousWithinAWebRequestAndFromItsAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        String target = newTarget();

        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, target));

        AuditEntry e = entriesFor(target).get(0);
        assertThat(e.actorName()).isEqualTo(AuditActor.ANONYMOUS);
        assertThat(e.clientAddress()).isEqualTo("198.51.100.7");
    }

    @Test
    void theSignedInUserIsTheActor() {
        CurrentUser user = AuditFixtures.officer();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        String target = newTarget();

        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, target));

        AuditEntry e = entriesFor(target).get(0);
        assertThat(e.actorId()).isEqualTo(user.id());
        assertThat(e.actorName()).isEqualTo(user.getUsername());
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEntries() {
        String target = newTarget();
        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, target));
        AuditEntry recorded = entriesFor(target).get(0);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor_name = 'mallory' WHERE target_id = :t")
                        .param("t", target)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE target_id = :t")
                        .param("t", target)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(entriesFor(target)).containsExactly(recorded);
    }

    @Test
    void aRowChangedBehindTheTriggersBackIsReportedByTheCheckAtThatEntry() {
        String target = newTarget();
        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, target));
        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, newTarget()));
        long tampered = entriesFor(target).get(0).id();
        assertThat(audit.verifyChain().intact()).isTrue();

        // Done in a transaction that is rolled back, so the shared test database keeps an intact chain.
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ChainVerification result = tx.execute(status -> {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL").update();
            jdbc.sql("UPDATE audit_entry SET details = '{\"forged\":\"yes\"}' WHERE id = :id")
                    .param("id", tampered)
                    .update();
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER ALL").update();
            ChainVerification check = audit.verifyChain();
            status.setRollbackOnly();
            return check;
        });

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenEntryId()).isEqualTo(tampered);
        assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void aRowRemovedBehindTheTriggersBackIsReportedAtTheEntryAfterIt() {
        String removedTarget = newTarget();
        String nextTarget = newTarget();
        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, removedTarget));
        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, nextTarget));
        long next = entriesFor(nextTarget).get(0).id();

        TransactionTemplate tx = new TransactionTemplate(transactions);
        ChainVerification result = tx.execute(status -> {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL").update();
            jdbc.sql("DELETE FROM audit_entry WHERE target_id = :t")
                    .param("t", removedTarget)
                    .update();
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER ALL").update();
            ChainVerification check = audit.verifyChain();
            status.setRollbackOnly();
            return check;
        });

        assertThat(result)
                .extracting(ChainVerification::brokenEntryId, ChainVerification::problem)
                .containsExactly(next, Problem.PREV_HASH_MISMATCH);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void anEntryRecordedInATransactionThatRollsBackIsGoneWithIt() {
        String rolledBack = newTarget();
        String failed = newTarget();
        String committed = newTarget();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, rolledBack));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, failed));
                    throw new IllegalStateException("the audited write failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        tx.executeWithoutResult(status -> trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, committed)));

        assertThat(entriesFor(rolledBack)).isEmpty();
        assertThat(entriesFor(failed)).isEmpty();
        assertThat(entriesFor(committed)).hasSize(1);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void aReadAuditedInsideAReadOnlyTransactionIsKept() {
        String target = newTarget();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            trail.record(AuditEvent.of("audit.test.viewed", TEST_TARGET, target));
            status.setRollbackOnly();
        });

        assertThat(entriesFor(target)).hasSize(1);
    }

    @Test
    void concurrentAppendsFromManyThreadsStillFormOneUnbrokenChain() throws Exception {
        int threads = 8;
        int perThread = 25;
        String target = newTarget();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        trail.record(AuditEvent.of(
                                "audit.test.concurrent",
                                TEST_TARGET,
                                target,
                                Map.of("thread", Integer.toString(thread), "i", Integer.toString(i))));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> entries = entriesFor(target);
        assertThat(entries).hasSize(threads * perThread);
        assertThat(entries).extracting(AuditEntry::prevHash).doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(e -> assertThat(e.hash()).isEqualTo(HashChain.hashOf(e)));
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void aFailedSignInIsRecordedWithTheTypedUsernameAndTheReasonButNotThePassword() {
        String username = "nobody-" + AuditFixtures.shortId();
        long before = lastId();

        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "s3cret-Password!"),
                new BadCredentialsException("Bad credentials")));

        AuditEntry e = repository.batchAfter(before, 10).stream()
                .filter(x -> x.actorName().equals(username))
                .findFirst()
                .orElseThrow();
        assertThat(e.action()).isEqualTo(SignInAuditing.SIGN_IN);
        assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(e.actorId()).isNull();
        assertThat(e.details()).containsExactly(Map.entry("reason", "BadCredentialsException"));
        assertThat(e.toString()).doesNotContain("s3cret");
    }

    @Test
    void anInteractiveSignInIsRecordedButAnyOtherAuthenticationIsNot() {
        CurrentUser user = AuditFixtures.officer();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        long before = lastId();

        events.publishEvent(new AuthenticationSuccessEvent(auth));
        assertThat(lastId()).isEqualTo(before);

        events.publishEvent(
                new InteractiveAuthenticationSuccessEvent(auth, UsernamePasswordAuthenticationFilter.class));
        List<AuditEntry> after = repository.batchAfter(before, 10);
        assertThat(after).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(SignInAuditing.SIGN_IN);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(e.actorId()).isEqualTo(user.id());
            assertThat(e.targetId()).isEqualTo(user.id().toString());
        });
    }

    @Test
    void theCommandExitsWithZeroWhenTheChainIsIntactAndOneWhenItIsBroken() {
        trail.record(AuditEvent.of("audit.test.recorded", TEST_TARGET, newTarget()));
        List<Integer> exits = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditChainCommand command =
                new AuditChainCommand(audit, messages, new PrintStream(out, true, StandardCharsets.UTF_8), exits::add);

        command.run(new DefaultApplicationArguments("--spring.profiles.active=x"));
        assertThat(exits).isEmpty();

        command.run(new DefaultApplicationArguments("--" + AuditChainCommand.OPTION));
        assertThat(exits).containsExactly(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();

        long last = lastId();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL").update();
            jdbc.sql("UPDATE audit_entry SET actor_name = 'mallory' WHERE id = :id")
                    .param("id", last)
                    .update();
            command.run(new DefaultApplicationArguments("--" + AuditChainCommand.OPTION));
            status.setRollbackOnly();
        });
        assertThat(exits).containsExactly(0, 1);
        assertThat(command.describe(ChainVerification.broken(4, last, Problem.HASH_MISMATCH), Locale.ENGLISH))
                .isEqualTo("Audit trail broken at entry " + last
                        + ": the entry's content no longer matches its hash (the entry was changed) (4 intact entries"
                        + " before it).");
        assertThat(command.describe(ChainVerification.intact(12), Locale.forLanguageTag("vi-VN")))
                .isEqualTo("Nhật ký hoạt động toàn vẹn: đã kiểm tra 12 mục.");
    }
}
