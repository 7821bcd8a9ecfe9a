package org.pathway.problem;

/** Asked for an employee, evidence or plan that does not exist (or that the caller may not know exists). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
