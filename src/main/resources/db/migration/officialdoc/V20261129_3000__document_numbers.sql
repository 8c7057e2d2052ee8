-- Document numbers (số văn bản): each issuing body numbers its documents per year and per document type, from 1
-- (Nghị định 30/2020/NĐ-CP Art. 15; Hướng dẫn 36-HD/VPTW). One row per counter, advanced by an atomic upsert
-- in the issuing transaction (DocumentNumberSequence), so two concurrent issues never share a number and a
-- rolled-back issue gives its number back.
CREATE TABLE document_number_sequence (
    issuing_org_unit_id uuid        NOT NULL,
    year                int         NOT NULL CHECK (year BETWEEN 1945 AND 9999),
    type_code           varchar(10) NOT NULL CHECK (type_code <> ''),
    last_number         int         NOT NULL CHECK (last_number > 0),
    CONSTRAINT document_number_sequence_pk PRIMARY KEY (issuing_org_unit_id, year, type_code)
);

COMMENT ON TABLE document_number_sequence IS
    'Last document number issued per issuing org unit, year and type code (module officialdoc).';
COMMENT ON COLUMN document_number_sequence.issuing_org_unit_id IS
    'The issuing org unit (organisation module); referenced by id only, no foreign key across modules.';
