package se.planledger.domain.file;

import java.util.ArrayList;
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

    /** The file's lines without its seal line: the last line with content, when it is labelled {@link #SEAL}. */
    public static List<List<String>> withoutSeal(List<List<String>> lines) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).stream().allMatch(String::isBlank)) {
            last--;
        }
        if (last >= 0 && SEAL.equals(lines.get(last).get(0).trim())) {
            List<List<String>> without = new ArrayList<>(lines.subList(0, last));
            without.addAll(lines.subList(last + 1, lines.size()));
            return without;
        }
        return lines;
    }
}
