package org.pathway.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.pathway.framework.Framework;
import org.pathway.framework.ScaleKind;
import org.pathway.interchange.casepackage.CaseImportOptions;
import org.pathway.problem.InvalidRequestException;
import org.pathway.publishing.FrameworkDraft;
import org.pathway.publishing.FrameworkPublishing;
import org.pathway.security.PathwayUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishing a framework over the API (admins): POST the file as the body with its name ({@code ?file=slough.xlsx};
 * the ending says the format, else its content does) to get a draft, or a 400 naming every problem at its place in
 * the file; then POST to the draft's {@code publish} address. CASE packages that do not say what Pathway needs take the
 * import options as parameters.
 */
@RestController
@RequestMapping("/api/admin/frameworks/drafts")
class FrameworkPublishingApi {

    private final FrameworkPublishing publishing;

    FrameworkPublishingApi(FrameworkPublishing publishing) {
        this.publishing = publishing;
    }

    @PostMapping
    ResponseEntity<DraftView> upload(HttpServletRequest request, @RequestParam(defaultValue = "upload") String file,
            @RequestParam(required = false) String frameworkId, @RequestParam(required = false) ScaleKind scaleKind,
            @RequestParam(required = false) String competencyItemType,
            @RequestParam(required = false) Integer competencyDepth,
            @AuthenticationPrincipal PathwayUser user) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        FrameworkDraft draft = publishing.upload(file, bytes,
                new CaseImportOptions(frameworkId, scaleKind, competencyItemType, competencyDepth), user.username());
        if (!draft.publishable()) {
            throw new InvalidRequestException(UploadProblems.of(draft));
        }
        return ResponseEntity.created(URI.create("/api/admin/frameworks/drafts/" + draft.id()))
                .body(DraftView.of(draft));
    }

    @GetMapping("/{draftId}")
    DraftView draft(@PathVariable UUID draftId) {
        return DraftView.of(publishing.draft(draftId));
    }

    /** The published framework, as {@code GET /api/frameworks/{id}} now answers. */
    @PostMapping("/{draftId}/publish")
    Framework publish(@PathVariable UUID draftId, @AuthenticationPrincipal PathwayUser user) {
        return publishing.publish(draftId, user.username());
    }
}
