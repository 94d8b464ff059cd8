package se.planledger.query.export;

/**
 * Text as an exported cell holds it: a text that a spreadsheet would take as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets an apostrophe in front, so that opening the file runs nothing. Only text:
 * numbers are written as numbers, so a negative amount stays a number.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
