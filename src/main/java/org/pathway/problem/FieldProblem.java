package org.pathway.problem;

/** What is wrong with one field of a record, and what was expected there. */
public record FieldProblem(Field field, String message) {
}
