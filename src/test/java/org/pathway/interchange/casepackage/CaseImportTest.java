package org.pathway.interchange.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;
import org.pathway.interchange.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CaseImportTest {

    private static final Path CASE = Path.of("src/test/resources/case");

    private final CaseImporter importer = new CaseImporter();

    private CaseImport read(String fixture, CaseImportOptions options) {
        return importer.read(CASE.resolve(fixture), options);
    }

    private static Framework framework(CaseImport result) {
        assertThat(result).isInstanceOf(CaseImport.Imported.class);
        return ((CaseImport.Imported) result).imported().framework();
    }

    @Test
    void aPackageThatDoesNotSayWhichItemsAreCompetenciesComesBackAsADraftSayingSo() {
        CaseImport result = read("samples/SmartLevelFramework.json", CaseImportOptions.none());

        assertThat(result).isInstanceOf(CaseImport.Draft.class);
        CaseImport.Draft draft = (CaseImport.Draft) result;
        assertThat(draft.title()).isEqualTo("SmartLevel Test");
        assertThat(draft.outline()).hasSize(14);
        assertThat(draft.outline().get(0)).isEqualTo(new CaseImport.OutlineEntry(
                "00000000-0000-0000-0000-000000000001", 1, null, "Item 1"));
        assertThat(draft.missing()).singleElement().extracting(DatasetProblem::message).asString()
                .startsWith("the package does not say which items are competencies")
                .contains("2 at depth 1, 12 at depth 2", "item types: none", "depth of the competencies");
    }

    @Test
    void theSmartLevelSampleImportsOnceTheCompetencyDepthAndScaleKindAreChosen() {
        Framework framework = framework(read("samples/SmartLevelFramework.json",
                CaseImportOptions.none().withCompetencyDepth(1).withScaleKind(ScaleKind.BEHAVIOURAL)));

        assertThat(framework.id()).isEqualTo("smartlevel-test");
        assertThat(framework.organisations()).containsExactly("OpenSALT Testing");
        assertThat(framework.clusters()).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("SmartLevel Test"));
        assertThat(framework.competencies()).extracting(Competency::name).containsExactly("Item 1", "Item 2");
        Competency first = framework.competencies().get(0);
        assertThat(first.id()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(first.indicators()).extracting(Indicator::text).containsExactly("Item 1.1", "Item 1.2", "Item 1.3",
                "Item 1.4", "Item 1.5", "Item 1.6", "Item 1.7", "Item 1.8", "Item 1.9", "Item 1.10");
        assertThat(first.indicators()).allSatisfy(i -> {
            assertThat(i.polarity()).isEqualTo(Polarity.EFFECTIVE);
            assertThat(i.levelId()).isNull();
        });
        assertThat(framework.notes()).anySatisfy(n -> assertThat(n).contains("directly under the document"))
                .anySatisfy(n -> assertThat(n).contains("BEHAVIOURAL was chosen at import"));
    }

    @Test
    void theUtf8SampleIsReadKeepingCharactersOutsideTheBasicPlaneAndAsksWhatItsItemIs() {
        CaseImport.Draft draft = (CaseImport.Draft) read("samples/Utf8TestFramework.json", CaseImportOptions.none());

        assertThat(draft.title()).isEqualTo("UTF8 \uD835\uDC51 Test");
        assertThat(draft.outline()).extracting(CaseImport.OutlineEntry::name).containsExactly("Item \uD835\uDC51 1");
    }

    @Test
    void theUtf8SamplesOnlyItemCannotBeACompetencyWithoutIndicators() {
        assertThatThrownBy(() -> read("samples/Utf8TestFramework.json",
                CaseImportOptions.none().withCompetencyDepth(1).withScaleKind(ScaleKind.BEHAVIOURAL)))
                .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("src/test/resources/case/samples/Utf8TestFramework.json at /CFItems/0: expected at"
                                + " least one indicator under competency 'Item \uD835\uDC51 1' (/CFItems/0), found none"));
    }

    @Test
    void theUtf8SampleImportsAsOneCompetencyWhenTheDocumentIsTheCompetency() {
        Framework framework = framework(read("samples/Utf8TestFramework.json",
                CaseImportOptions.none().withCompetencyDepth(0).withScaleKind(ScaleKind.BEHAVIOURAL)));

        assertThat(framework.name()).isEqualTo("UTF8 \uD835\uDC51 Test");
        assertThat(framework.competencies()).singleElement().satisfies(competency -> {
            assertThat(competency.name()).isEqualTo("UTF8 \uD835\uDC51 Test");
            assertThat(competency.indicators()).extracting(Indicator::id, Indicator::text)
                    .containsExactly(tuple("00000000-0000-0000-0000-000000000001", "Item \uD835\uDC51 1"));
        });
    }

    @Test
    void aWrappedCase10PackageImportsWithItsOddFieldsDatesAndCapitalisation() {
        CaseImport result = read("case-1.0-wrapped.json",
                CaseImportOptions.none().withCompetencyItemType("standard").withScaleKind(ScaleKind.BEHAVIOURAL));

        Framework framework = framework(result);
        assertThat(((CaseImport.Imported) result).lastChanged()).isEqualTo(OffsetDateTime.parse("2018-03-01T10:00Z"));
        assertThat(framework.clusters()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Serving residents");
            assertThat(c.parentId()).isNull();
        });
        Competency listening = framework.competencies().get(0);
        assertThat(listening.id()).isEqualTo("cs-1");
        assertThat(listening.code()).isEqualTo("CS.1");
        assertThat(listening.name()).isEqualTo("Listening to residents");
        assertThat(listening.definition()).isEqualTo("Listens to residents and acts on what they say.");
        assertThat(listening.indicators()).extracting(Indicator::id, Indicator::text).containsExactly(
                tuple("cs-1-a", "Lets residents finish before answering."),
                tuple("cs-1-b", "Confirms what was agreed before the end of a call."));
        assertThat(listening.indicators().get(0).notes()).containsExactly("Taken from the 2017 contact centre charter.");
        assertThat(framework.notes()).anySatisfy(n -> assertThat(n).isEqualTo(
                "1 associations of types [isRelatedTo] were left out: Pathway has no place for them."));
    }

    @Test
    void aPathwayPackageStrippedOfItsExtensionsStillImportsItsOutlineLevelsAndPolarityOnceTheScaleKindIsChosen() {
        Framework slough = Seeds.framework("slough-leadership");
        JsonNode stripped = withoutExtensions(new CaseExporter().export(slough, List.of()));
        byte[] bytes = CaseJson.MAPPER.writeValueAsBytes(stripped);

        assertThat(importer.read("stripped.json", bytes, CaseImportOptions.none()))
                .isInstanceOfSatisfying(CaseImport.Draft.class, draft -> assertThat(draft.missing()).singleElement()
                        .extracting(DatasetProblem::message).asString()
                        .contains("does not say how its levels work", "[Level 1, Level 2, Level 3, Level 4, Level 5,"
                                + " Level 6]"));
        Framework imported = framework(importer.read("stripped.json", bytes,
                CaseImportOptions.none().withScaleKind(ScaleKind.CUMULATIVE)));

        assertThat(imported.scale().levels()).extracting(Level::id).containsExactly("level-1", "level-2", "level-3",
                "level-4", "level-5", "level-6");
        assertThat(imported.competencies()).extracting(Competency::name)
                .isEqualTo(slough.competencies().stream().map(Competency::name).toList());
        // Without the extension, "every level" and a list of all six read the same: only the levels used are compared.
        assertThat(imported.competencies()).extracting(c -> imported.levelsOf(c).stream().map(Level::id).toList())
                .isEqualTo(slough.competencies().stream().map(c -> slough.levelsOf(c).stream().map(Level::id).toList())
                        .toList());
        assertThat(allIndicators(imported)).extracting(Indicator::text, Indicator::levelId, Indicator::polarity)
                .isEqualTo(allIndicators(slough).stream()
                        .map(i -> tuple(i.text(), i.levelId(), i.polarity())).toList());
    }

    @Test
    void cambridgesIneffectiveBehavioursKeepTheirPolarityByItemTypeAlone() {
        Framework cambridge = Seeds.framework("cambridge-city");
        byte[] bytes = CaseJson.MAPPER.writeValueAsBytes(withoutExtensions(new CaseExporter().export(cambridge,
                List.of())));

        Framework imported = framework(importer.read("stripped.json", bytes,
                CaseImportOptions.none().withScaleKind(ScaleKind.BEHAVIOURAL)));

        assertThat(imported.indicatorCount(Polarity.INEFFECTIVE)).isEqualTo(124);
        assertThat(imported.indicatorCount(Polarity.EFFECTIVE)).isEqualTo(185);
        assertThat(imported.clusters()).extracting(c -> c.parentId() != null).containsExactly(false, false, false,
                true, true, true, true);
    }

    private static List<Indicator> allIndicators(Framework framework) {
        return framework.competencies().stream().flatMap(c -> c.indicators().stream()).toList();
    }

    /** What a system that keeps only standard CASE fields would give back. */
    private static JsonNode withoutExtensions(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("extensions");
        }
        node.forEach(CaseImportTest::withoutExtensions);
        return node;
    }
}
