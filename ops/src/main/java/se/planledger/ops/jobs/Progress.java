package se.planledger.ops.jobs;

/** Where long work (replays, rebuilds, imports) reports how far it has come. */
@FunctionalInterface
public interface Progress {

    void report(String step, long done, long total);

    Progress NONE = (step, done, total) -> { };
}
