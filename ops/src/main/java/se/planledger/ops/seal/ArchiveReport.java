package se.planledger.ops.seal;

/** What an export or a restore of the event stream did: the file, how many events, and the chain as it now verifies. */
public record ArchiveReport(String file, long events, ChainVerification chain) {
}
