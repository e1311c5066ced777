-- Self-service returns (issue 10): whether a shipper's customers may start returns themselves, without
-- a login, at the portal's /return/{handle}, into which of the shipper's programs, under which privacy
-- notice and for which reasons. One row per shipper, which its shipper reads and writes; nobody else
-- under homeward_app sees it.
create table return_self_service (
    shipper_id          uuid          primary key references organization (id),
    -- The page's public address. One key over every shipper: two shippers cannot have one address. That
    -- a handle is taken says only that some shipper uses that public name, which its page says anyway.
    handle              varchar(40)   not null check (handle ~ '^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$'),
    enabled             boolean       not null,
    program_id          uuid,
    privacy_notice_url  varchar(500),
    privacy_notice_text varchar(2000),
    reasons             varchar(32)[] not null check (cardinality(reasons) <= 10),
    updated_by          varchar(64)   not null,
    updated_at          timestamptz   not null,
    constraint return_self_service_handle_key unique (handle),
    -- Off, a shipper keeps its handle and may have left every program; on, customers need all of it.
    constraint return_self_service_complete check (not enabled
        or (program_id is not null and privacy_notice_url is not null and cardinality(reasons) >= 1)),
    -- Only a program the shipper has joined (the service checks the membership is active, as returnCreate
    -- does for each return).
    constraint return_self_service_membership_fk foreign key (shipper_id, program_id)
        references program_membership (shipper_id, program_id)
);

alter table return_self_service enable row level security;
alter table return_self_service force row level security;
create policy return_self_service_shipper on return_self_service
    using (shipper_id = (select current_org()))
    with check (shipper_id = (select current_org()));
grant select, insert, update on return_self_service to homeward_app;

-- The customer arrives with a handle and no organization, so no policy of the application admits the
-- row. This function is the one way from a handle to its shipper and its setting, and only while the shipper has
-- self-service on: a handle that is off answers exactly like one nobody has. It runs as the owner, who
-- is subject to the forced policies too; the owner's policy below admits the rows that are public by
-- their own setting and nothing else, so the owner reads nothing more than any customer could learn
-- from the page itself.
create policy return_self_service_public on return_self_service for select to homeward_owner using (enabled);

create function returns_self_service_by_handle(p_handle text)
    returns table (shipper_id uuid, program_id uuid, privacy_notice_url text, privacy_notice_text text,
                   reasons text[])
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select s.shipper_id, s.program_id, s.privacy_notice_url::text, s.privacy_notice_text::text, s.reasons::text[]
    from return_self_service s
    where s.handle = p_handle and s.enabled
$$;
revoke all on function returns_self_service_by_handle(text) from public;
grant execute on function returns_self_service_by_handle(text) to homeward_app;
