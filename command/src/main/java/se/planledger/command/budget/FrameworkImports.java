package se.planledger.command.budget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.command.api.UploadFormat;
import se.planledger.domain.budget.DecideFrameworkTable;
import se.planledger.domain.budget.ReviseFrameworkTable;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.NotAllowed;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table file recorded as one decision, all rows or none, whether it came through the API or the import page:
 * every cell read first (bad cells refused together, {@link ImportRejected}), then the table decided or revised.
 */
@Component
public class FrameworkImports {

    private static final Pattern IMPORT_PARAMETERS = Pattern.compile(
            "(figures\\.(title|amountUnit|decimals|year))|(decision\\.(body|reference|decisionDate|effectiveDate))");

    private static final Logger log = LoggerFactory.getLogger(FrameworkImports.class);

    private final LedgerCommands commands;

    public FrameworkImports(LedgerCommands commands) {
        this.commands = commands;
    }

    /** What an import recorded: the table's version (1 when decided) and how many rows it read. */
    public record Imported(String tableId, int version, int rows) {
    }

    /**
     * {@code revise}: a new version of an existing table, of version {@code expected} (null: whatever version is
     * there); otherwise a new table.
     */
    public Imported importFile(String tableId, byte[] file, UploadFormat format, boolean revise, Integer expected,
                               String title, String amountUnit, int decimals, int year, Decision decision) {
        TableFigures figures = FrameworkTableFile.read(file, format, title, amountUnit, decimals, year);
        log.info("Importing framework table {}: {} rows read, recording as one decision ({})", tableId,
                figures.rows().size(), decision.reference());
        try {
            if (revise) {
                int version = commands.send(new ReviseFrameworkTable(tableId, figures, decision, expected));
                return new Imported(tableId, version, figures.rows().size());
            }
            commands.send(new DecideFrameworkTable(tableId, figures, decision));
            return new Imported(tableId, 1, figures.rows().size());
        } catch (InvalidInput refused) {
            throw asParameter(refused);
        } catch (NotAllowed refused) {
            throw new NotAllowed(parameter(refused.field()), refused.reason());
        }
    }

    private static InvalidInput asParameter(InvalidInput refused) {
        String parameter = parameter(refused.field());
        return Objects.equals(parameter, refused.field()) ? refused : new InvalidInput(parameter, refused.reason());
    }

    /**
     * The import's title, year, decimals and decision come as parameters of their own: a refusal of the command's
     * "figures.title" or "decision.reference" names the parameter the client sent ("title", "reference").
     */
    private static String parameter(String field) {
        return field != null && IMPORT_PARAMETERS.matcher(field).matches() ? field.substring(field.indexOf('.') + 1) : field;
    }
}
