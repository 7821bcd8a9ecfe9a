package org.pathway.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.role.RoleProfile;

/** The five seed frameworks and their role profiles, loaded once for the interchange tests and benchmark. */
public final class Seeds {

    public static final FrameworkCatalogue FRAMEWORKS = new FrameworkLoader().load(Path.of("datasets"));
    public static final RoleCatalogue ROLES = new RoleLoader().load(Path.of("datasets"), FRAMEWORKS);

    private Seeds() {
    }

    public static Stream<String> frameworkIds() {
        return FRAMEWORKS.all().stream().map(Framework::id);
    }

    public static Framework framework(String id) {
        return FRAMEWORKS.get(id);
    }

    public static List<RoleProfile> roles(String frameworkId) {
        return ROLES.rolesOf(frameworkId);
    }
}
