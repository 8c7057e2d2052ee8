-- An uploaded household list kept between its validation and the user's confirmation: the file itself (so that the
-- confirmation re-reads and re-validates it against the database), the counts shown on the outcome page and every
-- error found. Bound to the user who uploaded it and to the project; expired after a day. The content is emptied once
-- the file has been imported, so that personal data is not kept twice.
CREATE TABLE lc_import (
    id                   uuid PRIMARY KEY,
    project_id           uuid          NOT NULL REFERENCES lc_project (id) ON DELETE CASCADE,
    user_id              uuid          NOT NULL,
    filename             varchar(300)  NOT NULL,
    content              bytea         NOT NULL,
    size_bytes           bigint        NOT NULL,
    households           integer       NOT NULL,
    plots                integer       NOT NULL,
    good_rows            integer       NOT NULL,
    bad_rows             integer       NOT NULL,
    good_households      integer       NOT NULL,
    error_count          integer       NOT NULL,
    created_at           timestamptz   NOT NULL,
    expires_at           timestamptz   NOT NULL,
    imported_at          timestamptz,
    imported_households  integer,
    imported_plots       integer
);
CREATE INDEX lc_import_user_idx ON lc_import (user_id, created_at);
CREATE INDEX lc_import_expires_idx ON lc_import (expires_at);

-- One error of an uploaded file: the sheet row, the column header and a message key with its arguments (separated
-- by the unit separator character), rendered in the reader's language.
CREATE TABLE lc_import_error (
    import_id    uuid          NOT NULL REFERENCES lc_import (id) ON DELETE CASCADE,
    position     integer       NOT NULL,
    row_number   integer       NOT NULL,
    column_name  varchar(100),
    message_key  varchar(100)  NOT NULL,
    args         text          NOT NULL,
    PRIMARY KEY (import_id, position)
);
