-- Each snapshot's digest, recorded when the snapshot is written (SnapshotSeals): SHA-256 over its stored columns and
-- the id of the last event it covers. A snapshot whose digest does not match is ignored: the aggregate is loaded from
-- its sealed events instead, and verification names the snapshot.
create table snapshot_seal (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    covered_event        varchar(255) not null,
    digest               varchar(64)  not null,
    primary key (aggregate_identifier, sequence_number)
);

-- Snapshots written before they had digests could not be told from edited ones. They are only a cache of the
-- events: the next load rebuilds the aggregate from its events and writes a sealed snapshot.
delete from snapshotevententry;
