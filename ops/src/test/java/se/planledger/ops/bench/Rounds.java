package se.planledger.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * One measure taken in rounds against its plain-JDBC baseline doing the same work, the two interleaved (their order
 * alternating from round to round) so that what else the shared machine runs weighs on both alike. The verdict is
 * the ratio ledger / baseline: its median, and its spread over the rounds.
 */
final class Rounds {

    final List<Double> ledger = new ArrayList<>();
    final List<Double> baseline = new ArrayList<>();
    final List<Double> ratios = new ArrayList<>();

    static Rounds interleaved(int rounds, DoubleSupplier ledgerSide, DoubleSupplier baselineSide) {
        Rounds measured = new Rounds();
        for (int round = 0; round < rounds; round++) {
            double ledgerValue;
            double baselineValue;
            if (round % 2 == 0) {
                ledgerValue = ledgerSide.getAsDouble();
                baselineValue = baselineSide.getAsDouble();
            } else {
                baselineValue = baselineSide.getAsDouble();
                ledgerValue = ledgerSide.getAsDouble();
            }
            measured.add(ledgerValue, baselineValue);
        }
        return measured;
    }

    void add(double ledgerValue, double baselineValue) {
        ledger.add(ledgerValue);
        baseline.add(baselineValue);
        ratios.add(ledgerValue / baselineValue);
    }

    double ratio() {
        return median(ratios);
    }

    /** "median (min–max)" of the values. */
    static String spread(List<Double> values, String format) {
        return String.format(format, median(values)) + " (" + String.format(format, min(values)) + "–"
                + String.format(format, max(values)) + ")";
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
