package org.pathway.interchange.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void givesTheVersion5UuidOtherImplementationsGiveForTheSameNamespaceAndName() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        assertThat(NameBasedUuid.v5(DNS, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void setsVersion5AndTheRfc4122Variant() {
        UUID uuid = NameBasedUuid.v5(CaseIdentifiers.NAMESPACE, "slough-leadership:competency/self-belief");

        assertThat(uuid.version()).isEqualTo(5);
        assertThat(uuid.variant()).isEqualTo(2);
    }
}
