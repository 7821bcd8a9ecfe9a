package org.pathway.people;

import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.pathway.problem.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per-record access: an employee sees themselves; a manager themselves and their reports; an admin everyone. A user
 * who may not see an employee is told the employee does not exist, so that ids cannot be probed.
 */
@Component
public class Access {

    public void requireView(PathwayUser user, Employee employee) {
        if (!mayView(user, employee)) {
            throw new NotFoundException("no employee '" + employee.id() + "'");
        }
    }

    /** Validating evidence is for the employee's own manager. */
    public void requireManagerOf(PathwayUser user, Employee employee) {
        requireView(user, employee);
        if (!(user.is(Role.MANAGER) && user.employeeId() != null && user.employeeId().equals(employee.managerId()))) {
            throw new AccessDeniedException("only " + employee.id() + "'s manager may validate their evidence");
        }
    }

    public void requireRole(PathwayUser user, Role... roles) {
        for (Role role : roles) {
            if (user.is(role)) {
                return;
            }
        }
        throw new AccessDeniedException("this needs one of the roles " + java.util.List.of(roles));
    }

    private static boolean mayView(PathwayUser user, Employee employee) {
        return switch (user.role()) {
            case ADMIN -> true;
            case EMPLOYEE -> employee.id().equals(user.employeeId());
            case MANAGER -> employee.id().equals(user.employeeId())
                    || user.employeeId() != null && user.employeeId().equals(employee.managerId());
            case LND, WORKFORCE_PLANNER -> false;
        };
    }
}
