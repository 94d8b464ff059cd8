package se.planledger.domain.followup;

/** Where an activity, action or assignment stands at a report ("Ej påbörjad", "Pågår", "Klar", "Avbruten"). */
public enum WorkStatus {
    NOT_STARTED,
    ONGOING,
    DONE,
    CANCELLED
}
