package org.pathway.framework;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The committed datasets, loaded once for the tests that check them. */
final class Datasets {

    static final Path FOLDER = Path.of("datasets");
    static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static FrameworkCatalogue catalogue;

    private Datasets() {
    }

    static Stream<String> frameworkIds() {
        return catalogue().all().stream().map(Framework::id);
    }

    static synchronized FrameworkCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = new FrameworkLoader().load(FOLDER);
        }
        return catalogue;
    }
}
