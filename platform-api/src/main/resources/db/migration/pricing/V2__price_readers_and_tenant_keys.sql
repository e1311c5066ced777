-- Who reads prices (ADR 0006). A rate card, its breaks and a program's expected fill are read by the
-- operator that owns them and by shippers, who are quoted from published cards; never by carriers,
-- which move loads at prices agreed elsewhere, nor by other operators, which compete on them. The
-- owning operator's read comes from the existing <table>_operator policy (for all commands); the
-- shippers' read is a plain comparison of the bound organization's kind. Nothing bound: no kind, no
-- row, as before. Negotiated adjustments keep their V1 policies: the shipper and the operator only.
do $$
declare
    t text;
begin
    foreach t in array array['rate_card', 'rate_card_break', 'program_pricing'] loop
        execute format('drop policy %I on %I', t || '_read', t);
        execute format('create policy %I on %I for select using ((select current_org_kind()) = ''SHIPPER'')',
                       t || '_read_shippers', t);
    end loop;
end
$$;

-- Keys start with the tenant column, so that no insert can collide with another operator's row and
-- learn from "duplicate key" that it exists: the answer is then the foreign key to the caller's own
-- lane or program, which another operator's ids fail whether they exist or not.
alter table rate_card drop constraint rate_card_lane_id_version_key;
alter table rate_card
    add constraint rate_card_version_per_lane_key unique (operator_id, lane_id, version);

alter table rate_card_break drop constraint rate_card_break_pkey;
alter table rate_card_break
    add constraint rate_card_break_pkey primary key (operator_id, rate_card_id, from_kg);

alter table program_pricing drop constraint program_pricing_pkey;
alter table program_pricing
    add constraint program_pricing_pkey primary key (operator_id, program_id);

alter table negotiated_adjustment drop constraint negotiated_adjustment_pkey;
alter table negotiated_adjustment
    add constraint negotiated_adjustment_pkey primary key (operator_id, program_id, shipper_id);

-- The foreign keys of V1 already tie each denormalized operator_id to its parent's; named for what
-- they guard.
alter table rate_card
    rename constraint rate_card_operator_id_lane_id_fkey to rate_card_lane_of_operator_fkey;
alter table rate_card_break
    rename constraint rate_card_break_operator_id_rate_card_id_fkey to rate_card_break_card_of_operator_fkey;
alter table program_pricing
    rename constraint program_pricing_operator_id_program_id_fkey to program_pricing_program_of_operator_fkey;
alter table negotiated_adjustment
    rename constraint negotiated_adjustment_operator_id_program_id_fkey
        to negotiated_adjustment_program_of_operator_fkey;

-- Grants follow what the application does. A published card never changes except for the end of its
-- validity, set once when a later version supersedes it; its breaks never change; of a program's
-- pricing only the expected fill changes. Nothing deletes prices, and no mutation writes negotiated
-- adjustments yet (the one that will must grant what it needs in its own migration).
revoke update on rate_card from homeward_app;
grant update (valid_to) on rate_card to homeward_app;
revoke update on rate_card_break from homeward_app;
revoke update on program_pricing from homeward_app;
grant update (expected_fill) on program_pricing to homeward_app;
revoke insert, update, delete on negotiated_adjustment from homeward_app;
