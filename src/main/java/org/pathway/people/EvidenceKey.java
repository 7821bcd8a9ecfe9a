package org.pathway.people;

import java.io.Serializable;

/** The key of stored evidence: the employee it is about and its id among that employee's evidence. */
public record EvidenceKey(String employeeId, String evidenceId) implements Serializable {
}
