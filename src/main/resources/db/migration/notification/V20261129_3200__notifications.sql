-- Notices (thông báo) to a person: shown in the application at once, and e-mailed in their daily digest.
-- message_key and args (a JSON array of strings) are rendered in the reader's language when shown.
CREATE TABLE notification (
    id                 uuid PRIMARY KEY,
    recipient_user_id  uuid         NOT NULL,
    category           varchar(60)  NOT NULL,
    message_key        varchar(200) NOT NULL,
    args               text         NOT NULL DEFAULT '[]',
    link               varchar(500),
    dedup_key          varchar(200),
    created_at         timestamptz  NOT NULL,
    created_on         date         NOT NULL,
    read_at            timestamptz,
    emailed_at         timestamptz
);
-- The same notice to the same person on the same day counts once (a reminder job may run twice).
CREATE UNIQUE INDEX notification_dedup_idx ON notification (recipient_user_id, dedup_key, created_on)
    WHERE dedup_key IS NOT NULL;
CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_user_id) WHERE read_at IS NULL;
CREATE INDEX notification_not_emailed_idx ON notification (recipient_user_id) WHERE emailed_at IS NULL;
