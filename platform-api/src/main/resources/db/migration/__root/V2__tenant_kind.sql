-- The kind of the organization bound to the current transaction (OPERATOR, SHIPPER or CARRIER), bound by
-- the application together with app.org_id from the same verified source: the token's organization,
-- checked against its organization row. Policies that depend on what kind of organization reads (a
-- shipper browses every operator's published programs, a carrier only its own lanes) compare it as
-- (select current_org_kind()), a plain comparison evaluated once per statement. Null when nothing is
-- bound, so such policies fail closed too.
create function current_org_kind() returns text
    language sql stable parallel safe
as $$ select nullif(current_setting('app.org_kind', true), '') $$;

grant execute on function current_org_kind() to homeward_app;
