package org.pathway.framework;

import java.util.List;

/** Null-tolerant list normalisation for records read from JSON, where an absent array means "none". */
final class Lists {

    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
