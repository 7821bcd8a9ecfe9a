package org.pathway.interchange.casepackage;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The official CASE 1.1 CFPackage schema (src/test/resources/case/README.md), with formats asserted. */
public final class OfficialCaseSchema {

    private static final Schema SCHEMA = load();

    private OfficialCaseSchema() {
    }

    /** Every violation as "pointer: message"; empty when the package is valid. */
    public static List<String> violations(JsonNode casePackage) {
        return SCHEMA.validate(casePackage).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    private static Schema load() {
        // Draft 2019-09 treats "format" as an annotation unless told otherwise; the CASE identifiers must be UUIDs.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.UK)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = OfficialCaseSchema.class.getResourceAsStream("/case/case-v1p1-cfpackage-schema.json")) {
            return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
