package org.pathway.web.frameworks;

import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.interchange.formats.FrameworkFormat;
import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.Quotes;
import org.pathway.role.RoleCatalogue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A framework and its role profiles as a file to download, from its page and over the API: a CASE 1.1 package, or the
 * spreadsheet template (XLSX or CSV) HR can edit and an admin can publish again.
 */
@Component
class FrameworkDownloads {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    FrameworkDownloads(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    ResponseEntity<byte[]> download(String frameworkId, String format) {
        FrameworkFormat chosen = FrameworkFormat.named(format).orElseThrow(() -> new InvalidRequestException(List.of(
                new InvalidRequestException.FieldError("format", "expected case, xlsx or csv, found "
                        + Quotes.shortQuote(format)))));
        Framework framework = frameworks.get(frameworkId);
        byte[] file = chosen.write(framework, roles.rolesOf(framework.id()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(framework.id() + "." + chosen.extension()).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, chosen.mediaType())
                .body(file);
    }
}
