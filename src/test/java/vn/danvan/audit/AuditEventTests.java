package vn.danvan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTests {

    @Test
    void aSuccessfulEventKeepsItsTargetAndDetails() {
        UUID id = UUID.randomUUID();

        AuditEvent event = AuditEvent.of("organisation.role.granted", "user_account", id, Map.of("role", "ADMIN"));

        assertThat(event.targetId()).isEqualTo(id.toString());
        assertThat(event.details()).containsExactly(Map.entry("role", "ADMIN"));
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    }

    @Test
    void detailsAreKeptInKeyOrderAndCannotBeChangedAfterwards() {
        Map<String, String> details = new HashMap<>();
        details.put("zeta", "1");
        details.put("alpha", "2");

        AuditEvent event = AuditEvent.of("petition.petition.received", "petition", "HY-2026-000123", details);
        details.put("later", "3");

        assertThat(event.details().keySet()).containsExactly("alpha", "zeta");
        assertThatThrownBy(() -> event.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFailureIsRecordedAsSuch() {
        assertThat(AuditEvent.failure("security.signin", "user", null, Map.of()).outcome())
                .isEqualTo(AuditOutcome.FAILURE);
        assertThat(AuditEvent.of("a.b", "t", null).asFailure().outcome()).isEqualTo(AuditOutcome.FAILURE);
    }

    @Test
    void withDetailAddsOneDetailAndSkipsAbsentValues() {
        AuditEvent event = AuditEvent.of("a.b", "t", 1).withDetail("count", 3).withDetail("none", null);

        assertThat(event.details()).containsExactly(Map.entry("count", "3"));
    }

    @Test
    void refusesAnActionThatIsNotADottedKey() {
        assertThatThrownBy(() -> AuditEvent.of("created", "t", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of("Organisation user created", "t", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of("a.b", "bad type", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTooManyDetailsAndOddKeys() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i <= AuditEvent.MAX_DETAILS; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> AuditEvent.of("a.b", "t", null, many)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of("a.b", "t", null, Map.of("two words", "v")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreMadeStorableAndShortened() {
        AuditEvent event = AuditEvent.of(
                "a.b", "t", "id\u0000x", Map.of("long", "x".repeat(AuditEvent.MAX_VALUE_LENGTH + 50), "odd", "\uD800"));

        assertThat(event.targetId()).isEqualTo("id\uFFFDx");
        assertThat(event.details().get("long")).hasSize(AuditEvent.MAX_VALUE_LENGTH);
        assertThat(event.details().get("odd")).isEqualTo("?");
    }

    @Test
    void anActorTypedAtSignInIsKeptWithoutAnIdAndShortened() {
        AuditActor actor = AuditActor.named("x".repeat(500));

        assertThat(actor.id()).isNull();
        assertThat(actor.name()).hasSize(AuditActor.MAX_NAME_LENGTH);
        assertThat(AuditActor.named(" ").name()).isEqualTo(AuditActor.ANONYMOUS);
    }
}
