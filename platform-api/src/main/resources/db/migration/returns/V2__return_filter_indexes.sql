-- Filtered pages. The page indexes of V1 serve a filtered page only by walking the tenant's returns
-- newest first until enough match: cheap when matches are common, a scan of every row when they are
-- rare (one program of many, a status few returns have). These serve the filters of `returns` on their
-- own, for the shipper and for the operator, in the page's order.
create index return_order_shipper_program_page on return_order (shipper_id, program_id, created_at desc, id desc);
create index return_order_shipper_status_page on return_order (shipper_id, status, created_at desc, id desc);
create index return_order_operator_program_page on return_order (operator_id, program_id, created_at desc, id desc);
create index return_order_operator_status_page on return_order (operator_id, status, created_at desc, id desc);
