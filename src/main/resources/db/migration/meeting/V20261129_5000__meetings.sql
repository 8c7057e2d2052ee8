-- Meetings (hội nghị, hội thảo, tọa đàm): agenda, invitees and attendance, contributions and the proposals raised,
-- their consolidation into follow-up tasks (kept in the directive module, referenced here by id only), the
-- conclusion notice's number and the covenants signed at the meeting. A meeting is scoped by its organiser's path.

CREATE TABLE meeting (
    id                      uuid PRIMARY KEY,
    kind                    varchar(20)  NOT NULL,
    title                   varchar(500) NOT NULL,
    purpose                 text,
    starts_at               timestamp    NOT NULL,
    ends_at                 timestamp    NOT NULL,
    place                   varchar(300) NOT NULL,
    organiser_org_id        uuid         NOT NULL,
    organiser_name          varchar(300) NOT NULL,
    organiser_abbreviation  varchar(40),
    chair_name              varchar(200),
    chair_position          varchar(300) NOT NULL,
    path                    varchar(100) NOT NULL,
    province_code           varchar(10)  NOT NULL,
    search_text             text         NOT NULL,
    sort_key                bytea        NOT NULL,
    notice_number           varchar(60),
    notice_issued_on        date,
    demo                    boolean      NOT NULL DEFAULT false,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    version                 integer      NOT NULL DEFAULT 0,
    CONSTRAINT meeting_times CHECK (ends_at >= starts_at)
);
CREATE INDEX meeting_path_idx ON meeting (path text_pattern_ops);
CREATE INDEX meeting_starts_idx ON meeting (starts_at, id);
CREATE INDEX meeting_sort_idx ON meeting (sort_key, id);
CREATE INDEX meeting_search_idx ON meeting USING gin (search_text gin_trgm_ops);

CREATE TABLE meeting_agenda_item (
    meeting_id  uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    title       varchar(500) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_conclusion (
    meeting_id  uuid    NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    text        text    NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- Directive documents the meeting reviews (ids of the directive module's documents).
CREATE TABLE meeting_document (
    meeting_id   uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    document_id  uuid NOT NULL,
    PRIMARY KEY (meeting_id, document_id)
);

CREATE TABLE meeting_invitee (
    id           uuid PRIMARY KEY,
    meeting_id   uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    name         varchar(300) NOT NULL,
    org_id       uuid,
    org_name     varchar(300),
    email        varchar(200),
    attendance   varchar(20)  NOT NULL
);
CREATE INDEX meeting_invitee_meeting_idx ON meeting_invitee (meeting_id);

CREATE TABLE meeting_contribution (
    id               uuid PRIMARY KEY,
    meeting_id       uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position         integer      NOT NULL,
    speaker_name     varchar(200),
    speaker_position varchar(300) NOT NULL,
    speaker_org      varchar(300),
    agenda_item      integer,
    problems         text,
    recorded_at      timestamptz  NOT NULL
);
CREATE INDEX meeting_contribution_meeting_idx ON meeting_contribution (meeting_id);

CREATE TABLE meeting_proposal (
    id               uuid PRIMARY KEY,
    meeting_id       uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    contribution_id  uuid         NOT NULL,
    position         integer      NOT NULL,
    addressee        varchar(300) NOT NULL,
    content          text         NOT NULL,
    folded_content   text         NOT NULL,
    decision         varchar(20)  NOT NULL,
    reason           text,
    task_id          uuid,
    decided_at       timestamptz,
    decided_by       varchar(200)
);
CREATE INDEX meeting_proposal_meeting_idx ON meeting_proposal (meeting_id);
CREATE INDEX meeting_proposal_task_idx ON meeting_proposal (task_id);

-- Emulation covenants (giao ước thi đua) signed at the meeting; the covenant module links to them later.
CREATE TABLE meeting_covenant_signing (
    id           uuid PRIMARY KEY,
    meeting_id   uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    title        varchar(500) NOT NULL,
    file_id      uuid,
    signed_at    timestamptz  NOT NULL
);
CREATE INDEX meeting_covenant_signing_meeting_idx ON meeting_covenant_signing (meeting_id);

CREATE TABLE meeting_covenant_party (
    signing_id  uuid         NOT NULL REFERENCES meeting_covenant_signing (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    org_id      uuid         NOT NULL,
    org_name    varchar(300) NOT NULL,
    PRIMARY KEY (signing_id, position)
);
