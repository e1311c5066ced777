-- Public tracking (returnTrack): a customer holding a return's tracking code sees where it is, with no
-- login. The code is the only key, and no organization is bound when it arrives, so nothing the
-- application role may read answers it: row-level security on return_order admits no row without a
-- bound organization. This function is the one way from a code to its return. It answers the return's
-- shipper and id and nothing else; the caller then reads the return's public timeline as that shipper,
-- under the shipper's own policies.
--
-- The owner runs it (security definer) and is subject to the same forced policies. For the length of its
-- one statement it raises the owner's flag of tracking/V3 to the writer's key, which only the owner can
-- read: the owner's policy return_order_milestone_writer then admits the row, and nothing else runs
-- while the flag is up. The codes are 80 random bits under a unique index (returns/V1): the lookup is one
-- index probe, and a miss tells nothing about any other code.
create function tracking_return_by_code(p_code text)
    returns table (shipper_id uuid, return_id uuid)
    language plpgsql volatile security definer
    set search_path = public, pg_temp
as $$
begin
    perform set_config('homeward.milestone_writer', (select k.key from tracking_writer_key k), true);
    return query select r.shipper_id, r.id from return_order r where r.tracking_code = p_code;
    perform set_config('homeward.milestone_writer', '', true);
end
$$;
revoke all on function tracking_return_by_code(text) from public;
grant execute on function tracking_return_by_code(text) to homeward_app;
