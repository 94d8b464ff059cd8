package se.planledger.command.budget;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.planledger.command.api.PageForms;
import se.planledger.command.api.UploadFormat;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.money.AmountUnit;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RowErrors;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

/**
 * The workspace's form for importing a framework table file (CSV or XLSX) as one decision, a new table or a new
 * version of one. Accepted, it leads to the table as printed; refused, back to the form, and when cells are bad, with
 * the file shown and each bad cell marked where it is.
 */
@Controller
public class FrameworkImportForm {

    static final String PATH = "/framework-table-imports";
    /** The flash attribute with the refused file's lines, its bad cells marked ({@link MarkedCell}). */
    static final String CELLS = "cells";
    private static final int SHOWN_LINES = 300;

    private final FrameworkImports imports;

    public FrameworkImportForm(FrameworkImports imports) {
        this.imports = imports;
    }

    @PostMapping(PATH)
    public String submit(@RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> entered,
                         RedirectAttributes flash) {
        String tableId = entered.getOrDefault("tableId", "").trim();
        boolean revise = "revise".equals(entered.get("mode"));
        String shown = PageForms.link("/framework-tables/" + tableId);
        return PageForms.answer(flash, entered, PATH, shown, "Ramtabellen " + tableId + " är registrerad"
                + (revise ? " i en ny version" : ""), () -> {
            byte[] content = content(file);
            UploadFormat format = UploadFormat.of(content, file.getContentType(), null);
            Decision decision = new Decision(body(entered.get("body")), entered.get("reference"),
                    date(entered, "decisionDate"), date(entered, "effectiveDate"));
            try {
                imports.importFile(tableId, content, format, revise, PageForms.wholeNumber(entered, "version"),
                        entered.get("title"), entered.getOrDefault("amountUnit", AmountUnit.DEFAULT_SYMBOL),
                        PageForms.requiredWholeNumber(entered, "decimals"), PageForms.requiredWholeNumber(entered, "year"),
                        decision);
            } catch (ImportRejected | RowErrors badCells) {
                flash.addFlashAttribute(CELLS, FrameworkTableFile.marked(content, format, badCells, SHOWN_LINES));
                throw badCells;
            }
        });
    }

    private static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "choose the table's file (CSV or XLSX)");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidInput("file", "the file could not be read: " + e.getMessage());
        }
    }

    private static Body body(String code) {
        return Arrays.stream(Body.values()).filter(b -> b.name().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInput("body", "choose the deciding body"));
    }

    private static LocalDate date(Map<String, String> entered, String field) {
        String text = entered.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "a date is written as 2023-03-01, not \"" + text + "\"");
        }
    }
}
