package se.planledger.domain.limits;

import se.planledger.domain.decision.Decision;
import se.planledger.domain.money.FigureLimits;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.target.StatedValue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the ledger can keep, checked on every command before any event is written: texts within their length
 * (by name, see {@link TextLimits}) and free of control characters, ids in their form, figures within {@link FigureLimits}, dates
 * and years within 1900–2199, and no decision dated after the day it is recorded. An event that passed these
 * rules always fits the read models, so an accepted write never drops out of an answer.
 */
public final class InputLimits {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private InputLimits() {
    }

    /** @param today the day the command is recorded, in Swedish time */
    public static void check(Object command, LocalDate today) {
        walk("", command, today);
    }

    private static void walk(String path, Object value, LocalDate today) {
        if (value == null || value instanceof Enum<?> || value instanceof Boolean) {
            return;
        }
        if (value instanceof String text) {
            checkText(path, text);
        } else if (value instanceof StatedValue stated) {
            checkText(path, stated.text()); // a stated value is the text as written; what is read from it follows
        } else if (value instanceof BigDecimal figure) {
            FigureLimits.check(path, figure);
        } else if (value instanceof Integer number && isYear(path)) {
            checkYear(path, number);
        } else if (value instanceof LocalDate date) {
            checkDate(path, date);
        } else if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                walk(path + "[" + index++ + "]", element, today);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, element) -> {
                walk(path, key, today);
                walk(join(path, String.valueOf(key)), element, today);
            });
        } else if (value.getClass().isRecord()) {
            if (value instanceof Decision decision) {
                checkDecisionDate(join(path, "decisionDate"), decision.decisionDate(), today);
            }
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(join(path, component.getName()), read(component, value), today);
            }
        }
    }

    /** The rules for one text at {@code path}: its length, its characters and, for an id, its form. */
    public static void checkText(String path, String text) {
        if (text == null) {
            return;
        }
        int max = TextLimits.maxLength(path);
        if (text.length() > max) {
            throw new InvalidInput(path, "the text is " + text.length() + " characters long; at most " + max
                    + " are kept here");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidInput(path, "the text holds the control character U+%04X at position %d"
                        .formatted(c, i + 1));
            }
            if (Character.getType(c) == Character.SURROGATE || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF) {
                throw new InvalidInput(path, ("the text holds U+%04X at position %d, a character that was lost in "
                        + "a wrong encoding; send the text as UTF-8").formatted(c, i + 1));
            }
            i += Character.charCount(c);
        }
        if (TextLimits.isId(path) && !text.isEmpty() && !ID.matcher(text).matches()) {
            throw new InvalidInput(path, "an id is letters a–z, digits, '.', '_' and '-', starting with a letter or "
                    + "digit; got \"" + text + "\"");
        }
    }

    private static boolean isYear(String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        return name.equals("year") || name.endsWith("Year");
    }

    private static void checkYear(String path, int year) {
        if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
            throw new InvalidInput(path, "the year " + year + " is outside " + EARLIEST.getYear() + "–" + LATEST.getYear());
        }
    }

    private static void checkDate(String path, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidInput(path, "the date " + date + " is outside " + EARLIEST + " – " + LATEST);
        }
    }

    private static void checkDecisionDate(String path, LocalDate decisionDate, LocalDate today) {
        if (decisionDate != null && decisionDate.isAfter(today)) {
            throw new InvalidInput(path, "a decision cannot be recorded before it is made: decided " + decisionDate
                    + ", today is " + today);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
