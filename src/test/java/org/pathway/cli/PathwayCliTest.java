package org.pathway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathwayCliTest {

    @Test
    void aCommandOrHelpSelectsTheCommandLine() {
        assertThat(PathwayCli.isCommandLine(new String[] {"frameworks"})).isTrue();
        assertThat(PathwayCli.isCommandLine(new String[] {"--help"})).isTrue();
    }

    @Test
    void noArgumentsOrSpringPropertiesStartTheService() {
        assertThat(PathwayCli.isCommandLine(new String[0])).isFalse();
        assertThat(PathwayCli.isCommandLine(new String[] {"--server.port=0"})).isFalse();
    }
}
