package org.pathway;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityLoader;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;

/** The committed datasets' catalogues, loaded once for all the tests that read them. */
public final class TestCatalogues {

    public static final FrameworkCatalogue FRAMEWORKS = new FrameworkLoader().load(Path.of("datasets"));
    public static final RoleCatalogue ROLES = new RoleLoader().load(Path.of("datasets"), FRAMEWORKS);
    public static final ActivityCatalogue ACTIVITIES = new ActivityLoader().load(Path.of("datasets"), FRAMEWORKS);

    private TestCatalogues() {
    }

    public static Stream<String> frameworkIds() {
        return FRAMEWORKS.all().stream().map(Framework::id);
    }
}
