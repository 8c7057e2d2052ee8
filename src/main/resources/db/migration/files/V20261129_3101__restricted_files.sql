-- A restricted file is never served by the general download (/files/{id}), whoever's area it lies in: only the owning
-- module serves it, after its own checks (a denouncer's identifying attachments, for instance).
ALTER TABLE file_attachment ADD COLUMN restricted boolean NOT NULL DEFAULT false;
