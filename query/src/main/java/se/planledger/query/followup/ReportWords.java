package se.planledger.query.followup;

import se.planledger.domain.followup.Fulfilment;
import se.planledger.domain.followup.Trend;

/** The words a report's reader sees for the ledger's codes, as the region's reports write them. */
final class ReportWords {

    private ReportWords() {
    }

    /** "Delvis uppfyllt" for PARTLY_MET; null for no judgement. */
    static String fulfilment(String code) {
        return code == null ? null : switch (Fulfilment.valueOf(code)) {
            case MET -> "Uppfyllt";
            case PARTLY_MET -> "Delvis uppfyllt";
            case NOT_MET -> "Ej uppfyllt";
            case NOT_ASSESSABLE -> "Ej bedömbart";
        };
    }

    /** "Förbättrad" for IMPROVING; null where no trend was read. */
    static String trend(String code) {
        return code == null ? null : switch (Trend.valueOf(code)) {
            case IMPROVING -> "Förbättrad";
            case UNCHANGED -> "Oförändrad";
            case WORSENING -> "Försämrad";
            case UNKNOWN -> "Ej jämförbar";
        };
    }
}
