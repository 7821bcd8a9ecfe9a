package org.pathway.interchange.casepackage;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mappers of CASE packages: strict parsing (a repeated key is an error), indented output, empty values left out. */
final class CaseJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    /** The key under which Pathway's data sits in every {@code extensions} object. */
    static final String EXTENSION = "pathway";

    /** Written into the document's extension: a reader knows the package is Pathway's and which mapping it follows. */
    static final String FORMAT = "pathway-case/1";

    static final String TARGET_RUBRIC_LEVEL = "ext:CFRubricCriterionLevel";

    private CaseJson() {
    }
}
