-- Milestones of returns (docs/domain/tracking-timeline.md): the moments a shipper can act on, such as
-- refunding its customer, each reached once per parcel and kind, with when, what caused it (a tracking
-- event, or a consolidation or customs fact) and the items it covers.
--
-- Who reads what: the shipper its own (shipper_id), the operator those of its programs' returns
-- (operator_id). A carrier reads none: it sees no return.
--
-- Who writes: nobody under homeward_app. The carrier or operator whose event or fact reaches a milestone
-- cannot see the shipper's parcels, items or (for a carrier) every containment row, and must not. The
-- rows are written by return_milestones_reach(), a SECURITY DEFINER function owned by homeward_owner,
-- which checks what the caller told it (its own events; a load it operates or carries, in the status
-- told; a declaration it operates, released) and only then raises a transaction-local flag that the
-- owner-only policies below admit, for the length of its one statement. The same statement enqueues the
-- MILESTONE webhooks, so they commit with the milestone or not at all.
--
-- The flag's value is a key only the owner can read (tracking_writer_key), not a constant: the
-- application can set any custom setting itself, and with a known value it could raise the flag and then
-- call another of the owner's definer functions (tracking_inherited) to have it read through these
-- policies. homeward_app keeps NOBYPASSRLS and gets no policy here.

create table return_milestone (
    shipper_id     uuid        not null,
    id             uuid        primary key,
    operator_id    uuid        not null,
    return_id      uuid        not null,
    parcel_id      uuid        not null,
    kind           varchar(16) not null check (kind in ('DROPPED_OFF', 'PICKED_UP', 'DEPARTED', 'CLEARED',
        'ARRIVED_AT_HUB', 'RECEIVED', 'CHECKED')),
    -- When the fact happened (the event's time, the load's move, the release), not when it was told.
    reached_at     timestamptz not null,
    recorded_at    timestamptz not null default clock_timestamp(),
    cause_kind     varchar(20) not null check (cause_kind in ('EVENT', 'LOAD_DEPARTED', 'LOAD_ARRIVED', 'LOAD_RECEIVED',
        'DECLARATION_RELEASED')),
    cause_event_id uuid references tracking_event (id),
    -- The load the parcel travelled in, when known: its lane's transit time gives the ETA.
    load_id        uuid,
    declaration_id uuid,
    -- The return's items this parcel carries, as they were when the milestone was reached.
    item_ids       uuid[]      not null,
    constraint return_milestone_once unique (shipper_id, parcel_id, kind),
    constraint return_milestone_return_fk foreign key (shipper_id, operator_id, return_id)
        references return_order (shipper_id, operator_id, id) on delete cascade,
    constraint return_milestone_parcel_fk foreign key (shipper_id, return_id, parcel_id)
        references parcel (shipper_id, return_id, id) on delete cascade,
    constraint return_milestone_load_fk foreign key (operator_id, load_id) references load (operator_id, id),
    constraint return_milestone_declaration_fk foreign key (operator_id, declaration_id)
        references customs_declaration (operator_id, id),
    check ((cause_kind = 'EVENT') = (cause_event_id is not null)),
    check ((cause_kind = 'DECLARATION_RELEASED') = (declaration_id is not null)),
    check (cause_kind = 'EVENT' or load_id is not null)
);
create index return_milestone_by_return on return_milestone (return_id, reached_at);

alter table return_milestone enable row level security;
alter table return_milestone force row level security;
create policy return_milestone_read on return_milestone for select
    using (shipper_id = (select current_org()) or operator_id = (select current_org()));
grant select on return_milestone to homeward_app;

-- The writer's key: random, one row, read by the owner only (nothing is granted to the application).
create table tracking_writer_key (
    key text not null
);
insert into tracking_writer_key (key) values (gen_random_uuid()::text || gen_random_uuid()::text);
alter table tracking_writer_key enable row level security;
alter table tracking_writer_key force row level security;
create policy tracking_writer_key_owner on tracking_writer_key for select to homeward_owner using (true);

-- Whether the current statement runs inside return_milestones_reach(). Only the owner's policies call it.
create function tracking_milestone_writer() returns boolean
    language sql stable
    set search_path = public, pg_temp
as $$
    select coalesce(nullif(current_setting('homeward.milestone_writer', true), '')
                    = (select k.key from tracking_writer_key k), false)
$$;
revoke all on function tracking_milestone_writer() from public;

-- What the writer reads beyond the caller's own policies, and what it writes: the owner only, flag raised.
create policy parcel_milestone_writer on parcel for select to homeward_owner
    using ((select tracking_milestone_writer()));
create policy return_item_milestone_writer on return_item for select to homeward_owner
    using ((select tracking_milestone_writer()));
create policy return_order_milestone_writer on return_order for select to homeward_owner
    using ((select tracking_milestone_writer()));
create policy aggregation_event_milestone_writer on aggregation_event for select to homeward_owner
    using ((select tracking_milestone_writer()));
create policy return_milestone_writer on return_milestone for all to homeward_owner
    using ((select tracking_milestone_writer()))
    with check ((select tracking_milestone_writer()));

-- The milestone a business step reaches, if any. TimelineRules.milestoneOf says the same in Java (a test
-- holds them together).
create function tracking_milestone_of(biz_step text) returns text
    language sql immutable parallel safe
as $$
    select case biz_step
               when 'ACCEPTING' then 'DROPPED_OFF'
               when 'COLLECTING' then 'PICKED_UP'
               when 'DEPARTING' then 'DEPARTED'
               when 'ARRIVING' then 'ARRIVED_AT_HUB'
               when 'RECEIVING' then 'RECEIVED'
               when 'INSPECTING' then 'CHECKED'
           end
$$;
grant execute on function tracking_milestone_of(text) to homeward_app;

-- The API's global id (io.homeward.platform.shared.GlobalId.encode): base64url without padding of
-- "<type>:<uuid>" in UTF-8. Mirrors the Java encoding for the webhook bodies built here; a test holds
-- both together. PostgreSQL's base64 breaks lines every 76 characters, hence the newlines removed.
create function homeward_global_id(p_type text, p_id uuid) returns text
    language sql immutable parallel safe
as $$
    select translate(replace(encode(convert_to(p_type || ':' || p_id::text, 'UTF8'), 'base64'), E'\n', ''),
                     '+/=', '-_')
$$;
grant execute on function homeward_global_id(text, uuid) to homeward_app;

-- The units inside a load or unit at a moment, nested ones too: per parent and child, the last
-- aggregation event up to then is an ADD. Runs with its caller's rights and policies; the owner's
-- definer functions (the milestone writer here, tracking_units_within of tracking/V7) call it with the
-- writer's flag raised, so that it walks the whole containment record. Nothing is granted on it.
create function tracking_units_inside(p_parent uuid, p_at timestamptz)
    returns setof uuid
    language sql stable
    set search_path = public, pg_temp
as $$
    with recursive tree (unit_id, depth) as (
        select c.child_unit_id, 1
        from (select distinct on (a.child_unit_id) a.child_unit_id, a.action
              from aggregation_event a
              where (a.parent_unit_id = p_parent or a.parent_load_id = p_parent)
                and a.child_unit_id is not null and a.occurred_at <= p_at
              order by a.child_unit_id, a.occurred_at desc, a.seq desc) c
        where c.action = 'ADD'
      union all
        select c.child_unit_id, t.depth + 1
        from tree t
        cross join lateral (
            select distinct on (a.child_unit_id) a.child_unit_id, a.action
            from aggregation_event a
            where a.parent_unit_id = t.unit_id and a.child_unit_id is not null and a.occurred_at <= p_at
            order by a.child_unit_id, a.occurred_at desc, a.seq desc) c
        where c.action = 'ADD' and t.depth < 8)
    select unit_id from tree
$$;
revoke all on function tracking_units_inside(uuid, timestamptz) from public;

-- Reaches the milestones that follow from a cause, once each, and enqueues their MILESTONE webhooks.
--   EVENT                 p_ids: tracking events the caller recorded (others are ignored); each event
--                         whose business step reaches a milestone reaches it for its parcel, or for every
--                         parcel inside its unit or load at the event's time (the containment record,
--                         nested units included), at the event's time;
--   LOAD_DEPARTED         p_ids: one load the caller operates or carries, IN_TRANSIT or later: DEPARTED,
--   LOAD_ARRIVED          ... ARRIVED or later: ARRIVED_AT_HUB, for the parcels inside it at p_at;
--   LOAD_RECEIVED         ... RECEIVED: RECEIVED for its receipt lines RECEIVED or DAMAGED (not MISSING);
--   DECLARATION_RELEASED  p_ids: one declaration the caller operates, RELEASED: CLEARED for the parcels in
--                         its load at p_at.
-- A milestone already reached is left as it was (the first fact defines it), and sends nothing again.
-- Answers the number of milestones reached now. Anything else the caller is not entitled to tell is
-- refused (42501) before the flag is raised.
create function return_milestones_reach(p_cause text, p_ids uuid[], p_at timestamptz)
    returns integer
    language plpgsql volatile security definer
    set search_path = public, pg_temp
as $$
declare
    made integer;
begin
    if current_org() is null then
        raise exception 'return_milestones_reach needs a bound organization' using errcode = '42501';
    end if;
    if p_cause in ('LOAD_DEPARTED', 'LOAD_ARRIVED', 'LOAD_RECEIVED') then
        if p_at is null or cardinality(p_ids) <> 1 or not exists (
                select 1 from load l
                where l.id = p_ids[1] and (l.operator_id = current_org() or l.carrier_id = current_org())
                  and l.status = any (case p_cause
                                          when 'LOAD_DEPARTED' then array['IN_TRANSIT', 'ARRIVED', 'RECEIVED']
                                          when 'LOAD_ARRIVED' then array['ARRIVED', 'RECEIVED']
                                          else array['RECEIVED'] end)) then
            raise exception 'return_milestones_reach: not a load of the caller in that status' using errcode = '42501';
        end if;
    elsif p_cause = 'DECLARATION_RELEASED' then
        if p_at is null or cardinality(p_ids) <> 1 or not exists (
                select 1 from customs_declaration d
                where d.id = p_ids[1] and d.operator_id = current_org() and d.status = 'RELEASED') then
            raise exception 'return_milestones_reach: not a released declaration of the caller' using errcode = '42501';
        end if;
    elsif p_cause is distinct from 'EVENT' then
        raise exception 'return_milestones_reach: unknown cause %', p_cause using errcode = '22023';
    end if;

    perform set_config('homeward.milestone_writer', (select k.key from tracking_writer_key k), true);

    with recursive
    events as (
        -- The caller's own events only, read under its own policies (the recorder reads its events).
        select e.id, e.parcel_id, e.unit_id, e.load_id, e.in_load_id, e.event_time,
               tracking_milestone_of(e.biz_step) as kind
        from tracking_event e
        where p_cause = 'EVENT' and e.id = any (p_ids) and e.recorder_org_id = current_org()
          and tracking_milestone_of(e.biz_step) is not null),
    roots (root_id, at, kind, cause_event_id, load_id, declaration_id) as (
        select coalesce(e.unit_id, e.load_id), e.event_time, e.kind, e.id, e.in_load_id, null::uuid
        from events e where e.parcel_id is null
        union all
        select p_ids[1], p_at, case p_cause when 'LOAD_DEPARTED' then 'DEPARTED' else 'ARRIVED_AT_HUB' end,
               null::uuid, p_ids[1], null::uuid
        where p_cause in ('LOAD_DEPARTED', 'LOAD_ARRIVED')
        union all
        select d.load_id, p_at, 'CLEARED', null::uuid, d.load_id, d.id
        from customs_declaration d where p_cause = 'DECLARATION_RELEASED' and d.id = p_ids[1]),
    -- Each root and the units inside it at its time, nested ones too.
    tree (root_id, at, container_id) as (
        select r.root_id, r.at, r.root_id from roots r
        union all
        select r.root_id, r.at, u.unit_id
        from roots r cross join lateral tracking_units_inside(r.root_id, r.at) as u (unit_id)),
    inside (root_id, at, parcel_id) as (
        select distinct t.root_id, t.at, c.child_parcel_id
        from tree t
        cross join lateral (
            select distinct on (a.child_parcel_id) a.child_parcel_id, a.action
            from aggregation_event a
            where (a.parent_unit_id = t.container_id or a.parent_load_id = t.container_id)
              and a.child_parcel_id is not null and a.occurred_at <= t.at
            order by a.child_parcel_id, a.occurred_at desc, a.seq desc) c
        where c.action = 'ADD'),
    facts (parcel_id, kind, at, cause_kind, cause_event_id, load_id, declaration_id) as (
        select e.parcel_id, e.kind, e.event_time, 'EVENT', e.id, e.in_load_id, null::uuid
        from events e where e.parcel_id is not null
        union all
        select i.parcel_id, r.kind, r.at, p_cause, r.cause_event_id, r.load_id, r.declaration_id
        from roots r join inside i on i.root_id = r.root_id and i.at = r.at
        union all
        select l.parcel_id, 'RECEIVED', p_at, 'LOAD_RECEIVED', null::uuid, l.load_id, null::uuid
        from receipt_line l
        where p_cause = 'LOAD_RECEIVED' and l.load_id = p_ids[1] and l.parcel_id is not null
          and l.outcome in ('RECEIVED', 'DAMAGED')),
    -- One fact per parcel and kind: the earliest.
    firsts as (
        select distinct on (f.parcel_id, f.kind) f.*
        from facts f
        order by f.parcel_id, f.kind, f.at, f.cause_event_id),
    reached as (
        insert into return_milestone (shipper_id, id, operator_id, return_id, parcel_id, kind, reached_at, cause_kind,
                                      cause_event_id, load_id, declaration_id, item_ids)
        select p.shipper_id, gen_random_uuid(), p.operator_id, p.return_id, p.id, f.kind, f.at, f.cause_kind,
               f.cause_event_id, f.load_id, f.declaration_id,
               array(select i.id from return_item i
                     where i.return_id = p.return_id
                       and (i.parcel_id = p.id
                            or (i.parcel_id is null
                                and (select count(*) from parcel q where q.return_id = p.return_id) = 1))
                     order by i.line_number)
        from firsts f join parcel p on p.id = f.parcel_id
        on conflict (shipper_id, parcel_id, kind) do nothing
        returning *),
    enqueued as (
        insert into webhook_delivery (shipper_id, id, endpoint_id, event_id, event_type, payload, state, attempts,
                                      next_attempt_at, created_at)
        select m.shipper_id, gen_random_uuid(), w.id, m.id, 'MILESTONE',
               json_build_object(
                   'id', m.id,
                   'type', 'MILESTONE',
                   'occurredAt', to_char(m.reached_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   'data', json_build_object(
                       'milestone', json_build_object('kind', m.kind, 'reachedAt',
                           to_char(m.reached_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
                       'return', json_build_object('id', homeward_global_id('ReturnOrder', m.return_id),
                                                   'rmaNumber', o.rma_number),
                       'parcel', json_build_object('id', homeward_global_id('Parcel', m.parcel_id),
                                                   'reference', p.reference),
                       'items', coalesce((select json_agg(json_build_object(
                                                  'id', homeward_global_id('ReturnItem', i.id),
                                                  'lineNumber', i.line_number, 'sku', i.sku,
                                                  'quantity', i.quantity) order by i.line_number)
                                          from return_item i where i.id = any (m.item_ids)), '[]'::json))),
               'PENDING', 0, now(), now()
        from reached m
        join return_order o on o.id = m.return_id
        join parcel p on p.id = m.parcel_id
        join webhook_endpoint w on w.shipper_id = m.shipper_id and w.status = 'ENABLED'
                               and 'MILESTONE' = any (w.event_types)
        returning 1)
    select count(*) into made from reached;

    perform set_config('homeward.milestone_writer', '', true);
    return made;
end
$$;
revoke all on function return_milestones_reach(text, uuid[], timestamptz) from public;
grant execute on function return_milestones_reach(text, uuid[], timestamptz) to homeward_app;
