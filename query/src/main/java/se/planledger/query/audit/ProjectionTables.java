package se.planledger.query.audit;

import java.util.List;

/**
 * The tables a projection owns: its reset empties exactly these, and a rebuild keeps a copy of exactly these to
 * restore when the replay fails. One list serves both, so a new table cannot be reset but forgotten in the copy.
 */
public interface ProjectionTables {

    /** The processing group whose events fill the tables. */
    String processingGroup();

    List<String> tables();
}
