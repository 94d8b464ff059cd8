package se.planledger.command.api;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Rejection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the workspace's forms are answered: post, then redirect (so a reload never posts twice). Accepted, to the page
 * that shows what was written, with a receipt ({@link #SAVED}); refused, back to the form with what was entered
 * ({@link #ENTERED}) and why ({@link #REFUSAL}: field, reason and details), as flash attributes for the form's page
 * to show. A refused form recorded nothing, like a refused request of the API.
 */
public final class PageForms {

    /** The names of the flash attributes, as the pages' templates read them. */
    public static final String SAVED = "saved";
    public static final String ENTERED = "entered";
    public static final String REFUSAL = "refusal";
    /** The field Spring Security's forms carry their CSRF token in. */
    private static final String CSRF = "_csrf";

    private PageForms() {
    }

    /** Sends what {@code write} sends; redirects to {@code shown} with {@code receipt}, or back to {@code form}. */
    public static String answer(RedirectAttributes flash, Map<String, String> entered, String form, String shown,
                                String receipt, Runnable write) {
        try {
            write.run();
            flash.addFlashAttribute(SAVED, receipt);
            return "redirect:" + shown;
        } catch (Rejection refused) {
            return refused(flash, entered, form, refused.field(), refused.reason(), refused.details());
        } catch (ConcurrencyException raced) {
            return refused(flash, entered, form, null, "someone else changed the same thing at the same moment; "
                    + "look at it again and send once more", Map.of());
        }
    }

    /** Back to the form with what was entered (but the page's CSRF token, which the page sets anew) and why. */
    public static String refused(RedirectAttributes flash, Map<String, String> entered, String form, String field,
                                 String reason, Map<String, Object> details) {
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("field", field);
        refusal.put("reason", reason);
        refusal.put("details", details);
        Map<String, String> kept = new LinkedHashMap<>(entered);
        kept.remove(CSRF);
        flash.addFlashAttribute(REFUSAL, refusal);
        flash.addFlashAttribute(ENTERED, kept);
        return "redirect:" + form;
    }

    /** The whole number a field holds ("2023", "1"); null when it is left empty; refused when it is none. */
    public static Integer wholeNumber(Map<String, String> entered, String field) {
        String text = entered.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "a whole number, as 2023 or 1; not \"" + text + "\"");
        }
    }

    /** As {@link #wholeNumber}, for a field that must be filled in. */
    public static int requiredWholeNumber(Map<String, String> entered, String field) {
        Integer number = wholeNumber(entered, field);
        if (number == null) {
            throw new InvalidInput(field, "a whole number, as 2023 or 1, is needed here");
        }
        return number;
    }

    /** {@code path} with its query parameters (name, value, …; null values left out), percent-encoded. */
    public static String link(String path, Object... parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            if (parameters[i + 1] != null && !String.valueOf(parameters[i + 1]).isBlank()) {
                uri.queryParam(String.valueOf(parameters[i]), parameters[i + 1]);
            }
        }
        return uri.encode().build().toUriString();
    }
}
