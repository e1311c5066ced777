-- Who reads the network (docs/adr/0006-who-reads-the-network.md). V1 let every signed-in organization
-- read every operator's hubs, lanes, programs and program lanes. Now:
--   hub           the owning operator, every shipper and every carrier (a hub is a facility address)
--   lane          the owning operator, every shipper, and the carrier the lane is assigned to
--   program       the owning operator, every shipper and every carrier (destination and cut-offs)
--   program_lane  the owning operator and every shipper
--   program_terms the owning operator and every shipper: the commercial terms leave program
-- Another operator reads none of it. The operator reads (and writes) its own rows through the
-- <table>_operator policies of V1, which stay.

-- The commercial terms shippers accept when joining, apart from what carriers may read.
create table program_terms (
    operator_id uuid          not null,
    program_id  uuid          not null,
    terms       varchar(4000) not null,
    constraint program_terms_pk primary key (operator_id, program_id),
    constraint program_terms_of_program_fk foreign key (operator_id, program_id)
        references program (operator_id, id)
);

alter table program_terms enable row level security;
alter table program_terms force row level security;
create policy program_terms_operator on program_terms for all
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy program_terms_read on program_terms for select
    using ((select current_org_kind()) = 'SHIPPER');
-- No mutation writes terms yet: the application only reads them.
grant select on program_terms to homeward_app;

-- Move the existing terms. This migration runs as the owner, and FORCE subjects the owner to the
-- policies: bound to no organization it reads no program and may write no terms. Binding each
-- operator in turn would first need the list of operators, which is behind the same policies. So the
-- owner copies with FORCE lifted from the two tables for the length of the copy, which the owner
-- is entitled to do: ALTER TABLE holds an ACCESS EXCLUSIVE lock on both tables until this
-- migration's transaction ends, so no other session reads or writes them meanwhile, and FORCE is
-- back before the commit (RowLevelSecurityIntegrationTests checks the catalogue for every table).
alter table program no force row level security;
alter table program_terms no force row level security;
insert into program_terms (operator_id, program_id, terms)
select operator_id, id, terms from program;
alter table program force row level security;
alter table program_terms force row level security;

alter table program drop column terms;

-- Reads by kind. current_org_kind() is bound with current_org() by every transaction, from the same
-- verified token; when nothing is bound both are null and these policies match nothing.
drop policy hub_read on hub;
create policy hub_read on hub for select
    using ((select current_org_kind()) in ('SHIPPER', 'CARRIER'));

drop policy lane_read on lane;
-- The carrier reads the lanes it runs, not the other carriers' lanes: which carriers an operator
-- contracts, on which routes, is the operator's commercial affair.
create policy lane_read on lane for select
    using ((select current_org_kind()) = 'SHIPPER' or carrier_id = (select current_org()));
create index lane_by_carrier on lane (carrier_id, id);

drop policy program_read on program;
create policy program_read on program for select
    using ((select current_org_kind()) in ('SHIPPER', 'CARRIER'));

drop policy program_lane_read on program_lane;
create policy program_lane_read on program_lane for select
    using ((select current_org_kind()) = 'SHIPPER');

-- Keys that cannot probe: the link's primary key starts with the tenant column, like its foreign keys.
alter table program_lane drop constraint program_lane_pkey;
alter table program_lane
    add constraint program_lane_pk_operator_program_lane primary key (operator_id, program_id, lane_id);
-- The lanes of given programs, whatever their operator (a shipper's programs page).
create index program_lane_by_program on program_lane (program_id, lane_id);

-- Grants follow the mutations: the application writes lanes (laneCreate, laneUpdate) and nothing else
-- of the network, and deletes none of it. Hub, program and program-lane administration, when it
-- comes, grants what it needs in its own migration.
revoke delete on hub, lane, program, program_lane from homeward_app;
revoke insert, update on hub, program, program_lane from homeward_app;
