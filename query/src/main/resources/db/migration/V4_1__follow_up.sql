-- Indicator outcomes (every correction a new row, with the judgement the rules gave it then) and the board's goal
-- judgements, per plan, unit and report period. Known from when recorded (knownAt).
create table outcome_version (
    plan_id       varchar(64)  not null,
    indicator_id  varchar(64)  not null,
    unit          varchar(200) not null,
    report_year   int          not null,
    report_period varchar(8)   not null,
    revision      int          not null,
    total         numeric(20, 4),
    women         numeric(20, 4),
    men           numeric(20, 4),
    peer_value    numeric(20, 4),
    source        varchar(500),
    comment       varchar(2000),
    correction    varchar(2000),
    fulfilment    varchar(16)  not null,
    rule          varchar(64)  not null,
    explanation   varchar(2000),
    trend         varchar(16)  not null,
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(200),
    primary key (plan_id, indicator_id, unit, report_year, report_period, revision)
);

create table goal_judgement (
    plan_id       varchar(64)  not null,
    goal_id       varchar(64)  not null,
    report_year   int          not null,
    report_period varchar(8)   not null,
    fulfilment    varchar(16)  not null,
    narrative     text,
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(200)
);

create table work_status (
    plan_id       varchar(64)  not null,
    item_id       varchar(64)  not null,
    report_year   int          not null,
    report_period varchar(8)   not null,
    status        varchar(16)  not null,
    comment       varchar(2000),
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(200)
);
