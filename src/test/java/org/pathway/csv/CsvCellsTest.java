package org.pathway.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1"})
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String formula) {
        assertThat(CsvCells.guard(formula)).isEqualTo("'" + formula);
        assertThat(CsvCells.unguard(CsvCells.guard(formula))).isEqualTo(formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "+1.5", "42", "Children's Services", "'quoted already", ""})
    void numbersAndOrdinaryTextAreLeftAsTheyAre(String text) {
        assertThat(CsvCells.guard(text)).isEqualTo(text);
        assertThat(CsvCells.unguard(text)).isEqualTo(text);
    }

    @Test
    void aLineIsGuardedThenQuoted() {
        assertThat(CsvCells.line(Arrays.asList("=1,2", "say \"hi\"", null, -3, "a\nb")))
                .isEqualTo("\"'=1,2\",\"say \"\"hi\"\"\",,-3,\"a\nb\"");
        assertThat(CsvCells.line(List.of("plain"))).isEqualTo("plain");
    }
}
