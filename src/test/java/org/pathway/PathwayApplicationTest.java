package org.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathwayApplicationTest {

    @Test
    void aCommandOrHelpSelectsTheCommandLine() {
        assertThat(PathwayApplication.isCommandLine(new String[] {"frameworks"})).isTrue();
        assertThat(PathwayApplication.isCommandLine(new String[] {"--help"})).isTrue();
    }

    @Test
    void noArgumentsOrSpringPropertiesStartTheService() {
        assertThat(PathwayApplication.isCommandLine(new String[0])).isFalse();
        assertThat(PathwayApplication.isCommandLine(new String[] {"--server.port=0"})).isFalse();
    }
}
