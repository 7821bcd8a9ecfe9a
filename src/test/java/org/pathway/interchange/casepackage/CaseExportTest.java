package org.pathway.interchange.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.framework.Framework;
import org.pathway.interchange.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CaseExportTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC);
    private static final String RFC_4122_LOWER = "[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private final CaseExporter exporter = new CaseExporter(FIXED, null);

    static Stream<String> frameworkIds() {
        return Seeds.frameworkIds();
    }

    @ParameterizedTest
    @MethodSource("frameworkIds")
    void everySeedFrameworkWithItsRolesExportsAsAPackageValidAgainstTheOfficialSchema(String frameworkId) {
        JsonNode casePackage = exporter.export(Seeds.framework(frameworkId), Seeds.roles(frameworkId));

        assertThat(OfficialCaseSchema.violations(casePackage)).isEmpty();
    }

    @Test
    void theSchemaCheckRefusesAPackageThatBreaksTheStandard() {
        ObjectNode casePackage = exporter.export(Seeds.framework("chief-officers-appendix-2"), List.of());
        ((ObjectNode) casePackage.get("CFDocument")).remove("creator");
        ((ObjectNode) casePackage.get("CFItems").get(0)).put("identifier", "not-a-uuid");

        assertThat(OfficialCaseSchema.violations(casePackage)).hasSize(2)
                .anySatisfy(v -> assertThat(v).startsWith("/CFDocument: ").contains("creator"))
                .anySatisfy(v -> assertThat(v).startsWith("/CFItems/0/identifier: ").contains("uuid"));
    }

    @Test
    void theCopiedSchemaIsTheOfficialOneInTheSharedStandardsWhereThatIsPresent() throws IOException {
        Path shared = Path.of("..", "shared", "standards", "case", "case-v1p1-cfpackage-schema.json");
        assumeTrue(Files.exists(shared), "../shared/standards is not here");

        assertThat(Files.readAllBytes(Path.of("src/test/resources/case/case-v1p1-cfpackage-schema.json")))
                .isEqualTo(Files.readAllBytes(shared));
    }

    @ParameterizedTest
    @MethodSource("frameworkIds")
    void everyIdentifierIsALowerCaseRfc4122Uuid(String frameworkId) {
        JsonNode casePackage = exporter.export(Seeds.framework(frameworkId), Seeds.roles(frameworkId));

        List<String> identifiers = new ArrayList<>();
        collect(casePackage, "identifier", identifiers);
        assertThat(identifiers).isNotEmpty().allSatisfy(id -> assertThat(id).matches(RFC_4122_LOWER));
    }

    @Test
    void aReExportKeepsEveryIdentifierAndChangesOnlyTheTimestamps() {
        Framework slough = Seeds.framework("slough-leadership");
        JsonNode first = exporter.export(slough, List.of());
        JsonNode later = new CaseExporter(Clock.offset(FIXED, Duration.ofDays(30)), null).export(slough, List.of());

        assertThat(ownIdentifiers(later)).isEqualTo(ownIdentifiers(first)).doesNotHaveDuplicates();
        assertThat(later.toString().replace("2026-12-31T09:30:00Z", "2026-12-01T09:30:00Z")).isEqualTo(first.toString());
    }

    @Test
    void theOutlineIsStatedWithIsChildOfAndEachLevelledIndicatorLinksToItsRubricLevel() {
        Framework cherwell = Seeds.framework("cherwell-south-northants");
        JsonNode casePackage = exporter.export(cherwell, List.of());

        long statements = cherwell.clusters().size() + cherwell.competencies().size()
                + cherwell.competencies().stream().mapToLong(c -> c.keyThemes().size() + c.indicators().size()).sum();
        assertThat(casePackage.get("CFItems").size()).isEqualTo(statements);
        assertThat(count(casePackage, "isChildOf")).isEqualTo(statements);
        assertThat(count(casePackage, "hasSkillLevel")).isEqualTo(535);
        assertThat(casePackage.get("CFRubrics").get(0).get("CFRubricCriteria").size()).isEqualTo(11);
    }

    /** The identifiers of the package's objects themselves, not of the links between them. */
    private static List<String> ownIdentifiers(JsonNode casePackage) {
        List<String> ids = new ArrayList<>();
        ids.add(casePackage.get("CFDocument").get("identifier").asString());
        casePackage.get("CFItems").forEach(i -> ids.add(i.get("identifier").asString()));
        casePackage.get("CFAssociations").forEach(a -> ids.add(a.get("identifier").asString()));
        casePackage.get("CFDefinitions").get("CFItemTypes").forEach(t -> ids.add(t.get("identifier").asString()));
        casePackage.get("CFRubrics").forEach(r -> {
            ids.add(r.get("identifier").asString());
            r.get("CFRubricCriteria").forEach(c -> {
                ids.add(c.get("identifier").asString());
                c.get("CFRubricCriterionLevels").forEach(l -> ids.add(l.get("identifier").asString()));
            });
        });
        return ids;
    }

    private static long count(JsonNode casePackage, String type) {
        return casePackage.get("CFAssociations").valueStream()
                .filter(a -> a.get("associationType").asString().equals(type)).count();
    }

    private static void collect(JsonNode node, String field, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals(field) && e.getValue().isString()) {
                    into.add(e.getValue().asString());
                }
                collect(e.getValue(), field, into);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, field, into));
        }
    }
}
