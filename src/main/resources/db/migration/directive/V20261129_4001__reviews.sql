-- Reviews (sơ kết after a period, tổng kết at the end) of a document: one report per unit with tasks, then the
-- board's consolidated report, numbered and kept by its number (the DOCX/PDF is rendered from these rows).

CREATE TABLE directive_review (
    id                 uuid PRIMARY KEY,
    document_id        uuid          NOT NULL REFERENCES directive_document (id),
    kind               varchar(10)   NOT NULL,
    title              varchar(500)  NOT NULL,
    period_from        date          NOT NULL,
    period_to          date          NOT NULL,
    due_on             date          NOT NULL,
    owner_org_unit_id  uuid          NOT NULL,
    state              varchar(10)   NOT NULL,
    report_number      varchar(60),
    report_issued_on   date,
    signer_name        varchar(200),
    path               varchar(100)  NOT NULL,
    province_code      varchar(10)   NOT NULL,
    demo               boolean       NOT NULL DEFAULT false,
    created_at         timestamptz   NOT NULL,
    closed_at          timestamptz,
    version            integer       NOT NULL DEFAULT 0,
    CONSTRAINT directive_review_period CHECK (period_to >= period_from)
);
CREATE INDEX directive_review_document_idx ON directive_review (document_id);
CREATE INDEX directive_review_path_idx ON directive_review (path text_pattern_ops);

CREATE TABLE directive_review_unit (
    id               uuid PRIMARY KEY,
    review_id        uuid          NOT NULL REFERENCES directive_review (id),
    org_unit_id      uuid          NOT NULL,
    path             varchar(100)  NOT NULL,
    submitted_on     date,
    submitted_by     varchar(100),
    on_time          integer       NOT NULL DEFAULT 0,
    late             integer       NOT NULL DEFAULT 0,
    in_progress      integer       NOT NULL DEFAULT 0,
    overdue          integer       NOT NULL DEFAULT 0,
    results          text,
    shortcomings     text,
    causes           text,
    proposals        text,
    version          integer       NOT NULL DEFAULT 0,
    CONSTRAINT directive_review_unit_once UNIQUE (review_id, org_unit_id)
);
CREATE INDEX directive_review_unit_path_idx ON directive_review_unit (path text_pattern_ops);
