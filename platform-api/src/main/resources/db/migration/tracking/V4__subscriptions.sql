-- Subscriptions (docs/domain/tracking-subscriptions.md): each message a subscriber receives is read again
-- under the subscriber's own binding, for the few events the message names. No table: what a subscriber
-- sees is what tracking_event_read and the containment record show it.
--
-- tracking_inherited(child) answers every event a parcel or unit ever inherited, which is a whole
-- load's history when read for one new event. This is the same lookup started from the named events
-- (by primary key) and limited to the named children: of the events given, those that reach one of the
-- children through a unit or load it was inside at the event's time, with the parent it was directly
-- inside. Security definer for the same reason as tracking_inherited (it reads contained_units, which the
-- application is not granted), under the same forced policies and the caller's binding, so it finds
-- only aggregation events the caller may read and returns only events the caller may read; search_path
-- fixed, pg_temp last.
create function tracking_inherited_among(children uuid[], events uuid[])
    returns table (child_id uuid, event_id uuid, through_id uuid, through_kind text)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select distinct on (e.id, coalesce(a.child_parcel_id, a.child_unit_id))
           coalesce(a.child_parcel_id, a.child_unit_id), e.id, coalesce(a.parent_unit_id, a.parent_load_id),
           case when a.parent_unit_id is not null then 'UNIT' else 'LOAD' end
    from tracking_event e
    join aggregation_event a on a.parent_load_id = e.load_id or a.parent_unit_id = any (e.contained_units)
    where e.id = any (events) and e.parcel_id is null
      and (a.child_parcel_id = any (children) or a.child_unit_id = any (children))
      and a.action = 'ADD' and a.occurred_at <= e.event_time
      and not exists (select 1 from aggregation_event d
                      where coalesce(d.child_parcel_id, d.child_unit_id) = coalesce(a.child_parcel_id, a.child_unit_id)
                        and d.action = 'DELETE'
                        and coalesce(d.parent_unit_id, d.parent_load_id) = coalesce(a.parent_unit_id, a.parent_load_id)
                        and (d.occurred_at, d.seq) > (a.occurred_at, a.seq)
                        and d.occurred_at <= e.event_time)
    order by e.id, coalesce(a.child_parcel_id, a.child_unit_id)
$$;
revoke all on function tracking_inherited_among(uuid[], uuid[]) from public;
grant execute on function tracking_inherited_among(uuid[], uuid[]) to homeward_app;
