package se.planledger.domain.plan;

import se.planledger.domain.rejection.InvalidInput;

/**
 * The years a plan runs over, the first and the last included (e.g. 2023–2025). A target, a judgement, a work status
 * or an outcome is stated for a year within them.
 */
public record PlanYears(int first, int last) {

    /** The years of a plan being drafted; refused, naming {@code lastYear}, unless they run forward within 2000–2100. */
    public static PlanYears drafted(int first, int last) {
        if (first < 2000 || last > 2100 || first > last) {
            throw new InvalidInput("lastYear", "the plan's years must run forward within 2000–2100, got " + first + "–" + last);
        }
        return new PlanYears(first, last);
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** The year as given; refused, naming the field, when it lies outside the plan's years. */
    public int require(String field, int year) {
        if (!contains(year)) {
            throw new InvalidInput(field, year + " lies outside the plan's years " + this);
        }
        return year;
    }

    /** As the plan's documents write them: "2023–2025". */
    @Override
    public String toString() {
        return first + "–" + last;
    }
}
