package org.pathway.web;

import java.util.List;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The name of the person who decided something, for pages: a user's, or (for evidence that came from a dataset file,
 * which names the deciding manager by employee id) that employee's; the value itself when neither is known.
 */
@Component
public class PeopleNames {

    private final UserAccounts accounts;
    private final EvidenceLedger ledger;

    PeopleNames(UserAccounts accounts, EvidenceLedger ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    public String nameOf(String username) {
        if (username == null) {
            return "";
        }
        String employeeId = accounts.employeeIdOf(username).orElse(username);
        return ledger.employees(List.of(employeeId)).stream().findFirst().map(Employee::name).orElse(username);
    }
}
