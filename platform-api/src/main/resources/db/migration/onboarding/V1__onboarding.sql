-- What organizationCreate was asked, kept with the organization it creates (ADR 0013): a retry with
-- the same key finds it, finishes the steps still missing and answers the same organization; the
-- same key with another input is refused. The organization's id is derived from the operator and
-- the key, so a retry names the same one before anything is read.
create table onboarding_request (
    org_id           uuid         primary key references organization (id),
    operator_id      uuid         not null references organization (id),
    request_hash     varchar(64)  not null,
    admin_email      varchar(254) not null,
    keycloak_org_id  varchar(64),
    admin_user_id    varchar(64),
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null default now(),
    completed_at     timestamptz
);

alter table onboarding_request enable row level security;
alter table onboarding_request force row level security;
-- Written and read bound to the organization being onboarded (as its row in organization is).
create policy onboarding_request_own on onboarding_request
    using (org_id = (select current_org()))
    with check (org_id = (select current_org()));
grant select, insert, update (keycloak_org_id, admin_user_id, completed_at) on onboarding_request to homeward_app;
