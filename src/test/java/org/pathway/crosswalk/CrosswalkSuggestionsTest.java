package org.pathway.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.role.RoleLoader;

/** The shared suggester is built once and built again only once a framework has been published. */
class CrosswalkSuggestionsTest {

    @Test
    void theSuggesterIsKeptUntilAFrameworkIsPublished() {
        FrameworkCatalogue frameworks = new FrameworkLoader().load(Path.of("datasets"));
        CrosswalkSuggestions suggestions = new CrosswalkSuggestions(frameworks,
                new RoleLoader().load(Path.of("datasets"), frameworks));

        CrosswalkSuggester first = suggestions.current();
        assertThat(suggestions.current()).isSameAs(first);

        Framework slough = frameworks.get("slough-leadership");
        frameworks.publish(new Framework(slough.id(), "Slough leadership (2027)", slough.organisations(),
                slough.source(), slough.description(), slough.scale(), slough.clusters(), slough.competencies(),
                slough.notes()));

        CrosswalkSuggester afterPublication = suggestions.current();
        assertThat(afterPublication).isNotSameAs(first);
        assertThat(suggestions.current()).isSameAs(afterPublication);
    }
}
