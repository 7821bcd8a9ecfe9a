package org.pathway.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's JSON output: indented, with empty fields left out so it reads like the dataset files. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private Json() {
    }

    static String pretty(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
