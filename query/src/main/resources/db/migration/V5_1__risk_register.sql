-- Risk registers: each scale version, and every version of every risk assessment (in force from its assessment
-- date, known from when it was recorded). Closing is a version too.
create table risk_scale_version (
    register_id    varchar(64) not null,
    version        int         not null,
    board          varchar(16) not null,
    scale          text        not null,
    effective_from date        not null,
    recorded_at    timestamp with time zone not null,
    primary key (register_id, version)
);

create table risk_version (
    register_id      varchar(64)   not null,
    risk_id          varchar(64)   not null,
    revision         bigint        not null,
    subject_kind     varchar(32),
    subject_item_id  varchar(64),
    subject_name     varchar(1000) not null,
    perspective      varchar(64),
    goal             varchar(500),
    plan_period      varchar(64),
    description      text,
    consequence      int,
    probability      int,
    score            int,
    band             varchar(200),
    needs_measures   boolean,
    scale_version    int,
    assessed_on      date          not null,
    assessor         varchar(200),
    closed           boolean       not null,
    reason           varchar(2000),
    recorded_at      timestamp with time zone not null,
    recorded_by      varchar(200),
    primary key (register_id, risk_id, revision)
);
