package org.pathway.interchange.casepackage;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.role.RoleProfile;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a framework, and optionally its role profiles, as a CASE 1.1 CFPackage that is valid against the official
 * schema: the document, one item per cluster, competency, key theme and indicator, {@code isChildOf} associations for
 * the outline, the scale as a rubric, and whatever CASE has no field for in Pathway {@code extensions}.
 */
public final class CaseExporter {

    private final Clock clock;
    private final CaseUris uris;

    /** URIs as {@code urn:uuid:} names and the current time as every object's last change. */
    public CaseExporter() {
        this(Clock.systemUTC(), null);
    }

    /**
     * @param clock   gives {@code lastChangeDateTime}: Pathway does not record when each statement changed, so every
     *                object carries the time of export
     * @param baseUri the CASE service address the URIs start with, or null for {@code urn:uuid:} names
     */
    public CaseExporter(Clock clock, String baseUri) {
        this.clock = clock;
        this.uris = new CaseUris(baseUri);
    }

    public ObjectNode export(Framework framework, List<RoleProfile> roles) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new PackageWriter(framework, roles, now.toString(), uris).write();
    }

    /** The package as indented UTF-8 JSON; the stream is left open. */
    public void write(Framework framework, List<RoleProfile> roles, OutputStream out) throws IOException {
        out.write(toBytes(framework, roles));
    }

    public byte[] toBytes(Framework framework, List<RoleProfile> roles) {
        return CaseJson.MAPPER.writeValueAsBytes(export(framework, roles));
    }
}
