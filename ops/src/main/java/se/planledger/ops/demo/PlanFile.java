package se.planledger.ops.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import se.planledger.domain.plan.item.GoodDirection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The layout of the demo plan file, a transcription of the board's plan (seed 000) and its adoption (seed 003). */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlanFile(PlanHead plan, List<StrategyRow> strategies, List<AssignmentRow> assignments, List<GoalRow> goals) {

    /** {@code actionsReported}: the report period ("2022 DÅ04") the activities' {@code comment}s were printed for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlanHead(String id, String title, String board, int firstYear, int lastYear, AdoptionRow adoption,
                    String actionsReported) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdoptionRow(String body, String reference, LocalDate decisionDate, LocalDate effectiveDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StrategyRow(String id, String name, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssignmentRow(String id, String text, List<String> boards) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoalRow(String id, String perspective, String name, List<String> boards, String description,
                   List<FactorRow> successFactors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FactorRow(String id, String name, String description, List<MeasureRow> indicators,
                     List<MeasureRow> controlMeasures, List<ActivityRow> activities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code goodDirection}: which way is better where the target's words do not say it (from the seed's context). */
    record MeasureRow(String id, String name, String unit, String baseline, Map<String, String> targets, String source,
                      List<String> periods, Boolean genderSplit, String note,
                      GoodDirection goodDirection) {
    }

    /** {@code comment}: the report's comment on the action, printed with no status stated (seed 001). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityRow(String id, String name, String description, String comment) {
    }
}
