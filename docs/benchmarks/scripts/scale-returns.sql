-- Grows Acme's returns to :n rows for the scale benchmark (scale.sh), each with two items, all created
-- before the demo's, so the demo's own pages stay as they are. One return in 50 is DECLINED, the rest
-- CLOSED, so a status filter has a sparse match. Run as the schema owner; row-level security is forced
-- on the owner too, so the script binds Acme first, as the demo data script does. Rows it adds carry
-- rma numbers starting SCALE-; :n below the current number of such rows removes none.
--   psql "$OWNER_URL" -v n=100000 -f scale-returns.sql
begin;
select set_config('app.org_id', '22222222-2222-4222-8222-222222222222', true);
create temporary table scale_new on commit drop as
select gen_random_uuid() as id, g
from generate_series((select count(*) + 1 from return_order where rma_number like 'SCALE-%'), :n) as g;
insert into return_order (shipper_id, id, operator_id, program_id, rma_number, status, reason, origin_city,
                          origin_country, tracking_code, created_by, created_at, updated_at, version)
select '22222222-2222-4222-8222-222222222222', id, '11111111-1111-4111-8111-111111111111',
       'c0000000-0000-4000-8000-000000000001', 'SCALE-' || g,
       case when g % 50 = 0 then 'DECLINED' else 'CLOSED' end, 'NO_LONGER_NEEDED', 'Madrid', 'ES',
       'HWSCALE' || lpad(g::text, 12, '0'), 'scale', timestamptz '2025-12-31 00:00Z' - g * interval '1 minute',
       timestamptz '2025-12-31 00:00Z' - g * interval '1 minute', 0
from scale_new;
insert into return_private (shipper_id, return_id, origin_line1, origin_postal_code)
select '22222222-2222-4222-8222-222222222222', id, 'Calle de Alcalá 50', '28014' from scale_new;
insert into return_item (shipper_id, id, operator_id, return_id, line_number, sku, description, hs_code,
                         origin_country, quantity, unit_value, currency, weight_kg, item_condition, goods_class,
                         waste_hazardous)
select '22222222-2222-4222-8222-222222222222', gen_random_uuid(), '11111111-1111-4111-8111-111111111111', id,
       line, 'SKU-' || line, 'Scale item', '630622', 'CN', 1, 19.90, 'EUR', 1.2, 'USED', 'PRODUCT', false
from scale_new, generate_series(1, 2) as line;
commit;
analyze return_order;
analyze return_item;
