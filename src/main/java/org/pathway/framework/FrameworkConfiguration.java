package org.pathway.framework;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The service loads the framework catalogue once at start; a broken dataset stops it with the list of problems. */
@Configuration
@Profile("!cli")
class FrameworkConfiguration {

    @Bean
    FrameworkCatalogue frameworkCatalogue(@Value("${pathway.datasets}") String datasets) {
        return new FrameworkLoader().load(Path.of(datasets));
    }
}
