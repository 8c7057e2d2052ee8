package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

/** A registered document prints its number in its family's style and is superseded only by another document. */
class DocumentRulesTests {

    static DirectiveDocument document(DocumentFamily family, String number) {
        return new DirectiveDocument(
                DocumentKind.CHI_THI,
                family,
                number,
                LocalDate.of(2022, 9, 22),
                UUID.randomUUID(),
                null,
                "Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận",
                null,
                "33",
                "33",
                Set.of(),
                false,
                Instant.now());
    }

    @Test
    void printsPartyAndStateNumbersInTheirOwnStyle() {
        assertThat(document(DocumentFamily.PARTY, "29-CT/TU").numberLine()).isEqualTo("Số 29-CT/TU");
        assertThat(document(DocumentFamily.STATE, "12/KH-UBND").numberLine()).isEqualTo("Số: 12/KH-UBND");
    }

    @Test
    void aReplacedDocumentMustNameAnotherDocument() {
        DirectiveDocument d = document(DocumentFamily.PARTY, "29-CT/TU");

        assertThatThrownBy(() -> d.supersede(DocumentState.REPLACED, null, Instant.now()))
                .isInstanceOf(SupersedingDocumentRequired.class);
        assertThatThrownBy(() -> d.supersede(DocumentState.AMENDED, d.id(), Instant.now()))
                .isInstanceOf(SupersedingDocumentRequired.class);
        assertThat(d.state()).isEqualTo(DocumentState.IN_FORCE);

        UUID other = UUID.randomUUID();
        d.supersede(DocumentState.REPLACED, other, Instant.now());
        assertThat(d.state()).isEqualTo(DocumentState.REPLACED);
        assertThat(d.supersededById()).isEqualTo(other);
    }
}
