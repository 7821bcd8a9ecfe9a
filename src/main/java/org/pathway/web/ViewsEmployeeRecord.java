package org.pathway.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for a handler about one employee's record (its {@code employeeId} parameter): open to those who may
 * see that employee ({@link org.pathway.people.RecordAccess}), "not found" to anyone else.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@records.visibleTo(principal, #employeeId)")
public @interface ViewsEmployeeRecord {
}
