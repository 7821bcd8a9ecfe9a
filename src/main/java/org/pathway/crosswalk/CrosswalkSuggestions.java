package org.pathway.crosswalk;

import java.util.List;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.springframework.stereotype.Component;

/**
 * The suggester for the frameworks in use, shared by the review page, the API and merger simulations: built on first
 * use and again only once a framework has been published (the catalogue then holds a framework this one was not built
 * from), as building it indexes every framework's words and works out their meaning.
 */
@Component
public class CrosswalkSuggestions {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private volatile Built built;

    private record Built(List<Framework> frameworks, CrosswalkSuggester suggester) {

        boolean current(List<Framework> now) {
            if (now.size() != frameworks.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i) != frameworks.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    public CrosswalkSuggestions(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    /** The suggester for the frameworks as they are now. */
    public CrosswalkSuggester current() {
        List<Framework> now = frameworks.all();
        Built seen = built;
        if (seen != null && seen.current(now)) {
            return seen.suggester();
        }
        synchronized (this) {
            if (built == null || !built.current(now)) {
                built = new Built(now, new CrosswalkSuggester(new FrameworkCatalogue(now), roles));
            }
            return built.suggester();
        }
    }
}
