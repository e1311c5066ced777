-- The units inside the loads and units that events are recorded on, at each event's time, nested ones
-- included: what ingest stores as an event's contained_units, through which the shippers' policies and
-- tracking_inherited find the parcels an event reaches.
--
-- Ingest read them under the recorder's own policies, and a carrier does not see every containment row:
-- a bag packed onto a pallet at the hub before the pallet is loaded names no carrier. Its event on the
-- load then held the pallet but not the bag, and reached none of the parcels in the bag (found when the
-- record-to-subscription benchmark on the demo's load heard nothing). This function walks the whole
-- record instead, with the milestone writer's walk (tracking_units_inside, tracking/V3): only below parents the caller may see under
-- its own policies, and only while it runs, through the owner's writer policy on aggregation_event and
-- the writer's key. It answers unit ids only, never a parcel or a shipper.
create function tracking_units_within(p_idx integer[], p_parents uuid[], p_ats timestamptz[])
    returns table (idx integer, unit_id uuid)
    language plpgsql volatile security definer
    set search_path = public, pg_temp
as $$
begin
    if exists (select 1 from unnest(p_parents) as x(parent)
               where not exists (select 1 from load l where l.id = x.parent)
                 and not exists (select 1 from handling_unit u where u.id = x.parent)) then
        raise exception 'tracking_units_within: a unit or load the caller cannot see' using errcode = '42501';
    end if;
    perform set_config('homeward.milestone_writer', (select k.key from tracking_writer_key k), true);
    return query
    select x.idx, u.unit_id
    from unnest(p_idx, p_parents, p_ats) as x (idx, parent, at)
    cross join lateral tracking_units_inside(x.parent, x.at) as u (unit_id);
    perform set_config('homeward.milestone_writer', '', true);
end
$$;
revoke all on function tracking_units_within(integer[], uuid[], timestamptz[]) from public;
grant execute on function tracking_units_within(integer[], uuid[], timestamptz[]) to homeward_app;
