package org.pathway.synthetic;

import org.pathway.activity.Activity;
import org.pathway.activity.ActivityCatalogueFile;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a framework's activity catalogue as {@code <folder>/<framework-id>.json}. */
public final class ActivityCatalogueWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private ActivityCatalogueWriter() {
    }

    public static Path write(String frameworkId, List<String> notes, List<Activity> activities, Path folder) {
        Path file = folder.resolve(frameworkId + ".json");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, MAPPER.writeValueAsString(new ActivityCatalogueFile(frameworkId, notes, activities))
                    + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
