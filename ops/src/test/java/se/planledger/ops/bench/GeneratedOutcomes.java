package se.planledger.ops.bench;

import se.planledger.command.followup.OutcomeSeries;
import se.planledger.domain.followup.OutcomeRecorded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a large store quickly: outcome series written straight into the event store by JDBC batch inserts, each a
 * valid stream (aggregate {@code OutcomeSeries}, its id from plan, indicator and unit, sequence numbers from 0) of
 * {@link OutcomeRecorded} events. Their payloads are the template series' (recorded through the ledger's commands,
 * so judged as the ledger judges) with plan, indicator and unit replaced: every indicator of a benchmark plan is
 * stated alike, so each clone is the event the ledger would have written.
 */
final class GeneratedOutcomes {

    private static final int BATCH = 1000;
    private static final int PER_TRANSACTION = 20_000;

    private final String url;
    private final String user;
    private final String password;
    private final EventRows rows;
    private final List<OutcomeRecorded> template;
    private final List<String> indicators;
    /** Per plan, the next unit to write series for: a later call goes on with fresh series. */
    private final Map<String, Integer> nextUnit = new HashMap<>();

    GeneratedOutcomes(String url, String user, String password, EventRows rows, List<OutcomeRecorded> template,
                      List<String> indicators) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.rows = rows;
        this.template = template;
        this.indicators = indicators;
    }

    /** Appends {@code count} outcomes to the plan, series by series (the last one possibly cut short). */
    void write(String planId, long count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", user, password);
             PreparedStatement insert = connection.prepareStatement(EventRows.insertInto("domainevententry"))) {
            connection.setAutoCommit(false);
            long written = 0;
            while (written < count) {
                String unit = "Enhet " + nextUnit.merge(planId, 1, Integer::sum);
                for (String indicator : indicators) {
                    String series = OutcomeSeries.idOf(planId, indicator, unit);
                    String commandId = "benchmark:" + UUID.randomUUID();
                    for (int seq = 0; seq < template.size() && written < count; seq++, written++) {
                        OutcomeRecorded t = template.get(seq);
                        Object[] values = rows.row(series, seq, OutcomeSeries.class.getSimpleName(), new OutcomeRecorded(
                                planId, indicator, unit, t.year(), t.period(), t.values(), t.peerValue(), t.source(),
                                t.comment(), t.judgement(), t.trend()), commandId);
                        for (int i = 0; i < values.length; i++) {
                            insert.setObject(i + 1, values[i]);
                        }
                        insert.addBatch();
                        if ((written + 1) % BATCH == 0) {
                            insert.executeBatch();
                        }
                        if ((written + 1) % PER_TRANSACTION == 0) {
                            connection.commit();
                        }
                    }
                    if (written >= count) {
                        break;
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
