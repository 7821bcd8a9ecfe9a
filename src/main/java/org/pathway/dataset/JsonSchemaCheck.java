package org.pathway.dataset;

import com.networknt.schema.Error;
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

/**
 * One of the dataset JSON Schemas (datasets/schema/*.schema.json, packaged on the classpath under schema/),
 * reporting violations as {@link DatasetProblem}s with JSON pointers.
 */
final class JsonSchemaCheck {

    private final Schema schema;

    JsonSchemaCheck(String schemaFile) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.UK)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.schema = registry.getSchema(readResource("/schema/" + schemaFile), InputFormat.JSON);
    }

    List<DatasetProblem> check(String file, JsonNode document) {
        return schema.validate(document).stream().map(error -> problem(file, error)).toList();
    }

    private static DatasetProblem problem(String file, Error error) {
        String pointer = error.getInstanceLocation().toString();
        String message = error.getMessage();
        // The validator prefixes its messages with the instance location; the problem carries it separately.
        String prefix = pointer + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        return new DatasetProblem(file, pointer, message);
    }

    private static String readResource(String resource) {
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
