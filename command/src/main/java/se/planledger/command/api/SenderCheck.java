package se.planledger.command.api;

/**
 * What the signed-in sender of a request may send, beyond what its role may write on the request's path (which
 * bodies' decisions it may record). {@link LedgerCommands#send} asks every check before a command goes out; a check
 * refuses by throwing a {@link se.planledger.domain.rejection.Rejection}.
 */
public interface SenderCheck {

    void check(Object command);
}
