package se.planledger.ops.seal;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event store, recording each snapshot's digest in the transaction that stores the snapshot. Reading
 * snapshots goes through {@link SnapshotSeals} as the builder's snapshot filter.
 */
public class SealedSnapshotStorage extends JdbcEventStorageEngine {

    private final SnapshotSeals snapshotSeals;
    private final TransactionManager transactions;

    public SealedSnapshotStorage(Builder builder, SnapshotSeals snapshotSeals, TransactionManager transactions) {
        super(builder);
        this.snapshotSeals = snapshotSeals;
        this.transactions = transactions;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        transactions.executeInTransaction(() -> {
            super.storeSnapshot(snapshot, serializer);
            snapshotSeals.record(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber());
        });
    }
}
