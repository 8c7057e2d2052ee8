-- The daily reminder digests already sent: one row per person and day, so that the job sends at most one digest per
-- person per day even when it runs twice or on several nodes at once (the primary key decides who sends).
CREATE TABLE pt_reminder_digest (
    user_id     uuid        NOT NULL,
    sent_on     date        NOT NULL,
    due_soon    integer     NOT NULL,
    overdue     integer     NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (user_id, sent_on)
);
