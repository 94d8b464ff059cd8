package se.planledger.ops.seal;

/** One line of an event archive: a stored event exactly as stored (payload and metadata in base64) and its seal. */
public record ArchivedEvent(StoredEvent event, String seal) {
}
