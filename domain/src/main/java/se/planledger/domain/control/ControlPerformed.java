package se.planledger.domain.control;

import java.time.LocalDate;

public record ControlPerformed(String planId, String controlId, String pointId, LocalDate performedOn, String performer,
                               ControlResult result, String evidence, String comment) {
}
