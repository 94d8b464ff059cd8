package se.planledger.ops.demo;

/**
 * One area's demo data (the plan, the frameworks, ...), loaded through the same commands as a user's requests.
 * Sets load in their {@code @Order}: the plan first, since the others refer to its items.
 */
public interface DemoDataSet {

    String name();

    boolean alreadyLoaded();

    /** Loads the set, reporting progress as "done of total". */
    void load(Progress progress);

    @FunctionalInterface
    interface Progress {
        void report(int done, int total);
    }
}
