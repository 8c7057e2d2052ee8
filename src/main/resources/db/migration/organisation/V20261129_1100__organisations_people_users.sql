-- Organisations of the political system, the people who work in them, and their user accounts.
-- Every scoped row carries the materialised path of its administrative unit: "what may this user see" is a
-- prefix match on it, backed by a text_pattern_ops index.

CREATE TABLE org_unit (
    id             uuid PRIMARY KEY,
    kind           varchar(40)  NOT NULL,
    name           varchar(300) NOT NULL,
    abbreviation   varchar(40),
    admin_unit_id  varchar(20)  NOT NULL REFERENCES admin_unit (id),
    parent_id      uuid REFERENCES org_unit (id),
    village        varchar(200),
    path           varchar(100) NOT NULL,
    province_code  varchar(10)  NOT NULL,
    valid_from     date,
    valid_to       date,
    search_text    text         NOT NULL,
    sort_key       bytea        NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    version        integer      NOT NULL DEFAULT 0,
    CONSTRAINT org_unit_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops);
CREATE INDEX org_unit_admin_unit_idx ON org_unit (admin_unit_id);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);
CREATE INDEX org_unit_sort_idx ON org_unit (sort_key, id);
CREATE INDEX org_unit_search_idx ON org_unit USING gin (search_text gin_trgm_ops);

-- Names an organisation has had (e.g. Ban Dân vận Tỉnh ủy -> Ban Tuyên giáo và Dân vận Tỉnh ủy in 2025).
CREATE TABLE org_unit_name (
    id            uuid PRIMARY KEY,
    org_unit_id   uuid         NOT NULL REFERENCES org_unit (id),
    name          varchar(300) NOT NULL,
    abbreviation  varchar(40),
    valid_from    date,
    valid_to      date
);
CREATE INDEX org_unit_name_unit_idx ON org_unit_name (org_unit_id, valid_from);

CREATE TABLE person (
    id                uuid PRIMARY KEY,
    full_name         varchar(200) NOT NULL,
    gender            varchar(10),
    birth_year        integer,
    phone             varchar(30),
    email             varchar(200),
    home_org_unit_id  uuid         NOT NULL REFERENCES org_unit (id),
    path              varchar(100) NOT NULL,
    province_code     varchar(10)  NOT NULL,
    search_text       text         NOT NULL,
    sort_key          bytea        NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           integer      NOT NULL DEFAULT 0
);
CREATE INDEX person_path_idx ON person (path text_pattern_ops);
CREATE INDEX person_home_idx ON person (home_org_unit_id);
CREATE INDEX person_sort_idx ON person (sort_key, id);
CREATE INDEX person_search_idx ON person USING gin (search_text gin_trgm_ops);

-- A position (chức vụ) held by a person in an organisation for a period.
CREATE TABLE position (
    id            uuid PRIMARY KEY,
    person_id     uuid         NOT NULL REFERENCES person (id),
    org_unit_id   uuid         NOT NULL REFERENCES org_unit (id),
    title         varchar(200) NOT NULL,
    start_date    date         NOT NULL,
    end_date      date,
    CONSTRAINT position_period CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX position_person_idx ON position (person_id);
CREATE INDEX position_org_unit_idx ON position (org_unit_id);

CREATE TABLE user_account (
    id                    uuid PRIMARY KEY,
    username              varchar(60)  NOT NULL,
    password_hash         varchar(200) NOT NULL,
    person_id             uuid         NOT NULL REFERENCES person (id),
    enabled               boolean      NOT NULL DEFAULT true,
    must_change_password  boolean      NOT NULL DEFAULT true,
    failed_attempts       integer      NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    last_sign_in_at       timestamptz,
    path                  varchar(100) NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_account_username_idx ON user_account (lower(username));
CREATE UNIQUE INDEX user_account_person_idx ON user_account (person_id);
CREATE INDEX user_account_path_idx ON user_account (path text_pattern_ops);

-- A role granted to a user in an organisation; the organisation's area is the grant's scope.
CREATE TABLE role_grant (
    id           uuid PRIMARY KEY,
    user_id      uuid         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role         varchar(40)  NOT NULL,
    org_unit_id  uuid         NOT NULL REFERENCES org_unit (id),
    scope_path   varchar(100) NOT NULL,
    granted_at   timestamptz  NOT NULL,
    granted_by   uuid,
    CONSTRAINT role_grant_unique UNIQUE (user_id, role, org_unit_id)
);
CREATE INDEX role_grant_user_idx ON role_grant (user_id);

-- Personal access tokens for the API: only a SHA-256 of the token is kept.
CREATE TABLE access_token (
    id            uuid PRIMARY KEY,
    user_id       uuid         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name          varchar(100) NOT NULL,
    token_hash    varchar(64)     NOT NULL UNIQUE,
    token_prefix  varchar(12)  NOT NULL,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX access_token_user_idx ON access_token (user_id);
