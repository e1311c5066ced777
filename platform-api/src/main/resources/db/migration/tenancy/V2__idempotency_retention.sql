-- Idempotency keys are kept for a retention window (homeward.idempotency.retention, 24 hours by default):
-- a retry within it replays, a key older than it is free again. Expired rows are taken over by the next
-- claim of the same key and purged per organization now and then; this index serves that purge.
create index idempotency_record_age on idempotency_record (org_id, created_at);
grant delete on idempotency_record to homeward_app;
