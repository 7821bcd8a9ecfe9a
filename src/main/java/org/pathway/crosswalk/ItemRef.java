package org.pathway.crosswalk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A competency, or an indicator of one, in a framework: what a crosswalk link joins. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemRef(String framework, String competency, String indicator) {

    public static ItemRef competency(String framework, String competency) {
        return new ItemRef(framework, competency, null);
    }

    @JsonIgnore
    public boolean isIndicator() {
        return indicator != null;
    }

    /** The id this item has within its framework: the indicator's where it is one, else the competency's. */
    @JsonIgnore
    public String itemId() {
        return isIndicator() ? indicator : competency;
    }
}
