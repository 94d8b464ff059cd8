package se.planledger.command.api;

import org.springframework.http.MediaType;
import se.planledger.domain.rejection.InvalidInput;

/**
 * Whether an uploaded file is CSV or XLSX, from what it holds rather than from what the client says: an XLSX
 * workbook is a zip archive (it starts with "PK\3\4"), whatever its Content-Type or {@code format} parameter.
 * A file announced as XLSX (by either) that is no zip archive is refused, as is an old binary .xls workbook.
 */
public enum UploadFormat {
    CSV,
    XLSX;

    public static final MediaType XLSX_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** The file's format; {@code format} (csv, xlsx or null) and {@code contentType} (or null) as the client sent them. */
    public static UploadFormat of(byte[] content, String contentType, String format) {
        if (format != null && !format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidInput("format", "import csv or xlsx; got " + format);
        }
        if (startsWith(content, ZIP)) {
            return XLSX;
        }
        if (startsWith(content, OLE2)) {
            throw new InvalidInput("file", "an .xls workbook (Excel 97-2003) cannot be imported; save it as .xlsx or as CSV");
        }
        if ("xlsx".equals(format) || isXlsx(contentType)) {
            throw new InvalidInput("file", "announced as XLSX, but it is no XLSX workbook (a workbook starts as a zip "
                    + "archive); send the .xlsx file as saved, or a CSV file");
        }
        return CSV;
    }

    private static boolean isXlsx(String contentType) {
        try {
            return contentType != null && XLSX_TYPE.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
