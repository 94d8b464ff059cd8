-- What each unit reported of its finances at each report, every correction as a new row. A report is in force
-- from the end of its period (asOf) and known from when it was recorded (knownAt).
create table financial_outcome_version (
    follow_up_id    varchar(64)  not null,
    report_period   varchar(8)   not null,
    revision        int          not null,
    unit            varchar(200) not null,
    report_year     int          not null,
    period_end      date         not null,
    period_result   numeric(20, 3),
    period_target   numeric(20, 3),
    annual_forecast numeric(20, 3),
    annual_target   numeric(20, 3),
    amount_unit     varchar(8)   not null,
    source          varchar(500),
    correction      varchar(2000),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(200),
    primary key (follow_up_id, report_period, revision)
);
