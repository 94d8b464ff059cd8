package se.planledger.command.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadTextTest {

    private static final String LINES = "Enhet;Ram 2022\nVårdval primärvård;1311,3\n";

    @Test
    void utf8IsReadWithOrWithoutItsByteOrderMark() {
        byte[] utf8 = LINES.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(UploadText.decode(utf8)).isEqualTo(LINES);
        assertThat(UploadText.decode(withBom)).isEqualTo(LINES);
    }

    @Test
    void swedishExcelsWindows1252IsReadWithItsSwedishLetters() {
        String text = "Enhet;Kommentar\nÖvre Norrland – Luleå;”Ökad” följsamhet, 5 €\n";

        assertThat(UploadText.decode(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
    }

    @Test
    void aFileThatIsUtf8ButForOneByteIsRefusedAtThatByte() {
        byte[] utf8 = LINES.getBytes(StandardCharsets.UTF_8);
        byte[] mixed = (LINES + "Luleå;1\n").getBytes(StandardCharsets.UTF_8);
        mixed[utf8.length + 4] = (byte) 0xE5; // "å" as Windows-1252 writes it, after UTF-8 "å" and "ä" above

        assertThatThrownBy(() -> UploadText.decode(mixed)).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("line 3, column 5").hasMessageContaining("0xE5")
                .satisfies(e -> assertThat(((UnreadableFile) e).details()).containsEntry("line", 3).containsEntry("column", 5));
    }

    @Test
    void aByteThatNoWindows1252TextHoldsIsRefusedNotGuessed() {
        byte[] file = "Enhet;Ram\nA\u0081B;1\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> UploadText.decode(file)).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("line 2, column 2").hasMessageContaining("0x81");
    }

    @Test
    void utf16AndTextAlreadyHoldingAReplacementCharacterAreRefused() {
        assertThatThrownBy(() -> UploadText.decode(new byte[]{(byte) 0xFF, (byte) 0xFE, 'E', 0}))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> UploadText.decode("Enhet;Ram\nV\uFFFDrdval;1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("line 2, column 2").hasMessageContaining("U+FFFD");
    }
}
