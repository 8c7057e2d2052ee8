-- The audit trail: who did what, when and from where. Append-only and hash-chained, so that a changed, removed
-- or inserted entry is detected by the chain check (AuditService.verifyChain, /admin/audit/verify).
CREATE TABLE audit_entry (
    id             bigserial   PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_id       uuid,
    actor_name     text        NOT NULL,
    action         text        NOT NULL,
    target_type    text        NOT NULL,
    target_id      text,
    details        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    client_address text,
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    prev_hash      char(64)    NOT NULL,
    hash           char(64)    NOT NULL,
    -- Two entries can never follow the same one: even an append that bypassed the advisory lock, or read a stale
    -- chain head (REPEATABLE READ), fails here instead of forking the chain.
    CONSTRAINT audit_entry_one_successor UNIQUE (prev_hash)
);

COMMENT ON TABLE audit_entry IS 'Append-only, hash-chained audit trail (module audit). Never updated or deleted.';
COMMENT ON COLUMN audit_entry.hash IS 'SHA-256 of the canonical form of the entry, including prev_hash (see HashChain).';

-- Filters of the browse page; the default order is newest first.
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (lower(actor_name) text_pattern_ops, occurred_at DESC);
CREATE INDEX audit_entry_actor_id_idx ON audit_entry (actor_id, occurred_at DESC) WHERE actor_id IS NOT NULL;
CREATE INDEX audit_entry_action_idx ON audit_entry (action text_pattern_ops, occurred_at DESC);
CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id, occurred_at DESC);

-- Append-only, enforced by the database itself and not only by the application: any UPDATE, DELETE or TRUNCATE
-- is refused, whoever runs it (statement-level, so even a statement that matches no row is refused).
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit entries are never changed or removed.';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
