package se.planledger.query.list;

import org.springframework.http.ResponseEntity;
import se.planledger.domain.rejection.InvalidInput;

import java.util.List;

/**
 * A register-like list answered a page at a time: {@code page} (from 1, default 1) and {@code size} (default
 * {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}); the body stays the list, the number of all its entries is the
 * header {@value #TOTAL}, so a client that reads one page or every page reads the same shape.
 */
public final class ListPage {

    public static final String TOTAL = "X-Total-Count";
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;
    public static final String PAGE_HELP = "The page to answer, counted from 1; default 1";
    public static final String SIZE_HELP = "Entries per page: default " + DEFAULT_SIZE + ", at most " + MAX_SIZE
            + "; the header " + TOTAL + " tells how many there are in all";

    private ListPage() {
    }

    /** The asked page of every entry, with the total; a page past the end is empty, a bad page or size refused. */
    public static <T> ResponseEntity<List<T>> of(List<T> all, Integer page, Integer size) {
        int number = page == null ? 1 : page;
        int entries = size == null ? DEFAULT_SIZE : size;
        if (number < 1) {
            throw new InvalidInput("page", "pages are counted from 1; got " + number);
        }
        if (entries < 1 || entries > MAX_SIZE) {
            throw new InvalidInput("size", "a page holds 1 to " + MAX_SIZE + " entries; got " + entries);
        }
        long from = (long) (number - 1) * entries;
        List<T> answered = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + entries));
        return ResponseEntity.ok().header(TOTAL, String.valueOf(all.size())).body(answered);
    }
}
