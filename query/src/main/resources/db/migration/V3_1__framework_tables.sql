-- Every version of every decided framework table, with its decision (in force from the effective date) and when
-- the ledger recorded it. The figures are kept as decided, as JSON.
create table framework_table_version (
    table_id       varchar(64)  not null,
    version        int          not null,
    title          varchar(500) not null,
    budget_year    int          not null,
    figures        text         not null,
    body           varchar(8)   not null,
    reference      varchar(200) not null,
    decision_date  date,
    effective_date date         not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(200),
    primary key (table_id, version)
);
