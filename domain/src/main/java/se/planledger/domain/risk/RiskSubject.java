package se.planledger.domain.risk;

/**
 * What is risk-assessed: a success factor of a plan (with its item id where the plan holds it), or another
 * object such as a process or a unit. {@code perspective} and {@code goal} are as the assessment states them.
 */
public record RiskSubject(String kind, String itemId, String name, String perspective, String goal) {
}
