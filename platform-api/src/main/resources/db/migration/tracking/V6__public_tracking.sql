-- Public tracking (returnTrack): a customer holding a return's tracking code sees where it is, with no
-- login. The code is the only key, and no organization is bound when it arrives, so nothing the
-- application role may read answers it: row-level security on return_order admits no row without a
-- bound organization. This function is the one way from a code to its return. It answers the return's
-- shipper and id and nothing else; the caller then reads the return's public timeline as that shipper,
-- under the shipper's own policies.
--
-- The owner runs it (security definer) and is subject to the same forced policies, so it needs one of
-- its own on return_order. The policy admits rows only while this function runs: it raises a
-- transaction-local flag whose value is the writer's key of tracking/V3 (tracking_writer_key), which only
-- the owner can read, and lowers it before it returns. A constant would not do: the application can set
-- any custom setting itself, and with a known value it could raise the flag and have another of the
-- owner's definer functions read returns across shippers through this policy. The codes are 80 random
-- bits under a unique index (returns/V1): the lookup is one index probe, and a miss tells nothing about
-- any other code.
create function tracking_public_lookup() returns boolean
    language sql stable
    set search_path = public, pg_temp
as $$
    select coalesce(nullif(current_setting('homeward.public_tracking', true), '')
                    = (select k.key from tracking_writer_key k), false)
$$;
revoke all on function tracking_public_lookup() from public;

create policy return_order_public_tracking on return_order for select to homeward_owner
    using ((select tracking_public_lookup()));

create function tracking_return_by_code(p_code text)
    returns table (shipper_id uuid, return_id uuid)
    language plpgsql volatile security definer
    set search_path = public, pg_temp
as $$
begin
    perform set_config('homeward.public_tracking', (select k.key from tracking_writer_key k), true);
    return query select r.shipper_id, r.id from return_order r where r.tracking_code = p_code;
    perform set_config('homeward.public_tracking', '', true);
end
$$;
revoke all on function tracking_return_by_code(text) from public;
grant execute on function tracking_return_by_code(text) to homeward_app;
