package org.pathway.interchange.casepackage;

/**
 * The {@code uri} every CASE object must have. Pathway does not serve the CASE REST API (yet), so by default the URIs
 * are {@code urn:uuid:} names, which are valid URIs but not network-resolvable; given the base address of a CASE
 * service they follow its REST paths ({@code <base>/CFItems/<identifier>}).
 */
final class CaseUris {

    private final String base;

    CaseUris(String base) {
        this.base = base == null || base.isBlank() ? null : (base.endsWith("/") ? base : base + "/");
    }

    String of(String collection, String identifier) {
        return base == null ? "urn:uuid:" + identifier : base + collection + "/" + identifier;
    }
}
