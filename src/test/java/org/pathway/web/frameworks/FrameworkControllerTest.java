package org.pathway.web.frameworks;

import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(FrameworkController.class)
@Import(FrameworkDownloads.class)
class FrameworkControllerTest {

    @TestConfiguration
    static class Catalogue {
        @Bean
        FrameworkCatalogue frameworkCatalogue() {
            return new FrameworkLoader().load(Path.of("src/test/resources/fixtures/valid"));
        }

        @Bean
        RoleCatalogue roleCatalogue(FrameworkCatalogue frameworks) {
            return new RoleLoader().load(Path.of("src/test/resources/fixtures/valid"), frameworks);
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @Test
    void listShowsEachFrameworkWithItsCounts() {
        assertThat(mvc.get().uri("/frameworks")).hasStatusOk().bodyText()
                .contains("<a href=\"/frameworks/tiny\">Tiny Framework</a>", "Example Council",
                        "cumulative levels (each level includes those below it)").doesNotContain("CUMULATIVE");
    }

    @Test
    void outlineShowsIndicatorsUnderTheirLevelAndIneffectiveBehavioursApart() throws Exception {
        String page = mvc.get().uri("/frameworks/tiny").exchange().getResponse().getContentAsString();

        assertThat(page).contains("<h4>Level 2</h4>").contains("<li><span>Listens actively.</span></li>");
        assertThat(page.indexOf("Ineffective behaviours")).isLessThan(page.indexOf("Interrupts."));
        assertThat(page).doesNotContain("At every level");
        assertThat(page).contains("<th scope=\"row\">Listener</th>", "Listening: Level 2 (essential)")
                .doesNotContain("CUMULATIVE");
    }

    @Test
    void unknownFrameworkIsNotFound() {
        assertThat(mvc.get().uri("/frameworks/nowhere")).hasStatus(HttpStatus.NOT_FOUND);
    }
}
