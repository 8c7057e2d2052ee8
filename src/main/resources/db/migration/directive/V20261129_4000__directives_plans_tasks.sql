-- Directive module: the documents that assign work, their implementation plans, tasks down to the communes,
-- and progress reports. Other modules' records (organisations) are referenced by id only, without foreign keys.
-- Scoped rows carry the materialised path of the responsible organisation's unit (prefix match, indexed).

CREATE TABLE directive_document (
    id                   uuid PRIMARY KEY,
    kind                 varchar(30)  NOT NULL,
    family               varchar(10)  NOT NULL,
    number               varchar(60)  NOT NULL,
    issued_on            date         NOT NULL,
    issuing_org_unit_id  uuid         NOT NULL,
    issuer_name          varchar(200),
    title                varchar(500) NOT NULL,
    summary              text,
    state                varchar(20)  NOT NULL,
    superseded_by_id     uuid REFERENCES directive_document (id),
    path                 varchar(100) NOT NULL,
    province_code        varchar(10)  NOT NULL,
    search_text          text         NOT NULL,
    demo                 boolean      NOT NULL DEFAULT false,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    version              integer      NOT NULL DEFAULT 0
);
CREATE INDEX directive_document_path_idx ON directive_document (path text_pattern_ops);
CREATE INDEX directive_document_issued_idx ON directive_document (issued_on DESC, id);
CREATE INDEX directive_document_search_idx ON directive_document USING gin (search_text gin_trgm_ops);

-- "Implements": a plan or guidance implementing a directive or resolution.
CREATE TABLE directive_document_link (
    document_id     uuid NOT NULL REFERENCES directive_document (id),
    implements_id   uuid NOT NULL REFERENCES directive_document (id),
    PRIMARY KEY (document_id, implements_id)
);
CREATE INDEX directive_document_link_target_idx ON directive_document_link (implements_id);

CREATE TABLE directive_plan (
    id                uuid PRIMARY KEY,
    document_id       uuid         NOT NULL REFERENCES directive_document (id),
    title             varchar(500) NOT NULL,
    owner_org_unit_id uuid         NOT NULL,
    open              boolean      NOT NULL DEFAULT true,
    path              varchar(100) NOT NULL,
    province_code     varchar(10)  NOT NULL,
    demo              boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL,
    version           integer      NOT NULL DEFAULT 0
);
CREATE INDEX directive_plan_document_idx ON directive_plan (document_id);
CREATE INDEX directive_plan_path_idx ON directive_plan (path text_pattern_ops);

CREATE TABLE directive_task (
    id                       uuid PRIMARY KEY,
    plan_id                  uuid          NOT NULL REFERENCES directive_plan (id),
    document_id              uuid          NOT NULL REFERENCES directive_document (id),
    parent_task_id           uuid REFERENCES directive_task (id),
    title                    varchar(500)  NOT NULL,
    content                  text          NOT NULL,
    lead_org_unit_id         uuid          NOT NULL,
    start_on                 date          NOT NULL,
    deadline                 date          NOT NULL,
    expected_output          varchar(1000),
    indicator_name           varchar(200),
    indicator_unit           varchar(50),
    indicator_target         numeric(14, 2),
    indicator_value          numeric(14, 2),
    percent_complete         integer       NOT NULL DEFAULT 0,
    completed_on             date,
    origin_module            varchar(40),
    origin_record_type       varchar(40),
    origin_record_id         uuid,
    origin_parent_record_id  uuid,
    origin_label             varchar(500),
    path                     varchar(100)  NOT NULL,
    province_code            varchar(10)   NOT NULL,
    search_text              text          NOT NULL,
    demo                     boolean       NOT NULL DEFAULT false,
    created_at               timestamptz   NOT NULL,
    updated_at               timestamptz   NOT NULL,
    version                  integer       NOT NULL DEFAULT 0,
    CONSTRAINT directive_task_dates CHECK (deadline >= start_on),
    CONSTRAINT directive_task_percent CHECK (percent_complete BETWEEN 0 AND 100)
);
CREATE INDEX directive_task_path_idx ON directive_task (path text_pattern_ops);
CREATE INDEX directive_task_plan_idx ON directive_task (plan_id);
CREATE INDEX directive_task_document_idx ON directive_task (document_id);
CREATE INDEX directive_task_parent_idx ON directive_task (parent_task_id);
CREATE INDEX directive_task_lead_idx ON directive_task (lead_org_unit_id);
CREATE INDEX directive_task_deadline_idx ON directive_task (deadline, id);
CREATE INDEX directive_task_search_idx ON directive_task USING gin (search_text gin_trgm_ops);

CREATE TABLE directive_task_coordinator (
    task_id      uuid NOT NULL REFERENCES directive_task (id),
    org_unit_id  uuid NOT NULL,
    PRIMARY KEY (task_id, org_unit_id)
);

-- Progress reports (báo cáo tiến độ) of the lead unit; the task keeps the latest figures.
CREATE TABLE directive_progress (
    id               uuid PRIMARY KEY,
    task_id          uuid          NOT NULL REFERENCES directive_task (id),
    reported_on      date          NOT NULL,
    percent_complete integer       NOT NULL,
    narrative        text          NOT NULL,
    indicator_value  numeric(14, 2),
    completed        boolean       NOT NULL DEFAULT false,
    reported_by      varchar(100)  NOT NULL,
    path             varchar(100)  NOT NULL,
    demo             boolean       NOT NULL DEFAULT false,
    created_at       timestamptz   NOT NULL,
    CONSTRAINT directive_progress_percent CHECK (percent_complete BETWEEN 0 AND 100)
);
CREATE INDEX directive_progress_task_idx ON directive_progress (task_id, reported_on DESC);
