package se.planledger.domain.control;

import java.time.LocalDate;

/** The action a deviation calls for: what, who owns it, by when. */
public record ActionToTake(String actionId, String what, String owner, LocalDate dueDate) {
}
