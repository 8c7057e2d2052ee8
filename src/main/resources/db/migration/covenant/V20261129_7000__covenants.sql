-- Emulation covenants (giao ước thi đua): the signing parties, criteria with a target per party, measured values
-- (from live data through the metric catalogue) or reported values (with evidence), and per scoring period the
-- self-score, the reviewed score with comments, the ranking and the proposed commendation. A covenant is scoped by
-- its owner's path (the higher board or the cluster head) and by the paths of its parties.

CREATE TABLE cv_covenant (
    id                  uuid PRIMARY KEY,
    title               varchar(500) NOT NULL,
    kind                varchar(20)  NOT NULL,
    year                integer      NOT NULL,
    starts_on           date         NOT NULL,
    ends_on             date         NOT NULL,
    owner_org_id        uuid         NOT NULL,
    owner_org_name      varchar(300) NOT NULL,
    path                varchar(100) NOT NULL,
    province_code       varchar(10)  NOT NULL,
    signed_on           date,
    meeting_id          uuid,
    meeting_signing_id  uuid,
    signed_file_id      uuid,
    description         text,
    state               varchar(20)  NOT NULL,
    search_text         text         NOT NULL,
    sort_key            bytea        NOT NULL,
    demo                boolean      NOT NULL DEFAULT false,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             integer      NOT NULL DEFAULT 0,
    CONSTRAINT cv_covenant_period CHECK (ends_on >= starts_on),
    CONSTRAINT cv_covenant_kind CHECK (kind IN ('ANNUAL', 'CAMPAIGN')),
    CONSTRAINT cv_covenant_state CHECK (state IN ('DRAFT', 'ACTIVE', 'CLOSED'))
);
CREATE INDEX cv_covenant_path_idx ON cv_covenant (path text_pattern_ops);
CREATE INDEX cv_covenant_year_idx ON cv_covenant (year, sort_key, id);

-- The parties: organisations with their area's path (what measured criteria count) at the time of signing.
CREATE TABLE cv_party (
    id           uuid PRIMARY KEY,
    covenant_id  uuid         NOT NULL REFERENCES cv_covenant (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    org_id       uuid         NOT NULL,
    org_name     varchar(300) NOT NULL,
    path         varchar(100) NOT NULL,
    CONSTRAINT cv_party_unique UNIQUE (covenant_id, org_id)
);
CREATE INDEX cv_party_path_idx ON cv_party (path text_pattern_ops);

-- A criterion: MEASURED from a metric of the catalogue (metric_code + parameters) or REPORTED by the party.
-- Score = max_points × min(1, actual / target) (or the inverse when lower is better), unless a reviewer sets it.
CREATE TABLE cv_criterion (
    id                 uuid PRIMARY KEY,
    covenant_id        uuid          NOT NULL REFERENCES cv_covenant (id) ON DELETE CASCADE,
    position           integer       NOT NULL,
    code               varchar(20)   NOT NULL,
    text               varchar(1000) NOT NULL,
    unit_of_measure    varchar(60)   NOT NULL,
    kind               varchar(20)   NOT NULL,
    metric_code        varchar(100),
    metric_subject     varchar(100),
    metric_days        integer,
    max_points         numeric(8,2)  NOT NULL,
    lower_is_better    boolean       NOT NULL DEFAULT false,
    evidence_required  boolean       NOT NULL DEFAULT false,
    how_measured       varchar(1000),
    CONSTRAINT cv_criterion_code UNIQUE (covenant_id, code),
    CONSTRAINT cv_criterion_kind CHECK (kind IN ('MEASURED', 'REPORTED')),
    CONSTRAINT cv_criterion_metric CHECK ((kind = 'MEASURED') = (metric_code IS NOT NULL)),
    CONSTRAINT cv_criterion_points CHECK (max_points > 0)
);
CREATE INDEX cv_criterion_covenant_idx ON cv_criterion (covenant_id, position);

CREATE TABLE cv_target (
    criterion_id  uuid          NOT NULL REFERENCES cv_criterion (id) ON DELETE CASCADE,
    party_id      uuid          NOT NULL REFERENCES cv_party (id) ON DELETE CASCADE,
    target        numeric(16,2) NOT NULL,
    PRIMARY KEY (criterion_id, party_id),
    CONSTRAINT cv_target_positive CHECK (target > 0)
);

-- Scoring periods (sơ kết 6 tháng, tổng kết năm…): measured values are taken as of ends_on.
CREATE TABLE cv_period (
    id           uuid PRIMARY KEY,
    covenant_id  uuid         NOT NULL REFERENCES cv_covenant (id) ON DELETE CASCADE,
    name         varchar(200) NOT NULL,
    ends_on      date         NOT NULL,
    closed       boolean      NOT NULL DEFAULT false,
    CONSTRAINT cv_period_unique UNIQUE (covenant_id, ends_on)
);

-- A party's entry for one criterion in one period: the reported value and evidence (reported criteria), the measured
-- value frozen when the period closes, the self-score and the reviewed score with the reviewer's comment.
CREATE TABLE cv_score (
    id                uuid PRIMARY KEY,
    period_id         uuid          NOT NULL REFERENCES cv_period (id) ON DELETE CASCADE,
    criterion_id      uuid          NOT NULL REFERENCES cv_criterion (id) ON DELETE CASCADE,
    party_id          uuid          NOT NULL REFERENCES cv_party (id) ON DELETE CASCADE,
    reported_value    numeric(16,2),
    evidence_file_id  uuid,
    evidence_note     text,
    measured_value    numeric(16,4),
    self_score        numeric(8,2),
    self_note         text,
    reviewed_score    numeric(8,2),
    review_comment    text,
    reviewed_by_name  varchar(200),
    reviewed_at       timestamptz,
    updated_at        timestamptz   NOT NULL,
    version           integer       NOT NULL DEFAULT 0,
    CONSTRAINT cv_score_unique UNIQUE (period_id, criterion_id, party_id),
    CONSTRAINT cv_score_values CHECK ((reported_value IS NULL OR reported_value >= 0)
        AND (self_score IS NULL OR self_score >= 0) AND (reviewed_score IS NULL OR reviewed_score >= 0))
);
CREATE INDEX cv_score_party_idx ON cv_score (party_id, period_id);

-- The commendation proposed for a party in a period (e.g. Cờ thi đua, Bằng khen, Giấy khen) and why.
CREATE TABLE cv_award (
    period_id  uuid         NOT NULL REFERENCES cv_period (id) ON DELETE CASCADE,
    party_id   uuid         NOT NULL REFERENCES cv_party (id) ON DELETE CASCADE,
    award      varchar(200) NOT NULL,
    note       text,
    PRIMARY KEY (period_id, party_id)
);
