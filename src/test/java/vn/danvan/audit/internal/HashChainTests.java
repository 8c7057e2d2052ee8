package vn.danvan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvan.audit.AuditOutcome;

class HashChainTests {

    private static AuditEntry entry(SortedMap<String, String> details, String actorName, String targetId) {
        return new AuditEntry(
                7,
                AuditFixtures.T0,
                UUID.fromString("0190a0b1-0000-7000-8000-000000000001"),
                actorName,
                "organisation.role.granted",
                "user_account",
                targetId,
                details,
                "203.0.113.9",
                AuditOutcome.SUCCESS,
                HashChain.GENESIS,
                "");
    }

    private static SortedMap<String, String> details(String... keyValues) {
        SortedMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void canonicalFormIsTheDocumentedLengthPrefixedText() {
        AuditEntry e = entry(details("role", "ADMIN", "org", "Ban Dân vận"), "nguyễn.văn.a", "42");

        String form = new String(HashChain.canonicalForm(e), StandardCharsets.UTF_8);

        assertThat(form)
                .isEqualTo("danvan-audit-v1\n"
                        + "1:7\n"
                        + "16:1795914123456789\n"
                        + "36:0190a0b1-0000-7000-8000-000000000001\n"
                        + "15:nguyễn.văn.a\n"
                        + "25:organisation.role.granted\n"
                        + "12:user_account\n"
                        + "2:42\n"
                        + "1:2\n"
                        + "3:org\n"
                        + "14:Ban Dân vận\n"
                        + "4:role\n"
                        + "5:ADMIN\n"
                        + "11:203.0.113.9\n"
                        + "7:SUCCESS\n"
                        + "64:" + HashChain.GENESIS + "\n");
    }

    @Test
    void hashIsTheSha256OfTheCanonicalFormInLowerCaseHex() throws Exception {
        AuditEntry e = entry(details("role", "ADMIN"), "admin", "42");

        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HashChain.canonicalForm(e)));

        assertThat(HashChain.hashOf(e)).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void absentValuesAreWrittenAsADashAndDifferFromEmptyOnes() {
        AuditEntry absent = new AuditEntry(
                1,
                AuditFixtures.T0,
                null,
                "system",
                "a.b",
                "t",
                null,
                details(),
                null,
                AuditOutcome.FAILURE,
                HashChain.GENESIS,
                "");
        AuditEntry empty = new AuditEntry(
                1,
                AuditFixtures.T0,
                null,
                "system",
                "a.b",
                "t",
                "",
                details(),
                null,
                AuditOutcome.FAILURE,
                HashChain.GENESIS,
                "");

        assertThat(new String(HashChain.canonicalForm(absent), StandardCharsets.UTF_8))
                .contains("\n1:t\n-\n1:0\n-\n7:FAILURE\n");
        assertThat(HashChain.hashOf(absent)).isNotEqualTo(HashChain.hashOf(empty));
    }

    @Test
    void theSameContentAlwaysGivesTheSameHashWhateverTheDetailOrder() {
        SortedMap<String, String> one = details("a", "1", "b", "2");
        SortedMap<String, String> other = new TreeMap<>();
        other.put("b", "2");
        other.put("a", "1");

        assertThat(HashChain.hashOf(entry(one, "admin", "42")))
                .isEqualTo(HashChain.hashOf(entry(other, "admin", "42")));
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        AuditEntry original = entry(details("role", "ADMIN"), "admin", "42");
        String hash = HashChain.hashOf(original);

        assertThat(HashChain.hashOf(entry(details("role", "VIEWER"), "admin", "42")))
                .isNotEqualTo(hash);
        assertThat(HashChain.hashOf(entry(details("role", "ADMIN"), "admin2", "42")))
                .isNotEqualTo(hash);
        assertThat(HashChain.hashOf(entry(details("role", "ADMIN"), "admin", "43")))
                .isNotEqualTo(hash);
        assertThat(HashChain.hashOf(AuditFixtures.withHash(original, "ignored")))
                .isEqualTo(hash);
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        // Without the length prefix, "ab" + "c" and "a" + "bc" would be hashed alike.
        assertThat(HashChain.hashOf(entry(details("k", "ab"), "c", "x")))
                .isNotEqualTo(HashChain.hashOf(entry(details("k", "a"), "bc", "x")));
        assertThat(HashChain.hashOf(entry(details("k", "v:1"), "a", "x")))
                .isNotEqualTo(HashChain.hashOf(entry(details("k:v", "1"), "a", "x")));
    }

    @Test
    void detailsAlteredIntoSomethingOtherThanTextAreStillReadSoTheCheckCanReportThem() {
        assertThat(AuditRepository.details("{\"role\":\"ADMIN\"}")).containsExactly(Map.entry("role", "ADMIN"));
        assertThat(AuditRepository.details("{\"role\":{\"x\":1}}")).containsExactly(Map.entry("role", "{x=1}"));
        assertThat(AuditRepository.details("[1,2]")).containsExactly(Map.entry("", "[1,2]"));
    }

    @Test
    void timeCountsToTheMicrosecond() {
        AuditEntry e = entry(details(), "admin", "42");
        AuditEntry later = new AuditEntry(
                e.id(),
                e.occurredAt().plusNanos(1000),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.details(),
                e.clientAddress(),
                e.outcome(),
                e.prevHash(),
                "");

        assertThat(HashChain.hashOf(later)).isNotEqualTo(HashChain.hashOf(e));
    }
}
