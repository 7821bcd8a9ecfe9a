package org.pathway.people;

import java.util.Set;

/**
 * Published when employees' records or evidence change (recorded, changed, decided, deleted, imported, erased), in
 * the transaction that changed them: anything derived from those employees' evidence is stale.
 */
public record PeopleChanged(Set<String> employeeIds) {

    public PeopleChanged {
        employeeIds = Set.copyOf(employeeIds);
    }

    public static PeopleChanged of(String employeeId) {
        return new PeopleChanged(Set.of(employeeId));
    }
}
