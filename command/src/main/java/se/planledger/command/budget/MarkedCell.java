package se.planledger.command.budget;

/** A cell of a refused file as the import page shows it: its text and, for a bad cell, why it was refused. */
public record MarkedCell(String text, String error) {
}
