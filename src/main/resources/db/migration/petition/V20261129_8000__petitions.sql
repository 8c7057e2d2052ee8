-- Citizens' petitions (phản ánh, kiến nghị), complaints (khiếu nại, first and second time) and denunciations (tố cáo)
-- in one register, whatever the channel. A case is scoped by the path of the commune it concerns and by the path of
-- the organisation handling it. The sender's identity lives apart, encrypted with a key kept outside the database;
-- for a denunciation only users granted access to that case may read it. Every step records the time-limit rule it
-- used; the rules are data with their legal basis and effective dates.

CREATE TABLE pt_category (
    id           uuid PRIMARY KEY,
    code         varchar(40)  NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    name_en      varchar(200),
    description  varchar(1000),
    open311      boolean      NOT NULL DEFAULT true,
    active       boolean      NOT NULL DEFAULT true,
    position     integer      NOT NULL DEFAULT 0
);

CREATE TABLE pt_case (
    id                   uuid PRIMARY KEY,
    tracking_code        varchar(20)   NOT NULL UNIQUE,
    secret_hash          varchar(100)  NOT NULL,
    kind                 varchar(20)   NOT NULL,
    channel              varchar(20)   NOT NULL,
    category_id          uuid REFERENCES pt_category (id),
    subject              varchar(300)  NOT NULL,
    content              text          NOT NULL,
    location_text        varchar(500),
    latitude             numeric(9,6),
    longitude            numeric(9,6),
    unit_id              varchar(20)   NOT NULL,
    unit_name            varchar(300)  NOT NULL,
    path                 varchar(100)  NOT NULL,
    province_code        varchar(10)   NOT NULL,
    handling_org_id      uuid,
    handling_org_name    varchar(300),
    handling_path        varchar(100),
    status               varchar(20)   NOT NULL,
    admissibility        varchar(30),
    complex              boolean       NOT NULL DEFAULT false,
    remote_area          boolean       NOT NULL DEFAULT false,
    extension_count      integer       NOT NULL DEFAULT 0,
    confidential         boolean       NOT NULL,
    received_at          timestamptz   NOT NULL,
    received_on          date          NOT NULL,
    current_step         varchar(30),
    step_due_on          date,
    resolution_due_on    date,
    public_answer        text,
    answered_on          date,
    closed_on            date,
    rating               smallint,
    rating_comment       varchar(1000),
    reopen_requested_on  date,
    merged_into          uuid REFERENCES pt_case (id),
    external_ref         varchar(100),
    api_client_id        uuid,
    search_text          text          NOT NULL,
    demo                 boolean       NOT NULL DEFAULT false,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              integer       NOT NULL DEFAULT 0,
    CONSTRAINT pt_case_kind CHECK (kind IN ('REFLECTION', 'COMPLAINT', 'COMPLAINT_SECOND', 'DENUNCIATION')),
    CONSTRAINT pt_case_channel CHECK (channel IN ('ONLINE', 'LETTER', 'RECEPTION', 'PHONE', 'TRANSFER', 'OPEN311')),
    CONSTRAINT pt_case_status CHECK (status IN ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'TRANSFERRED', 'GUIDED', 'FILED',
        'VERIFYING', 'DIALOGUE', 'DECIDED', 'CLOSED')),
    CONSTRAINT pt_case_admissibility CHECK (admissibility IS NULL OR admissibility IN ('ADMISSIBLE', 'ANONYMOUS',
        'DUPLICATE', 'OUTSIDE_COMPETENCE', 'TIME_BARRED', 'OTHER')),
    CONSTRAINT pt_case_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT pt_case_denunciation_confidential CHECK (kind <> 'DENUNCIATION' OR confidential),
    CONSTRAINT pt_case_extensions CHECK (extension_count >= 0)
);
CREATE INDEX pt_case_path_idx ON pt_case (path text_pattern_ops);
CREATE INDEX pt_case_handling_path_idx ON pt_case (handling_path text_pattern_ops);
CREATE INDEX pt_case_received_idx ON pt_case (received_at DESC, id);
CREATE INDEX pt_case_open_due_idx ON pt_case (step_due_on) WHERE status NOT IN ('CLOSED', 'FILED', 'TRANSFERRED', 'GUIDED');
CREATE INDEX pt_case_search_idx ON pt_case USING gin (search_text gin_trgm_ops);
CREATE INDEX pt_case_status_idx ON pt_case (status, kind);

-- The sender's identity, encrypted (AES-GCM) with a key named by key_id and kept outside the database. fingerprint
-- is a keyed hash (HMAC) of the normalised name and phone, to suggest duplicates "from the same person" without
-- decrypting anything. No plain-text copy exists anywhere.
CREATE TABLE pt_identity (
    case_id           uuid PRIMARY KEY REFERENCES pt_case (id) ON DELETE CASCADE,
    key_id            varchar(40) NOT NULL,
    name_enc          bytea,
    id_number_enc     bytea,
    address_enc       bytea,
    phone_enc         bytea,
    email_enc         bytea,
    fingerprint       varchar(64),
    anonymous         boolean     NOT NULL DEFAULT false
);
CREATE INDEX pt_identity_fingerprint_idx ON pt_identity (fingerprint);

-- Users allowed to see a confidential case's sender identity (granted case by case, audited).
CREATE TABLE pt_identity_grant (
    case_id      uuid        NOT NULL REFERENCES pt_case (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL,
    granted_by   uuid        NOT NULL,
    granted_at   timestamptz NOT NULL,
    reason       varchar(500) NOT NULL,
    PRIMARY KEY (case_id, user_id)
);

CREATE TABLE pt_attachment (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES pt_case (id) ON DELETE CASCADE,
    file_id      uuid        NOT NULL,
    purpose      varchar(20) NOT NULL,
    identifying  boolean     NOT NULL DEFAULT false,
    public       boolean     NOT NULL DEFAULT false,
    added_at     timestamptz NOT NULL,
    added_by     uuid,
    CONSTRAINT pt_attachment_purpose CHECK (purpose IN ('SUBMISSION', 'EVIDENCE', 'ANSWER', 'DOCUMENT'))
);
CREATE INDEX pt_attachment_case_idx ON pt_attachment (case_id);

-- Time-limit rules (DOMAIN §4.2), one per kind × step, with the variants for complex cases and remote areas and the
-- extensions allowed. The rule applied to a step is the one in force on the day the step began.
CREATE TABLE pt_deadline_rule (
    id                     uuid PRIMARY KEY,
    kind                   varchar(20)  NOT NULL,
    step                   varchar(30)  NOT NULL,
    amount                 integer      NOT NULL,
    complex_amount         integer,
    remote_amount          integer,
    remote_complex_amount  integer,
    day_kind               varchar(20)  NOT NULL,
    civil_code_end         boolean      NOT NULL DEFAULT true,
    max_extensions         integer      NOT NULL DEFAULT 0,
    extension_amount       integer,
    legal_basis            varchar(500) NOT NULL,
    effective_from         date         NOT NULL,
    effective_to           date,
    verified               boolean      NOT NULL DEFAULT false,
    created_at             timestamptz  NOT NULL,
    CONSTRAINT pt_rule_kind CHECK (kind IN ('REFLECTION', 'COMPLAINT', 'COMPLAINT_SECOND', 'DENUNCIATION')),
    CONSTRAINT pt_rule_day_kind CHECK (day_kind IN ('CALENDAR_DAY', 'WORKING_DAY')),
    CONSTRAINT pt_rule_amounts CHECK (amount > 0 AND max_extensions >= 0),
    CONSTRAINT pt_rule_period CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX pt_deadline_rule_idx ON pt_deadline_rule (kind, step, effective_from);

-- Each step a case went through, with the rule used and the due date it gave.
CREATE TABLE pt_step (
    id            uuid PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES pt_case (id) ON DELETE CASCADE,
    step          varchar(30)  NOT NULL,
    started_on    date         NOT NULL,
    due_on        date,
    rule_id       uuid REFERENCES pt_deadline_rule (id),
    rule_summary  varchar(600),
    finished_on   date,
    extended      integer      NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX pt_step_case_idx ON pt_step (case_id, started_on);

-- Everything that happened to a case (status changes, routing, transfers, joins, answers), who and when.
CREATE TABLE pt_event (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES pt_case (id) ON DELETE CASCADE,
    at           timestamptz  NOT NULL,
    actor_id     uuid,
    actor_name   varchar(200) NOT NULL,
    action       varchar(40)  NOT NULL,
    from_status  varchar(20),
    to_status    varchar(20),
    detail       varchar(1000)
);
CREATE INDEX pt_event_case_idx ON pt_event (case_id, at);

-- Internal notes, never shown to the citizen.
CREATE TABLE pt_note (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES pt_case (id) ON DELETE CASCADE,
    body        text         NOT NULL,
    author_id   uuid,
    author_name varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX pt_note_case_idx ON pt_note (case_id, created_at);

-- Routing: kind × category × area (unit path prefix) → handling organisation; the most specific match wins.
CREATE TABLE pt_routing (
    id               uuid PRIMARY KEY,
    kind             varchar(20),
    category_id      uuid REFERENCES pt_category (id),
    unit_path        varchar(100) NOT NULL,
    handling_org_id  uuid         NOT NULL,
    handling_org_name varchar(300) NOT NULL,
    handling_path    varchar(100) NOT NULL,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX pt_routing_path_idx ON pt_routing (unit_path text_pattern_ops);

-- Open311 clients and their API keys (stored as hashes).
CREATE TABLE pt_api_client (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    key_hash    varchar(100) NOT NULL UNIQUE,
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL
);

-- The time limits of DOMAIN §4.2 in force; unverified ones flagged and editable. step = the status during which the
-- limit runs, counted from the day the case entered it: RECEIVED (classify and accept or refuse, counted from
-- receipt), ACCEPTED (resolve, counted from acceptance — thụ lý), TRANSFERRED (send on to the competent body).
INSERT INTO pt_deadline_rule (id, kind, step, amount, complex_amount, remote_amount, remote_complex_amount, day_kind,
                              civil_code_end, max_extensions, extension_amount, legal_basis, effective_from, verified,
                              created_at) VALUES
 ('8a000000-0000-4000-8000-000000000001', 'COMPLAINT', 'RECEIVED', 10, NULL, NULL, NULL, 'CALENDAR_DAY', true, 0, NULL,
  'Luật Khiếu nại 2011, Điều 27 (thụ lý trong 10 ngày kể từ ngày nhận đơn)', '2012-07-01', true, now()),
 ('8a000000-0000-4000-8000-000000000002', 'COMPLAINT', 'ACCEPTED', 30, 45, 45, 60, 'CALENDAR_DAY', true, 0, NULL,
  'Luật Khiếu nại 2011, Điều 28', '2012-07-01', true, now()),
 ('8a000000-0000-4000-8000-000000000003', 'COMPLAINT_SECOND', 'RECEIVED', 10, NULL, NULL, NULL, 'CALENDAR_DAY', true, 0,
  NULL, 'Luật Khiếu nại 2011, Điều 36', '2012-07-01', false, now()),
 ('8a000000-0000-4000-8000-000000000004', 'COMPLAINT_SECOND', 'ACCEPTED', 45, 60, 60, 70, 'CALENDAR_DAY', true, 0, NULL,
  'Luật Khiếu nại 2011, Điều 37', '2012-07-01', true, now()),
 ('8a000000-0000-4000-8000-000000000005', 'DENUNCIATION', 'RECEIVED', 7, 10, NULL, NULL, 'WORKING_DAY', false, 0, NULL,
  'Luật Tố cáo 2018, Điều 24 (7 ngày làm việc; 10 ngày làm việc nếu phải xác minh ở nhiều nơi)', '2019-01-01', false,
  now()),
 ('8a000000-0000-4000-8000-000000000006', 'DENUNCIATION', 'ACCEPTED', 30, NULL, NULL, NULL, 'CALENDAR_DAY', true, 2, 30,
  'Luật Tố cáo 2018, Điều 30 (gia hạn 1 lần với vụ việc phức tạp, 2 lần với vụ việc đặc biệt phức tạp, mỗi lần ≤ 30 ngày)',
  '2019-01-01', true, now()),
 ('8a000000-0000-4000-8000-000000000007', 'DENUNCIATION', 'TRANSFERRED', 5, NULL, NULL, NULL, 'WORKING_DAY', false, 0,
  NULL, 'Luật Tố cáo 2018, Điều 24 (chuyển đơn trong 5 ngày làm việc)', '2019-01-01', false, now()),
 ('8a000000-0000-4000-8000-000000000008', 'REFLECTION', 'RECEIVED', 10, NULL, NULL, NULL, 'WORKING_DAY', false, 0, NULL,
  'Thông tư 05/2021/TT-TTCP (xử lý đơn trong 10 ngày làm việc)', '2021-10-01', false, now());
