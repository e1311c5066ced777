-- The organization bound to the current transaction by set_config('app.org_id', <uuid>, true), or null
-- when nothing is bound. Policies call it as (select current_org()) so the planner evaluates it once
-- per statement (an InitPlan) and can use the index on the tenant column. With nothing bound every
-- policy compares against null and matches no row: isolation fails closed.
create function current_org() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$;

grant execute on function current_org() to homeward_app;
