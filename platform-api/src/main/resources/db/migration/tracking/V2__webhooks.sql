-- Webhooks (docs/domain/tracking.md, "Webhooks"): a shipper's endpoints, the outbox of deliveries and
-- every attempt made to send one. All three tables belong to the shipper (shipper_id) and only the
-- shipper reads or writes them under homeward_app.
--
-- Two writers are not the shipper, and neither gets a policy of its own under homeward_app:
--  * the operator's transaction that dispatches or receives a load enqueues the deliveries of the
--    shippers whose parcels are in it. It calls webhook_enqueue(), a SECURITY DEFINER function owned
--    by homeward_owner, which checks that the caller is an operator with the shipper in one of its
--    programs and inserts the rows itself; the operator never reads an endpoint, its url or secret.
--  * the relay, which runs outside any request, learns which shippers have deliveries due from
--    webhook_due_shippers() (ids only) and then works as each shipper in turn, under that shipper's
--    own binding (docs/adr/0011-webhook-relay-binding.md).
-- Both functions run as the owner, which FORCE subjects to row-level security like everyone; the
-- owner's policies below let the two functions (and only the owner) do exactly their part.

create table webhook_endpoint (
    shipper_id           uuid         not null references organization (id),
    id                   uuid primary key,
    url                  varchar(2000) not null,
    description          varchar(500),
    event_types          text[]       not null check (cardinality(event_types) > 0),
    -- AES-GCM ciphertext of the signing secret (nonce || ciphertext): signing needs the secret
    -- itself, so it cannot be hashed; the key is the platform's (homeward.webhooks.encryption-key).
    secret_ciphertext    bytea        not null,
    status               varchar(8)   not null check (status in ('ENABLED', 'DISABLED')),
    consecutive_failures integer      not null default 0,
    -- The notice the shipper reads when the platform disabled the endpoint after failures.
    disabled_notice      varchar(1000),
    disabled_at          timestamptz,
    created_at           timestamptz  not null,
    created_by           varchar(200) not null,
    version              integer      not null,
    unique (shipper_id, id)
);

create table webhook_delivery (
    shipper_id      uuid         not null,
    id              uuid primary key,
    endpoint_id     uuid         not null,
    -- The event's id, sent as Homeward-Event-Id: the same for a replay, so receivers dedupe on it.
    event_id        uuid         not null,
    event_type      varchar(32)  not null check (event_type in ('LOAD_DISPATCHED', 'LOAD_DISCREPANCY', 'MILESTONE')),
    -- The body exactly as signed and sent (json keeps the text as written).
    payload         json         not null,
    state           varchar(10)  not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    created_at      timestamptz  not null,
    delivered_at    timestamptz,
    replay_of       uuid,
    unique (shipper_id, id),
    foreign key (shipper_id, endpoint_id) references webhook_endpoint (shipper_id, id)
);
-- The relay's claim: due rows in order of due time.
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_shipper on webhook_delivery (shipper_id, created_at desc, id desc);

create table webhook_attempt (
    shipper_id   uuid         not null,
    id           uuid primary key,
    delivery_id  uuid         not null,
    attempted_at timestamptz  not null,
    -- Null when no HTTP answer came (timeout, connection refused).
    status_code  integer,
    duration_ms  integer      not null,
    -- A summary the platform writes (status line or exception class); never the secret or body.
    error        varchar(300),
    foreign key (shipper_id, delivery_id) references webhook_delivery (shipper_id, id)
);
create index webhook_attempt_delivery on webhook_attempt (shipper_id, delivery_id, attempted_at);

do $$
declare
    t text;
begin
    foreach t in array array['webhook_endpoint', 'webhook_delivery', 'webhook_attempt'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all to homeward_app'
                           || ' using (shipper_id = (select current_org()) and (select current_org_kind()) = ''SHIPPER'')'
                           || ' with check (shipper_id = (select current_org()) and (select current_org_kind()) = ''SHIPPER'')',
                       t || '_shipper', t);
    end loop;
end
$$;

grant select, insert, update on webhook_endpoint to homeward_app;
grant select, insert, update on webhook_delivery to homeward_app;
grant select, insert on webhook_attempt to homeward_app;

-- The owner's part, used only inside the two functions below: read enabled endpoints and insert
-- deliveries for webhook_enqueue, read due deliveries for webhook_due_shippers.
create policy webhook_endpoint_owner_read on webhook_endpoint for select to homeward_owner using (true);
create policy webhook_delivery_owner_read on webhook_delivery for select to homeward_owner using (true);
create policy webhook_delivery_owner_insert on webhook_delivery for insert to homeward_owner with check (true);

-- Enqueues one event for one shipper: one delivery per enabled endpoint of the shipper subscribed to
-- the event type. The caller must be an operator with the shipper in one of its programs (the load's
-- operator, for dispatch notices and discrepancies), or the shipper itself. Answers the number of
-- deliveries made. The payload is the caller's, built from what it may read of that shipper alone.
create function webhook_enqueue(p_shipper uuid, p_event_type text, p_event_id uuid, p_payload text)
    returns integer
    language plpgsql volatile security definer
    set search_path = public, pg_temp
as $$
declare
    made integer;
begin
    if current_org() is null then
        raise exception 'webhook_enqueue needs a bound organization' using errcode = '42501';
    end if;
    if not (current_org() = p_shipper and current_org_kind() = 'SHIPPER')
       and not (current_org_kind() = 'OPERATOR'
                and exists (select 1 from program_membership m
                            where m.shipper_id = p_shipper and m.operator_id = current_org())) then
        raise exception 'webhook_enqueue: the caller does not serve this shipper' using errcode = '42501';
    end if;
    insert into webhook_delivery (shipper_id, id, endpoint_id, event_id, event_type, payload, state, attempts,
                                  next_attempt_at, created_at)
    select e.shipper_id, gen_random_uuid(), e.id, p_event_id, p_event_type, p_payload::json, 'PENDING', 0,
           now(), now()
    from webhook_endpoint e
    where e.shipper_id = p_shipper and e.status = 'ENABLED' and p_event_type = any (e.event_types);
    get diagnostics made = row_count;
    return made;
end
$$;
revoke all on function webhook_enqueue(uuid, text, uuid, text) from public;
grant execute on function webhook_enqueue(uuid, text, uuid, text) to homeward_app;

-- The shippers with deliveries due now, and nothing else about them: the relay then binds each one
-- and claims its rows under that shipper's own policies.
create function webhook_due_shippers(p_limit integer)
    returns setof uuid
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select d.shipper_id from webhook_delivery d
    join webhook_endpoint e on e.shipper_id = d.shipper_id and e.id = d.endpoint_id
    where d.state = 'PENDING' and d.next_attempt_at <= now() and e.status = 'ENABLED'
    group by d.shipper_id
    order by min(d.next_attempt_at)
    limit p_limit
$$;
revoke all on function webhook_due_shippers(integer) from public;
grant execute on function webhook_due_shippers(integer) to homeward_app;
