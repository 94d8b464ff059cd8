package se.planledger.command.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file, read from its bytes: UTF-8 (with or without a byte order mark), or
 * Windows-1252 as Swedish Excel saves "CSV (semikolonavgränsad)". A file is read as Windows-1252 only when it is
 * not UTF-8, holds no UTF-8 sequence at all (a mix means a damaged file) and every byte beyond ASCII is a letter or
 * punctuation such a file holds. Anything else is refused where it fails, so that no character is ever guessed
 * and no U+FFFD (a character already lost) is recorded.
 */
public final class UploadText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** What a Windows-1252 text holds beyond ASCII besides letters (å, ä, ö, é, ü …). */
    private static final String WINDOWS_1252_PUNCTUATION = "–—‘’‚“”„…•€°§½¼¾±×÷µ²³«»·\u00A0";
    private static final String SAVE_AS_UTF8 = "save the file as \"CSV UTF-8\" and import it again";

    private UploadText() {
    }

    public static String decode(byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw new UnreadableFile(1, 1, "the file is UTF-16 text (Excel's \"Unicode text\"); " + SAVE_AS_UTF8);
        }
        boolean bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        int invalid = firstInvalidUtf8(content, start);
        String text;
        if (invalid < 0) {
            text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        } else if (bom || holdsUtf8Sequence(content, start)) {
            throw unreadable(content, start, invalid, true, String.format("byte 0x%02X is not UTF-8, though the file is UTF-8 "
                    + "elsewhere: it was damaged or pieced together from files in different encodings; ", content[invalid])
                    + SAVE_AS_UTF8);
        } else {
            text = windows1252(content);
        }
        int lost = text.indexOf('\uFFFD');
        if (lost >= 0) {
            byte[] before = text.substring(0, lost).getBytes(StandardCharsets.UTF_8);
            throw unreadable(before, 0, before.length, true, "the file holds U+FFFD, the mark of a character already lost to "
                    + "a wrong encoding before it was saved; correct the text and import it again");
        }
        return text;
    }

    /** The index of the first byte that is not well-formed UTF-8, or -1. */
    private static int firstInvalidUtf8(byte[] content, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        return decoder.flush(out).isError() ? in.position() : -1;
    }

    /** True when the bytes hold a multi-byte UTF-8 sequence, which Windows-1252 text practically never does. */
    private static boolean holdsUtf8Sequence(byte[] content, int start) {
        for (int i = start; i < content.length; i++) {
            int lead = content[i] & 0xFF;
            int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (continuations > 0 && i + continuations < content.length) {
                boolean sequence = true;
                for (int k = 1; k <= continuations; k++) {
                    sequence &= (content[i + k] & 0xC0) == 0x80;
                }
                if (sequence) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String windows1252(byte[] content) {
        String text = new String(content, WINDOWS_1252);
        for (int i = 0; i < content.length; i++) {
            char c = text.charAt(i); // one character per byte
            if (c >= 0x80 && (c == '\uFFFD' || !(Character.isLetter(c) || WINDOWS_1252_PUNCTUATION.indexOf(c) >= 0))) {
                throw unreadable(content, 0, i, false, String.format("byte 0x%02X is neither UTF-8 nor a character of a "
                        + "Windows-1252 text (as Swedish Excel saves CSV); the encoding cannot be told for sure; ", content[i])
                        + SAVE_AS_UTF8);
            }
        }
        return text;
    }

    /** The refusal at byte {@code offset}, counting lines and the characters before it on its line from {@code start}. */
    private static UnreadableFile unreadable(byte[] content, int start, int offset, boolean utf8, String reason) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
                column = 1;
            } else if (!utf8 || (content[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new UnreadableFile(line, column, reason);
    }
}
