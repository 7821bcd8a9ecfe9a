package org.pathway.people;

import java.util.function.Supplier;
import org.pathway.problem.NotFoundException;
import org.pathway.security.PathwayUser;
import org.springframework.stereotype.Component;

/**
 * Which employees' records a user may see, in one place for the controllers' method security (bean {@code records}):
 * an employee sees herself, a manager himself and his direct reports, an admin everyone, and nobody else sees
 * anyone. A record a user may not see is answered as if it did not exist, so that ids cannot be probed.
 */
@Component("records")
public class RecordAccess {

    private final EmployeeRepository employees;

    RecordAccess(EmployeeRepository employees) {
        this.employees = employees;
    }

    /** True when the user may see the employee's record; otherwise "no employee", as for one that does not exist. */
    public boolean visibleTo(Object principal, String employeeId) {
        if (principal instanceof PathwayUser user && mayView(user, employeeId)) {
            return true;
        }
        throw new NotFoundException("no employee '" + employeeId + "'");
    }

    /** Whether the record is the user's own. */
    public boolean isSelf(Object principal, String employeeId) {
        return principal instanceof PathwayUser user && employeeId.equals(user.employeeId());
    }

    public boolean mayView(PathwayUser user, String employeeId) {
        return allows(user, employeeId,
                () -> employees.findById(employeeId).map(EmployeeEntity::getManagerId).orElse(null));
    }

    /** The same rule for an employee already read: no statement. */
    public boolean mayView(PathwayUser user, EmployeeEntity subject) {
        return allows(user, subject.getId(), subject::getManagerId);
    }

    /** The rule itself; the subject's manager is looked up only when a manager asks about someone else. */
    private static boolean allows(PathwayUser user, String employeeId, Supplier<String> managerOfSubject) {
        return switch (user.role()) {
            case ADMIN -> true;
            case EMPLOYEE -> employeeId.equals(user.employeeId());
            case MANAGER -> employeeId.equals(user.employeeId())
                    || user.employeeId() != null && user.employeeId().equals(managerOfSubject.get());
            case LND, WORKFORCE_PLANNER, HR_ANALYST -> false;
        };
    }
}
