-- The first answer to each Idempotency-Key, replayed for repeats so a retried write adds no event.
create table idempotent_request (
    idempotency_key varchar(200)  primary key,
    request_hash    varchar(64)   not null,
    status          int           not null,
    content_type    varchar(200),
    location        varchar(1000),
    etag            varchar(200),
    body            bytea,
    created_at      timestamp with time zone not null
);
