-- Idempotency keys are scoped to the user who sent them: another user's key never replays their answer. A key
-- in progress carries when it was claimed, so a retry after a crash can tell a stalled request from a running one.
drop table idempotent_request;

create table idempotent_request (
    principal       varchar(200)  not null,
    idempotency_key varchar(200)  not null,
    request_hash    varchar(64)   not null,
    status          int           not null,
    claimed_at      timestamp with time zone not null,
    content_type    varchar(200),
    location        varchar(1000),
    etag            varchar(200),
    body            bytea,
    answered_at     timestamp with time zone,
    primary key (principal, idempotency_key)
);

-- Every command that took effect, written in the same transaction as its events: whether a request whose
-- answer was lost (a crash, a cut connection) was recorded is a lookup here, not a scan of the event store.
create table command_receipt (
    issued_by   varchar(200) not null,
    command_id  varchar(200) not null,
    recorded_at timestamp with time zone not null,
    primary key (issued_by, command_id)
);
