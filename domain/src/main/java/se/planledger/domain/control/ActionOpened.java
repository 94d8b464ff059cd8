package se.planledger.domain.control;

import java.time.LocalDate;

public record ActionOpened(String planId, String actionId, String controlId, String pointId, String what, String owner,
                           LocalDate dueDate, LocalDate openedOn) {
}
