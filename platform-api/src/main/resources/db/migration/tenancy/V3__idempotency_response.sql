-- The response a key's first request answered: the mutation field's JSON under that request's
-- selection, stored in the same transaction as the effect, so a replay answers exactly it even after
-- the object has changed. json, not jsonb: json keeps the text as written, and with it the order of
-- the fields, which GraphQL gives as the selection's. Null while the effect is in flight, for keys
-- stored before this column, and for effects made outside GraphQL; such a replay answers the object
-- as it is now. Row-level security on the table is unchanged.
alter table idempotency_record add column response json;
