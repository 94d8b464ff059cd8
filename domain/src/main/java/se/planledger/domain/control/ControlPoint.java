package se.planledger.domain.control;

import java.util.List;

/**
 * A control point of an internal-control plan: what is checked (kontrollmoment), who performs it
 * (kontrollutförare), how (kontrollmetod), when, and which risks of the register it covers.
 */
public record ControlPoint(String pointId, String what, String performer, String method, String timing,
                           List<String> coversRisks) {

    public ControlPoint {
        coversRisks = coversRisks == null ? List.of() : List.copyOf(coversRisks);
    }
}
