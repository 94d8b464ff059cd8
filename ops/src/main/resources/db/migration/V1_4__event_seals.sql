-- Each stored event's seal: SHA-256 over its stored bytes and the previous event's seal, in global-index order
-- (EventSeals). A changed, deleted or inserted event no longer matches the chain; the head seal, written down by
-- an auditor, shows later whether the history since then only grew.
create table event_seal (
    global_index     bigint       primary key,
    event_identifier varchar(255) not null,
    seal             varchar(64)  not null,
    sealed_at        timestamp with time zone not null
);
