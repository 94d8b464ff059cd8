-- With Axon Server as event store the database keeps only the token store (the read models' positions, shared by
-- every node), as V1_1__event_store.sql defines it for the JDBC event store.
create table tokenentry (
    processorname varchar(255) not null,
    segment       int          not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);
