-- "Dân vận khéo": the registry of skilful-mobilization models (mô hình, a collective initiative) and exemplars (điển
-- hình, an individual or collective held up as an example), registered by a unit for a year; their updates with
-- evidence and quantitative results (measures from a catalogue an administrator extends), six-month and annual
-- self-assessments, the evaluation (bình xét) by a council scoring against the year's criteria, the recognition
-- decision (and its revocation), and replication by other units. Scoped by the owning unit's path (and the place's).

CREATE TABLE ex_measure (
    id          uuid PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    name_en     varchar(200),
    unit        varchar(40)  NOT NULL,
    active      boolean      NOT NULL DEFAULT true,
    position    integer      NOT NULL DEFAULT 0
);

CREATE TABLE ex_entry (
    id                 uuid PRIMARY KEY,
    kind               varchar(20)   NOT NULL,
    year               integer       NOT NULL,
    name               varchar(300)  NOT NULL,
    field              varchar(20)   NOT NULL,
    level              varchar(20)   NOT NULL,
    owner_org_id       uuid          NOT NULL,
    owner_org_name     varchar(300)  NOT NULL,
    path               varchar(100)  NOT NULL,
    province_code      varchar(10)   NOT NULL,
    place_unit_id      varchar(20)   NOT NULL,
    place_unit_name    varchar(300)  NOT NULL,
    place_path         varchar(100)  NOT NULL,
    latitude           numeric(9,6),
    longitude          numeric(9,6),
    participants       varchar(1000),
    summary            text          NOT NULL,
    story              text,
    started_on         date          NOT NULL,
    status             varchar(20)   NOT NULL,
    replicated_from    uuid REFERENCES ex_entry (id),
    public             boolean       NOT NULL DEFAULT false,
    name_key           varchar(300)  NOT NULL,
    search_text        text          NOT NULL,
    sort_key           bytea         NOT NULL,
    demo               boolean       NOT NULL DEFAULT false,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    version            integer       NOT NULL DEFAULT 0,
    CONSTRAINT ex_entry_kind CHECK (kind IN ('MODEL', 'EXEMPLAR')),
    CONSTRAINT ex_entry_field CHECK (field IN ('ECONOMIC', 'CULTURAL_SOCIAL', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM')),
    CONSTRAINT ex_entry_level CHECK (level IN ('COMMUNE', 'DISTRICT', 'PROVINCE')),
    CONSTRAINT ex_entry_status CHECK (status IN ('REGISTERED', 'IN_PROGRESS', 'SELF_ASSESSED', 'UNDER_EVALUATION',
        'PROPOSED', 'RECOGNISED', 'NOT_RECOGNISED', 'REVOKED', 'CLOSED')),
    CONSTRAINT ex_entry_year CHECK (year BETWEEN 2000 AND 2100),
    -- The same model is not registered twice by the same unit in the same year (name compared folded).
    CONSTRAINT ex_entry_unique UNIQUE (owner_org_id, year, name_key)
);
CREATE INDEX ex_entry_path_idx ON ex_entry (path text_pattern_ops);
CREATE INDEX ex_entry_place_path_idx ON ex_entry (place_path text_pattern_ops);
CREATE INDEX ex_entry_stats_idx ON ex_entry (year, field, level, status);
CREATE INDEX ex_entry_public_idx ON ex_entry (year DESC) WHERE public AND status = 'RECOGNISED';
CREATE INDEX ex_entry_search_idx ON ex_entry USING gin (search_text gin_trgm_ops);
CREATE INDEX ex_entry_replicated_idx ON ex_entry (replicated_from) WHERE replicated_from IS NOT NULL;

-- Free tags across fields: GPMB (land clearance), NTM (new rural development), CCHC (administrative reform)…
CREATE TABLE ex_entry_tag (
    entry_id  uuid        NOT NULL REFERENCES ex_entry (id) ON DELETE CASCADE,
    tag       varchar(40) NOT NULL,
    PRIMARY KEY (entry_id, tag)
);
CREATE INDEX ex_entry_tag_idx ON ex_entry_tag (tag);

-- Objectives with measurable targets, on the catalogue's measures.
CREATE TABLE ex_objective (
    entry_id    uuid          NOT NULL REFERENCES ex_entry (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    text        varchar(500)  NOT NULL,
    measure_id  uuid REFERENCES ex_measure (id),
    target      numeric(16,2),
    PRIMARY KEY (entry_id, position)
);

-- Updates during the year, with evidence (files) and quantitative results.
CREATE TABLE ex_update (
    id            uuid PRIMARY KEY,
    entry_id      uuid          NOT NULL REFERENCES ex_entry (id) ON DELETE CASCADE,
    reported_on   date          NOT NULL,
    text          text          NOT NULL,
    author_id     uuid,
    author_name   varchar(200)  NOT NULL,
    created_at    timestamptz   NOT NULL
);
CREATE INDEX ex_update_entry_idx ON ex_update (entry_id, reported_on);

CREATE TABLE ex_result (
    update_id   uuid          NOT NULL REFERENCES ex_update (id) ON DELETE CASCADE,
    measure_id  uuid          NOT NULL REFERENCES ex_measure (id),
    value       numeric(16,2) NOT NULL,
    PRIMARY KEY (update_id, measure_id),
    CONSTRAINT ex_result_value CHECK (value >= 0)
);

CREATE TABLE ex_update_file (
    update_id  uuid    NOT NULL REFERENCES ex_update (id) ON DELETE CASCADE,
    file_id    uuid    NOT NULL,
    public     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (update_id, file_id)
);

-- Self-assessments: six-month (HALF_YEAR) and annual (ANNUAL).
CREATE TABLE ex_self_assessment (
    entry_id     uuid          NOT NULL REFERENCES ex_entry (id) ON DELETE CASCADE,
    period       varchar(20)   NOT NULL,
    text         text          NOT NULL,
    effective    boolean       NOT NULL,
    assessed_on  date          NOT NULL,
    author_name  varchar(200)  NOT NULL,
    PRIMARY KEY (entry_id, period),
    CONSTRAINT ex_self_period CHECK (period IN ('HALF_YEAR', 'ANNUAL'))
);

-- Recognition criteria and scale, per year and level (configurable; DOMAIN §2.3 as the default wording).
CREATE TABLE ex_criterion (
    id          uuid PRIMARY KEY,
    year        integer       NOT NULL,
    level       varchar(20)   NOT NULL,
    position    integer       NOT NULL,
    text        varchar(500)  NOT NULL,
    max_points  numeric(6,2)  NOT NULL,
    CONSTRAINT ex_criterion_points CHECK (max_points > 0),
    CONSTRAINT ex_criterion_unique UNIQUE (year, level, position)
);

-- An evaluation round (đợt bình xét) of a council at a level, for a year.
CREATE TABLE ex_council (
    id            uuid PRIMARY KEY,
    year          integer       NOT NULL,
    level         varchar(20)   NOT NULL,
    name          varchar(300)  NOT NULL,
    org_id        uuid          NOT NULL,
    org_name      varchar(300)  NOT NULL,
    path          varchar(100)  NOT NULL,
    pass_mark     numeric(6,2)  NOT NULL,
    closed        boolean       NOT NULL DEFAULT false,
    created_at    timestamptz   NOT NULL
);
CREATE INDEX ex_council_path_idx ON ex_council (path text_pattern_ops);

CREATE TABLE ex_council_member (
    council_id  uuid          NOT NULL REFERENCES ex_council (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    name        varchar(200)  NOT NULL,
    role        varchar(200)  NOT NULL,
    PRIMARY KEY (council_id, position)
);

-- A candidate before a council; a member's score per criterion and vote.
CREATE TABLE ex_candidate (
    council_id  uuid    NOT NULL REFERENCES ex_council (id) ON DELETE CASCADE,
    entry_id    uuid    NOT NULL REFERENCES ex_entry (id) ON DELETE CASCADE,
    proposed    boolean,
    note        text,
    PRIMARY KEY (council_id, entry_id)
);

CREATE TABLE ex_score (
    council_id       uuid          NOT NULL,
    entry_id         uuid          NOT NULL,
    member_position  integer       NOT NULL,
    criterion_id     uuid          NOT NULL REFERENCES ex_criterion (id),
    points           numeric(6,2)  NOT NULL,
    PRIMARY KEY (council_id, entry_id, member_position, criterion_id),
    FOREIGN KEY (council_id, entry_id) REFERENCES ex_candidate (council_id, entry_id) ON DELETE CASCADE,
    CONSTRAINT ex_score_points CHECK (points >= 0)
);

CREATE TABLE ex_vote (
    council_id       uuid        NOT NULL,
    entry_id         uuid        NOT NULL,
    member_position  integer     NOT NULL,
    in_favour        boolean     NOT NULL,
    PRIMARY KEY (council_id, entry_id, member_position),
    FOREIGN KEY (council_id, entry_id) REFERENCES ex_candidate (council_id, entry_id) ON DELETE CASCADE
);

-- The recognising authority's decision (number, date, level, award) and its revocation.
CREATE TABLE ex_recognition (
    id               uuid PRIMARY KEY,
    entry_id         uuid          NOT NULL REFERENCES ex_entry (id) ON DELETE CASCADE,
    council_id       uuid REFERENCES ex_council (id),
    level            varchar(20)   NOT NULL,
    decision_number  varchar(60)   NOT NULL,
    decided_on       date          NOT NULL,
    authority        varchar(300)  NOT NULL,
    award            varchar(200),
    revoked_on       date,
    revoke_reason    varchar(1000),
    created_at       timestamptz   NOT NULL
);
CREATE INDEX ex_recognition_entry_idx ON ex_recognition (entry_id);

-- Who did what and when, for every step of an entry's life.
CREATE TABLE ex_event (
    id          uuid PRIMARY KEY,
    entry_id    uuid          NOT NULL REFERENCES ex_entry (id) ON DELETE CASCADE,
    at          timestamptz   NOT NULL,
    actor_id    uuid,
    actor_name  varchar(200)  NOT NULL,
    action      varchar(40)   NOT NULL,
    detail      varchar(1000)
);
CREATE INDEX ex_event_entry_idx ON ex_event (entry_id, at);

INSERT INTO ex_measure (id, code, name, name_en, unit, position) VALUES
 ('9e000000-0000-4000-8000-000000000001', 'MONEY', 'Kinh phí huy động', 'Money mobilised', 'triệu đồng', 1),
 ('9e000000-0000-4000-8000-000000000002', 'LABOUR', 'Ngày công lao động đóng góp', 'Labour days given', 'ngày công', 2),
 ('9e000000-0000-4000-8000-000000000003', 'LAND_DONATED', 'Diện tích đất hiến', 'Land donated', 'm²', 3),
 ('9e000000-0000-4000-8000-000000000004', 'HOUSEHOLDS', 'Số hộ tham gia', 'Households taking part', 'hộ', 4),
 ('9e000000-0000-4000-8000-000000000005', 'ROAD_BUILT', 'Đường giao thông làm mới, cải tạo', 'Roads built or improved', 'km', 5),
 ('9e000000-0000-4000-8000-000000000006', 'PEOPLE_REACHED', 'Lượt người được tuyên truyền, vận động', 'People reached', 'lượt', 6);
