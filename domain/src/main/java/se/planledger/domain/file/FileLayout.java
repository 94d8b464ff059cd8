package se.planledger.domain.file;

import java.util.List;

/**
 * What every file the ledger exports says besides its table: its last line, labelled {@link #SEAL}, holds the seal
 * of the newest event the answer was read from, so the file names the history it came from. Every import reads past
 * that line, so an exported file imports as it was.
 */
public final class FileLayout {

    public static final String SEAL = "Sigill";

    private FileLayout() {
    }

    /** The file's lines without the seal line. */
    public static List<List<String>> withoutSeal(List<List<String>> lines) {
        return lines.stream().filter(line -> line.isEmpty() || !SEAL.equals(line.get(0).trim())).toList();
    }
}
