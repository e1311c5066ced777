-- Onboarding (organizationCreate, ADR 0013) records an organization as PROVISIONING before its Keycloak
-- side exists and makes it ACTIVE once both sides do; organizationDisable makes it DISABLED. Only an
-- ACTIVE organization's tokens name a tenant.
alter table organization add column status varchar(16) not null default 'ACTIVE'
    check (status in ('PROVISIONING', 'ACTIVE', 'DISABLED'));
alter table organization add column disabled_at timestamptz;

-- Others never see an organization that is still being provisioned (a carrier half onboarded is
-- not yet one a lane can name).
drop policy organization_read on organization;
create policy organization_read on organization for select
    using (id = (select current_org())
        or (kind in ('OPERATOR', 'CARRIER') and status <> 'PROVISIONING' and (select current_org()) is not null));
-- Onboarding binds the organization it writes, as provisioning does.
create policy organization_onboard on organization for update
    using (id = (select current_org()))
    with check (id = (select current_org()));
grant insert on organization to homeward_app;
grant update (status, disabled_at) on organization to homeward_app;

-- The one binding of a transaction to its tenant (TenantJpaDialect), in one statement as before, and
-- now refusing a disabled organization: a token issued before organizationDisable is refused in the
-- first transaction it reaches, on every instance at once, whatever a cache in front still says.
-- SQLSTATE HWD01 is the platform's own (class HW), which the application turns into 403.
create function bind_tenant(org text, org_kind text, timeout text) returns void
    language plpgsql volatile
as $$
begin
    perform set_config('app.org_id', org, true), set_config('app.org_kind', org_kind, true);
    if timeout is not null then
        perform set_config('statement_timeout', timeout, true);
    end if;
    -- Read under the binding just made: the organization may read its own row.
    if exists (select 1 from organization where id = org::uuid and status = 'DISABLED') then
        raise exception 'organization % is disabled', org using errcode = 'HWD01';
    end if;
end
$$;

grant execute on function bind_tenant(text, text, text) to homeward_app;
