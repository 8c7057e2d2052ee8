-- Vietnam's administrative units: today's two-level system (since 1 July 2025) and the three-level system before
-- it, with the lineage between them. Filled at start-up from the published datasets (AdminUnitImport); read-only
-- for everything else.

CREATE TABLE admin_unit (
    -- Official statistics code for current units ("33", "12133"); "old-" + code for units before 1 July 2025
    -- ("old-34", "old-336"), since the old and new codes overlap.
    id               varchar(20)  PRIMARY KEY,
    code             varchar(10)  NOT NULL,
    era              varchar(10)  NOT NULL CHECK (era IN ('CURRENT', 'PRE_2025')),
    level            varchar(16)  NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    kind             varchar(32)  NOT NULL CHECK (kind IN ('MUNICIPALITY', 'PROVINCE', 'MUNICIPAL_CITY',
                                                           'PROVINCIAL_CITY', 'URBAN_DISTRICT', 'DISTRICT_TOWN',
                                                           'DISTRICT', 'WARD', 'TOWNSHIP', 'COMMUNE',
                                                           'SPECIAL_ZONE')),
    name             varchar(255) NOT NULL,
    full_name        varchar(255) NOT NULL,
    name_en          varchar(255),
    -- The unit above it in its own era (an old commune's old district); NULL for provinces.
    parent_id        varchar(20)  REFERENCES admin_unit (id),
    -- Materialised path for access scope by prefix: "33", "33/12133"; old units sit under the current province
    -- their old province merged into ("33/old-34/old-336/old-12345"), so scope over today's province covers them.
    path             varchar(100) NOT NULL,
    -- The current province the unit belongs or rolls up to (the sharding key of a national deployment).
    province_code    varchar(10)  NOT NULL,
    valid_from       date,
    valid_to         date,
    -- "full_name name" folded (lower case, no diacritics, đ -> d), for accent-insensitive search.
    search_text      text         NOT NULL,
    -- ICU collation key of name under Vietnamese rules: ORDER BY sort_key is Vietnamese alphabetical order.
    sort_key         bytea        NOT NULL,
    -- The published "formed from" text (trước sáp nhập), verbatim; current units only.
    formed_from_text text,
    CONSTRAINT admin_unit_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX admin_unit_level_era_idx ON admin_unit (level, era);
CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_id);
CREATE INDEX admin_unit_path_idx ON admin_unit (path text_pattern_ops);
CREATE INDEX admin_unit_sort_idx ON admin_unit (sort_key, id);
CREATE INDEX admin_unit_search_idx ON admin_unit USING gin (search_text gin_trgm_ops);

-- What each current unit was formed from on 1 July 2025; read the other way, what each old unit became.
CREATE TABLE admin_unit_lineage (
    successor_id   varchar(20) NOT NULL REFERENCES admin_unit (id),
    predecessor_id varchar(20) NOT NULL REFERENCES admin_unit (id),
    -- Only part of the predecessor went into the successor ("một phần", "phần còn lại").
    partial        boolean     NOT NULL,
    effective_date date        NOT NULL,
    -- The matching rule that made the link (LineageMatcher.MatchRule), so doubtful rules can be reviewed.
    matched_by     varchar(24) NOT NULL,
    PRIMARY KEY (successor_id, predecessor_id)
);
CREATE INDEX admin_unit_lineage_predecessor_idx ON admin_unit_lineage (predecessor_id);

-- Pieces of the published texts that fit no old unit, or several: listed for an administrator, never guessed.
CREATE TABLE admin_unit_lineage_gap (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    successor_id varchar(20) NOT NULL REFERENCES admin_unit (id),
    fragment     text        NOT NULL,
    reason       varchar(16) NOT NULL CHECK (reason IN ('NOT_FOUND', 'AMBIGUOUS')),
    -- Ids of the old units it could mean, comma-separated (AMBIGUOUS only).
    candidates   text
);
CREATE INDEX admin_unit_lineage_gap_successor_idx ON admin_unit_lineage_gap (successor_id);

-- One row per dataset: the import at start-up is skipped when the checksum of its inputs is already here.
CREATE TABLE admin_unit_import (
    dataset       varchar(64) PRIMARY KEY,
    checksum      varchar(64) NOT NULL,
    imported_at   timestamptz NOT NULL,
    unit_count    integer     NOT NULL,
    lineage_count integer     NOT NULL,
    gap_count     integer     NOT NULL,
    duration_ms   bigint      NOT NULL
);
