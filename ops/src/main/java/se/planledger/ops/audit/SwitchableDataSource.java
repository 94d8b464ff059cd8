package se.planledger.ops.audit;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The application's one DataSource. Normally it is the ledger's database; on a thread running
 * {@link #using(DataSource, Supplier)} it is another one. The audit replay uses this to run the very same
 * projection and read-model beans against a scratch in-memory database, while every other thread carries on
 * against the real one.
 */
public class SwitchableDataSource extends DelegatingDataSource {

    private static final ThreadLocal<DataSource> OVERRIDE = new ThreadLocal<>();

    public SwitchableDataSource(DataSource ledger) {
        super(ledger);
    }

    public static <T> T using(DataSource other, Supplier<T> work) {
        DataSource previous = OVERRIDE.get();
        OVERRIDE.set(other);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource other = OVERRIDE.get();
        return other != null ? other.getConnection() : super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        DataSource other = OVERRIDE.get();
        return other != null ? other.getConnection(username, password) : super.getConnection(username, password);
    }
}
