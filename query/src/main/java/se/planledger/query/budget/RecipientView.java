package se.planledger.query.budget;

import java.util.List;

/** A recipient of frameworks (a row of the framework tables, not their total) and the tables in force that name it. */
public record RecipientView(String recipient, List<String> tableIds) {
}
