package org.pathway.web;

import java.util.List;
import org.pathway.people.Employee;
import org.pathway.people.EvidenceLedger;
import org.pathway.security.UserAccounts;
import org.springframework.stereotype.Component;

/** The name of the person behind a username, for pages that say who decided something; the username if none. */
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
        return accounts.employeeIdOf(username).flatMap(id -> ledger.employees(List.of(id)).stream().findFirst())
                .map(Employee::name).orElse(username);
    }
}
