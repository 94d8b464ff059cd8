package se.planledger.domain.control;

import java.time.LocalDate;

public record ActionStatusChanged(String planId, String actionId, ActionStatus status, LocalDate changedOn, String comment) {
}
