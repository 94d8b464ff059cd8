-- Every decision recorded in the ledger, from any area, in the order the ledger learned them.
create table decision_register (
    event_id       varchar(255) primary key,
    reference      varchar(200) not null,
    body           varchar(8)   not null,
    decision_date  date,
    effective_date date         not null,
    subject        varchar(1000) not null,
    event_type     varchar(200) not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(200)
);

create index decision_register_by_reference on decision_register (reference);
