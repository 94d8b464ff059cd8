-- Read model of the plan tree. Bitemporal: a version is in force from its decision's effective date and known
-- from the moment the decision was recorded; an item revision is known from when it was recorded.
create table plan_tree_plan (
    plan_id     varchar(64)  primary key,
    title       varchar(500) not null,
    board       varchar(8)   not null,
    first_year  int          not null,
    last_year   int          not null,
    drafted_at  timestamp with time zone not null,
    drafted_by  varchar(200)
);

create table plan_tree_version (
    plan_id        varchar(64) not null,
    version        int         not null,
    opened_at      timestamp with time zone not null,
    opened_by      varchar(200),
    body           varchar(8),
    reference      varchar(200),
    decision_date  date,
    effective_date date,
    decided_at     timestamp with time zone,
    decided_by     varchar(200),
    primary key (plan_id, version)
);

create table plan_tree_item_version (
    plan_id       varchar(64)  not null,
    item_id       varchar(64)  not null,
    item_revision bigint       not null,
    plan_version  int          not null,
    kind          varchar(32)  not null,
    parent_id     varchar(64),
    name          varchar(4000) not null,
    content       text         not null,
    retired       boolean      not null,
    reason        varchar(2000),
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(200),
    command_id    varchar(200),
    primary key (plan_id, item_id, item_revision)
);

create index plan_tree_item_version_by_version on plan_tree_item_version (plan_id, plan_version, recorded_at);
