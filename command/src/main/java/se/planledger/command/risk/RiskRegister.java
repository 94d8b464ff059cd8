package se.planledger.command.risk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Required;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.risk.AdoptRiskScale;
import se.planledger.domain.risk.AssessRisk;
import se.planledger.domain.risk.CloseRisk;
import se.planledger.domain.risk.ReassessRisk;
import se.planledger.domain.risk.RiskAssessed;
import se.planledger.domain.risk.RiskClosed;
import se.planledger.domain.risk.RiskDescription;
import se.planledger.domain.risk.RiskReassessed;
import se.planledger.domain.risk.RiskScale;
import se.planledger.domain.risk.RiskScaleAdopted;
import se.planledger.domain.risk.RiskScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A board's risk register: its scales (each applying from its date on) and its risks. One aggregate, so every
 * assessment is scored on the scale in force on its date, consistently.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class RiskRegister {


    @AggregateIdentifier
    private String registerId;
    private List<ScaleInForce> scales = new ArrayList<>();
    private Map<String, RiskState> risks = new HashMap<>();

    record ScaleInForce(RiskScale scale, LocalDate from) {
    }

    /** A risk's version and what its latest assessment says, to tell a reassessment that changes nothing. */
    record RiskState(long revision, boolean closed, RiskDescription description, RiskScore score) {
    }

    protected RiskRegister() {
        // for Axon's event sourcing and CREATE_IF_MISSING
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AdoptRiskScale command) {
        Required.id("registerId", command.registerId());
        Required.text("board", command.board());
        RiskScale scale = command.scale();
        if (scale == null || !scale.isComplete()) {
            throw new InvalidInput("scale", "a scale needs maxima of at least 1 and bands covering every score once");
        }
        if (command.effectiveFrom() == null) {
            throw new InvalidInput("effectiveFrom", "the date the scale applies from is required");
        }
        if (!scales.isEmpty()) {
            ScaleInForce last = scales.get(scales.size() - 1);
            if (scale.version() <= last.scale().version() || command.effectiveFrom().isBefore(last.from())) {
                throw new RuleViolation("scales-move-forward", "scale.version", "a new scale needs a higher version than "
                        + last.scale().version() + " and applies from " + last.from() + " or later; past assessments keep their scale",
                        Map.of("currentVersion", last.scale().version(), "currentFrom", last.from()));
            }
        }
        apply(new RiskScaleAdopted(command.registerId(), command.board().trim(), scale, command.effectiveFrom()));
    }

    @CommandHandler
    public void handle(AssessRisk command) {
        Required.id("riskId", command.riskId());
        if (risks.containsKey(command.riskId())) {
            throw new RuleViolation("risk-id-unique", "riskId", "the register already has a risk " + command.riskId()
                    + "; reassess it instead");
        }
        Required.text("subject.name", command.subject() == null ? null : command.subject().name());
        Required.text("description.whatCanHappen", command.description() == null ? null : command.description().whatCanHappen());
        RiskScore score = score(command.assessedOn(), command.consequence(), command.probability());
        apply(new RiskAssessed(registerId, command.riskId(), 1, command.subject(), command.planPeriod(),
                command.description(), score, command.assessedOn(), command.assessor()));
    }

    /** Returns the risk's new version, the ETag for the writer's next change. */
    @CommandHandler
    public long handle(ReassessRisk command) {
        RiskState risk = requireOpenRisk(command.riskId(), command.expectedRevision());
        Required.text("reason", command.reason());
        RiskScore score = score(command.assessedOn(), command.consequence(), command.probability());
        if (score.equals(risk.score()) && Objects.equals(command.description(), risk.description())) {
            throw new RuleViolation("revision-changes-something", "riskId", "the reassessment states risk "
                    + command.riskId() + " exactly as version " + risk.revision() + " does (the same texts, scores "
                    + score.consequence() + " × " + score.probability() + " on scale version " + score.scaleVersion()
                    + "); nothing to record");
        }
        apply(new RiskReassessed(registerId, command.riskId(), risk.revision() + 1, command.description(), score,
                command.assessedOn(), command.assessor(), command.reason().trim()));
        return risk.revision() + 1;
    }

    /** Returns the risk's new (last) version. */
    @CommandHandler
    public long handle(CloseRisk command) {
        RiskState risk = requireOpenRisk(command.riskId(), command.expectedRevision());
        Required.text("reason", command.reason());
        if (command.closedOn() == null) {
            throw new InvalidInput("closedOn", "the date the risk is closed is required");
        }
        apply(new RiskClosed(registerId, command.riskId(), risk.revision() + 1, command.closedOn(), command.reason().trim()));
        return risk.revision() + 1;
    }

    @EventSourcingHandler
    void on(RiskScaleAdopted event) {
        registerId = event.registerId();
        scales.add(new ScaleInForce(event.scale(), event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(RiskAssessed event) {
        risks.put(event.riskId(), new RiskState(event.revision(), false, event.description(), event.score()));
    }

    @EventSourcingHandler
    void on(RiskReassessed event) {
        risks.put(event.riskId(), new RiskState(event.revision(), false, event.description(), event.score()));
    }

    @EventSourcingHandler
    void on(RiskClosed event) {
        RiskState risk = risks.get(event.riskId());
        risks.put(event.riskId(), new RiskState(event.revision(), true, risk == null ? null : risk.description(),
                risk == null ? null : risk.score()));
    }

    /** Scores on the scale in force on the assessment's date. */
    private RiskScore score(LocalDate assessedOn, int consequence, int probability) {
        if (assessedOn == null) {
            throw new InvalidInput("assessedOn", "the date of the assessment is required");
        }
        RiskScale scale = scales.stream().filter(s -> !s.from().isAfter(assessedOn)).reduce((a, b) -> b)
                .map(ScaleInForce::scale)
                .orElseThrow(() -> new RuleViolation("scale-in-force", "assessedOn", "no risk scale applies on " + assessedOn));
        try {
            return scale.score(consequence, probability);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage().startsWith("consequence") ? "consequence" : "probability",
                    e.getMessage() + " (scale version " + scale.version() + ")");
        }
    }

    private RiskState requireOpenRisk(String riskId, Long expectedRevision) {
        RiskState risk = risks.get(riskId);
        if (risk == null) {
            throw new UnknownItem("riskId", "the register has no risk " + riskId);
        }
        StaleVersion.unlessCurrent(expectedRevision, risk.revision());
        if (risk.closed()) {
            throw new RuleViolation("closed-is-final", "riskId", "risk " + riskId + " is closed");
        }
        return risk;
    }


}
