package se.planledger.domain.file;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileLayoutTest {

    @Test
    void onlyTheLastLineIsReadPastAsTheSeal() {
        List<List<String>> file = List.of(List.of("Enhet", "Belopp"), List.of("Sigill", "12,5"),
                List.of("Vårdval primärvård", "1311,3"), List.of("Sigill", "292:5d1c0e"), List.of(""));

        assertThat(FileLayout.withoutSeal(file)).containsExactly(List.of("Enhet", "Belopp"), List.of("Sigill", "12,5"),
                List.of("Vårdval primärvård", "1311,3"), List.of(""));
        assertThat(FileLayout.withoutSeal(file.subList(0, 3))).as("a file without a seal line keeps every line")
                .hasSize(3);
    }
}
