-- How a program splits its loads' invoices (issue 7: "by the program's method"). Owned by
-- consolidation, not network: the method only means something to cost sharing. A program without a
-- row uses DEFAULT. The operator writes; the operator and the program's member shippers read, since
-- a shipper should know how its share will be computed; carriers read nothing.
create table program_cost_sharing (
    operator_id uuid        not null,
    program_id  uuid        not null,
    method      varchar(16) not null check (method in ('DEFAULT', 'SHAPLEY', 'EQUAL_PROFIT')),
    updated_by  varchar(64) not null,
    updated_at  timestamptz not null,
    primary key (operator_id, program_id),
    constraint program_cost_sharing_program_fk foreign key (operator_id, program_id)
        references program (operator_id, id)
);

alter table program_cost_sharing enable row level security;
alter table program_cost_sharing force row level security;
create policy program_cost_sharing_operator on program_cost_sharing
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
create policy program_cost_sharing_member_read on program_cost_sharing for select
    using (exists (select 1 from program_membership m
                   where m.program_id = program_cost_sharing.program_id
                     and m.operator_id = program_cost_sharing.operator_id
                     and m.shipper_id = (select current_org())
                     and m.status = 'ACTIVE'));
grant select, insert, update on program_cost_sharing to homeward_app;
