package org.pathway.framework;

import java.util.Collection;

/** Asked for a framework id that is not in the catalogue. */
public class UnknownFrameworkException extends RuntimeException {

    public UnknownFrameworkException(String id, Collection<String> known) {
        super("unknown framework '" + id + "': expected one of " + known);
    }
}
