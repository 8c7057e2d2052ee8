package vn.danvan.officialdoc.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.officialdoc.DocumentNumbers;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

/**
 * Số văn bản: numbers documents from 1 per issuing body, year and type in table {@code document_number_sequence}.
 *
 * <p>{@link #next} is one atomic upsert: the first issue of a year inserts 1, every later one increments the row
 * it has locked, so concurrent callers never receive the same number. It joins the caller's transaction, so a
 * document whose issue rolls back gives its number back and numbers stay gapless.
 */
@Component
class DocumentNumberSequence implements DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumberSequence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int next(UUID issuingOrgUnitId, int year, String typeCode) {
        DocumentNumberFormat.requireCode(typeCode, "typeCode", DocumentNumberFormat.MAX_TYPE_CODE);
        return jdbc.sql("""
                        INSERT INTO document_number_sequence AS s (issuing_org_unit_id, year, type_code, last_number)
                        VALUES (:body, :year, :type, 1)
                        ON CONFLICT (issuing_org_unit_id, year, type_code)
                        DO UPDATE SET last_number = s.last_number + 1
                        RETURNING s.last_number
                        """)
                .param("body", issuingOrgUnitId)
                .param("year", year)
                .param("type", typeCode)
                .query(Integer.class)
                .single();
    }

    @Override
    public String format(DocumentFamily family, int number, String typeCode, String bodyAbbreviation) {
        return DocumentNumberFormat.format(family, number, typeCode, bodyAbbreviation);
    }

    @Override
    public String numberLine(DocumentFamily family, String formatted) {
        return DocumentNumberFormat.numberLine(family, formatted);
    }
}
