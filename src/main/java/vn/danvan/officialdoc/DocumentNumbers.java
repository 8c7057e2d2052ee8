package vn.danvan.officialdoc;

import java.util.UUID;

/**
 * Numbers documents per issuing body, year and type, and formats the number with its symbol in the family's
 * style: Party {@code 12-BC/BTGDVTU} (shown as "Số 12-BC/BTGDVTU"), State {@code 12/BC-UBND} (shown as
 * "Số: 12/BC-UBND"; numbers below 10 padded to 2 digits).
 */
public interface DocumentNumbers {

    /** The next number for this issuing body, year and type code (e.g. "BC", "TB", "KH"), in the caller's transaction. */
    int next(UUID issuingOrgUnitId, int year, String typeCode);

    /** "12-BC/BTGDVTU" or "12/BC-UBND". */
    String format(OfficialDocument.DocumentFamily family, int number, String typeCode, String bodyAbbreviation);

    /** The number line as printed: "Số 12-BC/BTGDVTU" or "Số: 12/BC-UBND". */
    String numberLine(OfficialDocument.DocumentFamily family, String formatted);
}
