-- Internal control: plans with their points, controls performed, actions (every status a new row) and the
-- follow-up reports as delivered. Insert-only; each row knows when the ledger recorded it.
create table control_plan (
    plan_id        varchar(64)  primary key,
    board          varchar(16)  not null,
    plan_year      int          not null,
    points         text         not null,
    reference      varchar(200) not null,
    effective_date date         not null,
    recorded_at    timestamp with time zone not null
);

create table control_performed (
    plan_id      varchar(64)  not null,
    control_id   varchar(64)  not null,
    point_id     varchar(64)  not null,
    performed_on date         not null,
    performer    varchar(200),
    result       varchar(16)  not null,
    evidence     varchar(500),
    comment      varchar(2000),
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(200),
    primary key (plan_id, control_id)
);

create table control_action_version (
    plan_id     varchar(64)  not null,
    action_id   varchar(64)  not null,
    revision    int          not null,
    control_id  varchar(64)  not null,
    point_id    varchar(64)  not null,
    what        varchar(2000) not null,
    owner       varchar(200) not null,
    due_date    date         not null,
    status      varchar(16)  not null,
    changed_on  date         not null,
    comment     varchar(2000),
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200),
    primary key (plan_id, action_id, revision)
);

create table control_report (
    plan_id     varchar(64)  not null,
    report_id   varchar(64)  not null,
    reported_on date         not null,
    reported_to varchar(200) not null,
    points      text         not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200),
    primary key (plan_id, report_id)
);
