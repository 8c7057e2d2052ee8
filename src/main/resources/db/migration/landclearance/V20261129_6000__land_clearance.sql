-- Land clearance (giải phóng mặt bằng) of key projects under the Land Law 2024: the project, the communes it crosses,
-- its statutory steps with due dates computed from rule rows that carry their own effective dates, and household by
-- household the plots, assets, stage (with its history), outreach visits and obstacles. A project is scoped by its
-- owner's path and by the paths of the communes it crosses; a household by its commune's path.

CREATE TABLE lc_project (
    id                    uuid PRIMARY KEY,
    code                  varchar(40)   NOT NULL,
    name                  varchar(500)  NOT NULL,
    investor              varchar(300)  NOT NULL,
    owner_org_id          uuid          NOT NULL,
    owner_org_name        varchar(300)  NOT NULL,
    path                  varchar(100)  NOT NULL,
    province_code         varchar(10)   NOT NULL,
    policy_decision       varchar(300),
    recovery_decision     varchar(300),
    land_kind             varchar(20)   NOT NULL,
    total_area_m2         numeric(14,1) NOT NULL,
    target_handover_on    date,
    boundary_geojson      text,
    boundary_file_id      uuid,
    note                  text,
    search_text           text          NOT NULL,
    sort_key              bytea         NOT NULL,
    demo                  boolean       NOT NULL DEFAULT false,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               integer       NOT NULL DEFAULT 0,
    CONSTRAINT lc_project_code_unique UNIQUE (province_code, code),
    CONSTRAINT lc_project_area CHECK (total_area_m2 > 0),
    CONSTRAINT lc_project_land_kind CHECK (land_kind IN ('AGRICULTURAL', 'NON_AGRICULTURAL'))
);
CREATE INDEX lc_project_path_idx ON lc_project (path text_pattern_ops);
CREATE INDEX lc_project_sort_idx ON lc_project (sort_key, id);

-- The communes (units of either hierarchy) the project crosses; unit_path scopes what a commune officer sees.
CREATE TABLE lc_project_commune (
    project_id  uuid         NOT NULL REFERENCES lc_project (id) ON DELETE CASCADE,
    unit_id     varchar(40)  NOT NULL,
    unit_name   varchar(300) NOT NULL,
    unit_path   varchar(100) NOT NULL,
    PRIMARY KEY (project_id, unit_id)
);
CREATE INDEX lc_project_commune_path_idx ON lc_project_commune (unit_path text_pattern_ops);

-- The statutory steps of the project (DOMAIN §6.1) with the dates actually reached; due dates are computed.
CREATE TABLE lc_project_step (
    project_id    uuid         NOT NULL REFERENCES lc_project (id) ON DELETE CASCADE,
    step          varchar(30)  NOT NULL,
    reached_on    date,
    document_ref  varchar(300),
    note          text,
    PRIMARY KEY (project_id, step)
);

-- Time-limit rules, kept as data with the period in which they are in force. A rule says that a step is due
-- NO_LATER_THAN (deadline) or NOT_BEFORE (earliest date) a number of days after another step was reached. The rule
-- applied is the one in force on the date the earlier step was reached (or today while it is not).
CREATE TABLE lc_step_rule (
    id              uuid PRIMARY KEY,
    step            varchar(30)  NOT NULL,
    relation        varchar(20)  NOT NULL,
    after_step      varchar(30)  NOT NULL,
    days            integer      NOT NULL,
    land_kind       varchar(20),
    legal_basis     varchar(500) NOT NULL,
    effective_from  date         NOT NULL,
    effective_to    date,
    verified        boolean      NOT NULL DEFAULT false,
    created_at      timestamptz  NOT NULL,
    CONSTRAINT lc_step_rule_relation CHECK (relation IN ('NO_LATER_THAN', 'NOT_BEFORE')),
    CONSTRAINT lc_step_rule_days CHECK (days >= 0),
    CONSTRAINT lc_step_rule_period CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT lc_step_rule_land_kind CHECK (land_kind IS NULL OR land_kind IN ('AGRICULTURAL', 'NON_AGRICULTURAL'))
);
CREATE INDEX lc_step_rule_step_idx ON lc_step_rule (step, effective_from);

CREATE TABLE lc_household (
    id                    uuid PRIMARY KEY,
    project_id            uuid          NOT NULL REFERENCES lc_project (id) ON DELETE CASCADE,
    code                  varchar(40)   NOT NULL,
    unit_id               varchar(40)   NOT NULL,
    unit_name             varchar(300)  NOT NULL,
    path                  varchar(100)  NOT NULL,
    head_name             varchar(200)  NOT NULL,
    id_number             varchar(20),
    address               varchar(500)  NOT NULL,
    phone                 varchar(30),
    representative        varchar(200),
    stage                 varchar(20)   NOT NULL,
    inventoried_on        date,
    plan_posted_on        date,
    agreed_on             date,
    compensation_amount   numeric(16,0),
    paid_amount           numeric(16,0),
    paid_on               date,
    late_payment          boolean       NOT NULL DEFAULT false,
    resettlement          text,
    handed_over_on        date,
    latitude              numeric(9,6),
    longitude             numeric(9,6),
    note                  text,
    search_text           text          NOT NULL,
    sort_key              bytea         NOT NULL,
    demo                  boolean       NOT NULL DEFAULT false,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               integer       NOT NULL DEFAULT 0,
    CONSTRAINT lc_household_code_unique UNIQUE (project_id, code),
    CONSTRAINT lc_household_stage CHECK (stage IN
        ('NOT_INVENTORIED', 'INVENTORIED', 'PLAN_POSTED', 'AGREED', 'PAID', 'HANDED_OVER')),
    CONSTRAINT lc_household_amounts CHECK ((compensation_amount IS NULL OR compensation_amount >= 0)
        AND (paid_amount IS NULL OR paid_amount >= 0)),
    CONSTRAINT lc_household_handover_after_consent CHECK (handed_over_on IS NULL OR agreed_on IS NOT NULL)
);
CREATE INDEX lc_household_project_idx ON lc_household (project_id, stage);
CREATE INDEX lc_household_path_idx ON lc_household (path text_pattern_ops);
CREATE INDEX lc_household_sort_idx ON lc_household (project_id, sort_key, id);
CREATE INDEX lc_household_search_idx ON lc_household USING gin (search_text gin_trgm_ops);

CREATE TABLE lc_member (
    household_id  uuid         NOT NULL REFERENCES lc_household (id) ON DELETE CASCADE,
    position      integer      NOT NULL,
    name          varchar(200) NOT NULL,
    relation      varchar(100),
    birth_year    integer,
    PRIMARY KEY (household_id, position)
);

-- Plots (thửa đất) recovered from a household; a plot (map sheet + number) belongs to one household of a project.
CREATE TABLE lc_plot (
    id              uuid PRIMARY KEY,
    household_id    uuid          NOT NULL REFERENCES lc_household (id) ON DELETE CASCADE,
    project_id      uuid          NOT NULL REFERENCES lc_project (id) ON DELETE CASCADE,
    map_sheet       varchar(20)   NOT NULL,
    plot_number     varchar(20)   NOT NULL,
    land_type       varchar(20)   NOT NULL,
    recovered_area  numeric(12,1) NOT NULL,
    CONSTRAINT lc_plot_unique UNIQUE (project_id, map_sheet, plot_number),
    CONSTRAINT lc_plot_area CHECK (recovered_area > 0)
);
CREATE INDEX lc_plot_household_idx ON lc_plot (household_id);

-- Assets on the land (nhà, công trình, cây cối, vật nuôi…).
CREATE TABLE lc_asset (
    household_id  uuid          NOT NULL REFERENCES lc_household (id) ON DELETE CASCADE,
    position      integer       NOT NULL,
    item          varchar(300)  NOT NULL,
    unit          varchar(40),
    quantity      numeric(12,2),
    amount        numeric(16,0),
    PRIMARY KEY (household_id, position)
);

-- Every change of a household's stage: who, when, from what to what.
CREATE TABLE lc_stage_change (
    id               uuid PRIMARY KEY,
    household_id     uuid         NOT NULL REFERENCES lc_household (id) ON DELETE CASCADE,
    project_id       uuid         NOT NULL,
    from_stage       varchar(20),
    to_stage         varchar(20)  NOT NULL,
    effective_on     date         NOT NULL,
    changed_at       timestamptz  NOT NULL,
    changed_by       uuid,
    changed_by_name  varchar(200) NOT NULL,
    reason           varchar(500)
);
CREATE INDEX lc_stage_change_household_idx ON lc_stage_change (household_id, changed_at);
CREATE INDEX lc_stage_change_project_idx ON lc_stage_change (project_id, effective_on);

-- Outreach visits (vận động, thuyết phục). client_key makes a resubmitted draft idempotent.
CREATE TABLE lc_visit (
    id              uuid PRIMARY KEY,
    household_id    uuid          NOT NULL REFERENCES lc_household (id) ON DELETE CASCADE,
    project_id      uuid          NOT NULL,
    path            varchar(100)  NOT NULL,
    visited_on      date          NOT NULL,
    met_whom        varchar(300)  NOT NULL,
    concerns        text,
    agreed          text,
    outcome         varchar(20)   NOT NULL,
    next_step       varchar(500),
    next_step_on    date,
    recorded_at     timestamptz   NOT NULL,
    recorded_by     uuid,
    recorded_by_name varchar(200) NOT NULL,
    client_key      uuid          NOT NULL,
    CONSTRAINT lc_visit_client_key UNIQUE (client_key),
    CONSTRAINT lc_visit_outcome CHECK (outcome IN ('NO_CHANGE', 'AGREED', 'REFUSED', 'OBSTACLE'))
);
CREATE INDEX lc_visit_household_idx ON lc_visit (household_id, visited_on);
CREATE INDEX lc_visit_project_idx ON lc_visit (project_id, visited_on);
CREATE INDEX lc_visit_path_idx ON lc_visit (path text_pattern_ops);

-- Who went on a visit: a person and the kind of organisation they came from.
CREATE TABLE lc_visit_visitor (
    visit_id   uuid         NOT NULL REFERENCES lc_visit (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    name       varchar(200) NOT NULL,
    org_kind   varchar(20)  NOT NULL,
    org_name   varchar(300),
    PRIMARY KEY (visit_id, position)
);

-- Obstacles (vướng mắc) of a household, with a reason code; the commune may escalate one to the province with a
-- requested answer date, and the province's answer and its date are kept.
CREATE TABLE lc_obstacle (
    id                    uuid PRIMARY KEY,
    household_id          uuid          NOT NULL REFERENCES lc_household (id) ON DELETE CASCADE,
    project_id            uuid          NOT NULL,
    path                  varchar(100)  NOT NULL,
    reason                varchar(30)   NOT NULL,
    description           text          NOT NULL,
    raised_on             date          NOT NULL,
    resolved_on           date,
    resolution            text,
    escalated_on          date,
    answer_requested_by   date,
    answer                text,
    answered_on           date,
    answered_by_name      varchar(200),
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               integer       NOT NULL DEFAULT 0,
    CONSTRAINT lc_obstacle_reason CHECK (reason IN
        ('PRICE', 'LAND_ORIGIN', 'INHERITANCE', 'ABSENT_OWNER', 'MORTGAGE', 'OTHER')),
    CONSTRAINT lc_obstacle_resolved CHECK (resolved_on IS NULL OR resolved_on >= raised_on),
    CONSTRAINT lc_obstacle_escalation CHECK (answer_requested_by IS NULL OR escalated_on IS NOT NULL)
);
CREATE INDEX lc_obstacle_household_idx ON lc_obstacle (household_id);
CREATE INDEX lc_obstacle_project_idx ON lc_obstacle (project_id, resolved_on);
CREATE INDEX lc_obstacle_path_idx ON lc_obstacle (path text_pattern_ops);
CREATE INDEX lc_obstacle_escalated_idx ON lc_obstacle (escalated_on) WHERE escalated_on IS NOT NULL AND answered_on IS NULL;

-- The rules in force (DOMAIN §6.1). Values marked unverified stay editable; NQ 254/2025/QH15's shortened periods are
-- recorded with the effective date reported in a public summary and flagged unverified.
INSERT INTO lc_step_rule (id, step, relation, after_step, days, land_kind, legal_basis, effective_from, effective_to, verified, created_at) VALUES
 ('6a000000-0000-4000-8000-000000000001', 'SURVEY_PLAN', 'NO_LATER_THAN', 'REQUEST', 10, NULL,
  'Nghị định 102/2024/NĐ-CP, Điều 28 khoản 1', '2024-08-01', NULL, true, now()),
 ('6a000000-0000-4000-8000-000000000002', 'RECOVERY_DECISION', 'NOT_BEFORE', 'NOTICE', 90, 'AGRICULTURAL',
  'Luật Đất đai 2024, Điều 85 khoản 1', '2024-08-01', '2025-12-31', false, now()),
 ('6a000000-0000-4000-8000-000000000003', 'RECOVERY_DECISION', 'NOT_BEFORE', 'NOTICE', 180, 'NON_AGRICULTURAL',
  'Luật Đất đai 2024, Điều 85 khoản 1', '2024-08-01', '2025-12-31', false, now()),
 ('6a000000-0000-4000-8000-000000000004', 'RECOVERY_DECISION', 'NOT_BEFORE', 'NOTICE', 60, 'AGRICULTURAL',
  'Nghị quyết 254/2025/QH15, Điều 3 khoản 9 điểm a', '2026-01-01', NULL, false, now()),
 ('6a000000-0000-4000-8000-000000000005', 'RECOVERY_DECISION', 'NOT_BEFORE', 'NOTICE', 120, 'NON_AGRICULTURAL',
  'Nghị quyết 254/2025/QH15, Điều 3 khoản 9 điểm a', '2026-01-01', NULL, false, now()),
 ('6a000000-0000-4000-8000-000000000006', 'DIALOGUE', 'NOT_BEFORE', 'PLAN_POSTED', 30, NULL,
  'Luật Đất đai 2024, Điều 87 khoản 3 (niêm yết ít nhất 30 ngày)', '2024-08-01', '2025-12-31', false, now()),
 ('6a000000-0000-4000-8000-000000000007', 'DIALOGUE', 'NOT_BEFORE', 'PLAN_POSTED', 10, NULL,
  'Nghị quyết 254/2025/QH15, Điều 3 khoản 9 điểm b (niêm yết 10 ngày)', '2026-01-01', NULL, false, now()),
 ('6a000000-0000-4000-8000-000000000008', 'APPROVAL', 'NO_LATER_THAN', 'DIALOGUE', 30, NULL,
  'Nghị định 88/2024/NĐ-CP, Điều 3 khoản 3 (thẩm định trong 30 ngày)', '2024-08-01', NULL, true, now()),
 ('6a000000-0000-4000-8000-000000000009', 'PAYMENT', 'NO_LATER_THAN', 'APPROVAL', 30, NULL,
  'Luật Đất đai 2024, Điều 94 khoản 3', '2024-08-01', NULL, true, now()),
 ('6a000000-0000-4000-8000-000000000010', 'RECOVERY_DECISION', 'NO_LATER_THAN', 'PAYMENT', 10, NULL,
  'Luật Đất đai 2024, Điều 87 (10 ngày khi đủ điều kiện)', '2024-08-01', NULL, false, now()),
 ('6a000000-0000-4000-8000-000000000011', 'INVENTORY', 'NOT_BEFORE', 'MEETING', 0, NULL,
  'Luật Đất đai 2024, Điều 87 (họp dân trước khi kiểm đếm)', '2024-08-01', NULL, false, now());
