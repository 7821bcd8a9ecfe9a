package org.pathway.interchange.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Framework;
import org.pathway.interchange.Seeds;
import org.pathway.interchange.spreadsheet.XlsxTemplate;

class CaseBadInputTest {

    private static final Path CASE = Path.of("src/test/resources/case");

    private final CaseImporter importer = new CaseImporter();

    private List<String> problems(String fixture) {
        try {
            CaseImport result = importer.read(CASE.resolve(fixture), CaseImportOptions.none());
            throw new AssertionError("expected " + fixture + " to be refused, got " + result);
        } catch (DatasetException e) {
            return e.problems().stream().map(DatasetProblem::toString).toList();
        }
    }

    @Test
    void pathwaysOwnTinyPackageImportsWhenNothingIsWrongWithIt() {
        CaseImport result = importer.read(CASE.resolve("pathway-tiny.json"), CaseImportOptions.none());

        assertThat(result).isInstanceOfSatisfying(CaseImport.Imported.class, imported -> {
            assertThat(imported.imported().framework().id()).isEqualTo("tiny");
            assertThat(imported.imported().roles()).hasSize(1);
        });
    }

    @Test
    void truncatedJsonIsRefusedNamingTheLineAndColumnWhereItEnds() {
        assertThat(problems("truncated.json")).singleElement().asString()
                .startsWith("src/test/resources/case/truncated.json: malformed JSON at line ")
                .contains("end-of-input");
    }

    @Test
    void aWorkbookGivenAsACasePackageIsRefusedSayingWhatItIs() {
        Framework tiny = Seeds.framework("chief-officers-appendix-2");
        byte[] workbook = new XlsxTemplate().write(tiny, List.of());

        assertThatThrownBy(() -> importer.read("framework.json", workbook, CaseImportOptions.none()))
                .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("framework.json: expected a CASE package (JSON), found a ZIP archive (an XLSX"
                                + " workbook or another Office file)"));
    }

    @Test
    void anAssociationToAnItemNotInThePackageIsRefusedAtItsPointer() {
        assertThat(problems("dangling-association.json")).containsExactly("src/test/resources/case/"
                + "dangling-association.json at /CFAssociations/1/destinationNodeURI/identifier: expected the identifier"
                + " of an item or the document in this package, found '7d4f1c2a-0b6e-5f3d-9a41-2c8e6b5d4f10', which is"
                + " not in it");
    }

    @Test
    void anIdentifierUsedTwiceIsRefusedNamingBothPlaces() {
        assertThat(problems("duplicate-identifier.json")).first().asString().isEqualTo("src/test/resources/case/"
                + "duplicate-identifier.json at /CFItems/3/identifier: duplicate identifier"
                + " '1e27578f-1156-57ca-b9b9-c485698789cd', already used at /CFItems/2/identifier");
    }

    @Test
    void anIndicatorAtALevelNotInTheScaleIsRefusedAtItsExtension() {
        assertThat(problems("level-not-in-scale.json")).containsExactly("src/test/resources/case/"
                + "level-not-in-scale.json at /CFItems/3/extensions/pathway/levelId: expected one of competency"
                + " 'listening' levels [level-1, level-2], found 'level-9'");
    }

    @Test
    void anOversizedUploadIsRefusedAfterReadingNoMoreThanTheLimit() throws Exception {
        CountingStream fiftyMegabytes = new CountingStream(50L * 1024 * 1024);

        assertThatThrownBy(() -> importer.read("huge.json", fiftyMegabytes, CaseImportOptions.none()))
                .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("huge.json: expected a file of at most 10 MB, this one is larger: split it or"
                                + " leave out what is not needed"));
        assertThat(fiftyMegabytes.served).isLessThan(11L * 1024 * 1024);
    }

    @Test
    void anItemWithTwoParentsIsRefusedBecausePathwayKeepsEachStatementInOnePlace() {
        assertThat(problems("two-parents.json")).containsExactly("src/test/resources/case/two-parents.json at"
                + " /CFAssociations/2: item 'Listening' (/CFItems/1) is already the child of the document"
                + " (/CFAssociations/0): Pathway keeps each statement in one place");
    }

    /** A stream of spaces that counts how much of it was read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            Arrays.fill(b, off, off + n, (byte) ' ');
            served += n;
            return n;
        }
    }
}
