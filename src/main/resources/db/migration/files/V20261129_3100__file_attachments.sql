-- Attachments (tệp đính kèm) of any module's records. The bytes live in the file storage under storage_key (a
-- random name, never the user's); content_type is what the bytes were detected to be, not what the browser said.
CREATE TABLE file_attachment (
    id             uuid PRIMARY KEY,
    module         varchar(40)  NOT NULL,
    record_type    varchar(60)  NOT NULL,
    record_id      uuid         NOT NULL,
    path           varchar(100) NOT NULL,
    province_code  varchar(10),
    filename       varchar(255) NOT NULL,
    content_type   varchar(120) NOT NULL,
    size           bigint       NOT NULL CHECK (size > 0),
    sha256         char(64)     NOT NULL,
    storage_key    varchar(200) NOT NULL UNIQUE,
    uploaded_at    timestamptz  NOT NULL,
    uploaded_by    varchar(200) NOT NULL
);
CREATE INDEX file_attachment_record_idx ON file_attachment (module, record_type, record_id);
CREATE INDEX file_attachment_path_idx ON file_attachment (path text_pattern_ops);
