-- The plan's tables are kept like every version table (VersionTable): their times are named valid_from, recorded_at
-- and recorded_by, and rows are only added. A version's decision is a row of its own, added when the decision is
-- recorded, instead of filling in the version's row: the version as opened stays as it was recorded.
alter table plan_tree_plan rename column drafted_at to recorded_at;
alter table plan_tree_plan rename column drafted_by to recorded_by;

create table plan_tree_decision (
    plan_id       varchar(64)  not null,
    version       int          not null,
    body          varchar(8)   not null,
    reference     varchar(200),
    decision_date date,
    valid_from    date         not null,
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(200),
    primary key (plan_id, version)
);

insert into plan_tree_decision (plan_id, version, body, reference, decision_date, valid_from, recorded_at, recorded_by)
select plan_id, version, body, reference, decision_date, effective_date, decided_at, decided_by
from plan_tree_version where decided_at is not null;

alter table plan_tree_version drop column body;
alter table plan_tree_version drop column reference;
alter table plan_tree_version drop column decision_date;
alter table plan_tree_version drop column effective_date;
alter table plan_tree_version drop column decided_at;
alter table plan_tree_version drop column decided_by;
alter table plan_tree_version rename column opened_at to recorded_at;
alter table plan_tree_version rename column opened_by to recorded_by;
