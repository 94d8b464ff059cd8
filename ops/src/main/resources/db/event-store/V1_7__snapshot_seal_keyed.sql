-- Whether a snapshot's digest is HMAC-SHA256 under the nodes' key (ledger.seals.snapshot-key, kept outside the
-- database) rather than plain SHA-256. Only a keyed digest that matches under the key lets a command use the snapshot
-- as it is; any other is trusted only once replaying its events gives its state (SnapshotSeals). Digests recorded
-- before were plain.
alter table snapshot_seal add column keyed boolean not null default false;
