-- The nodes sharing this database, each seen every few seconds: how many are alive decides each one's share of a
-- processing group's segments.
create table ledger_node (
    node_id varchar(255) primary key,
    seen_at timestamp with time zone not null
);

-- A processing group paused on every node while one of them rebuilds it; the others poll this table.
create table paused_group (
    processing_group varchar(255) primary key,
    paused_by        varchar(255)             not null,
    paused_at        timestamp with time zone not null
);

-- The ops jobs (audits, rebuilds) of every node, so that any node answers a job's state, also after a restart.
create table ops_job (
    job_id       varchar(64) primary key,
    kind         varchar(64)              not null,
    node_id      varchar(255)             not null,
    state        varchar(16)              not null,
    step         varchar(500),
    done         bigint                   not null,
    total        bigint                   not null,
    started_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    seconds_left bigint,
    result       text,
    error        text
);
