package org.pathway.web.people;

import org.pathway.people.CsvImport;
import org.pathway.people.Access;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulk import of employees and evidence from CSV (admins): all rows or none, with a dry run. */
@RestController
class ImportController {

    private final CsvImport importer;
    private final Access access;

    ImportController(CsvImport importer, Access access) {
        this.importer = importer;
        this.access = access;
    }

    @PostMapping(path = "/api/admin/import/evidence", consumes = "text/csv")
    CsvImport.Result evidence(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.ADMIN);
        return importer.evidence(csv, dryRun, user.username());
    }

    @PostMapping(path = "/api/admin/import/employees", consumes = "text/csv")
    CsvImport.Result employees(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal PathwayUser user) {
        access.requireRole(user, Role.ADMIN);
        return importer.employees(csv, dryRun, user.username());
    }
}
