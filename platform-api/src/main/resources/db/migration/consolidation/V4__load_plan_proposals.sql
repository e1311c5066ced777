-- A planner's proposal, kept so that the operator can accept it (with edits) later. The snapshot is a
-- digest of the open parcels and the planning loads (ids and versions) the planner saw: a proposal
-- whose snapshot no longer matches is stale. The operator's alone.
create table load_plan_proposal (
    operator_id uuid          not null,
    id          uuid          primary key,
    program_id  uuid          not null,
    lane_id     uuid          not null,
    snapshot    varchar(64)   not null,
    new_loads   jsonb         not null,
    assignments jsonb         not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null,
    unique (operator_id, id),
    constraint load_plan_proposal_lane_fk foreign key (operator_id, program_id, lane_id)
        references program_lane (operator_id, program_id, lane_id)
);

alter table load_plan_proposal enable row level security;
alter table load_plan_proposal force row level security;
create policy load_plan_proposal_operator on load_plan_proposal
    using (operator_id = (select current_org()))
    with check (operator_id = (select current_org()));
grant select, insert on load_plan_proposal to homeward_app;
