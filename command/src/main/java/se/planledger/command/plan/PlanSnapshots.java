package se.planledger.command.plan;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A plan collects hundreds of item events per version; loading it from a snapshot keeps command handling
 * fast as its history grows. Historic state never comes from here: that is the projections' job.
 */
@Configuration
public class PlanSnapshots {

    @Bean
    public SnapshotTriggerDefinition planSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${ledger.snapshots.plan-threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
