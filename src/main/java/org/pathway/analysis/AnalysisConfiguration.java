package org.pathway.analysis;

import java.nio.file.Path;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityLoader;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleLoader;
import org.pathway.rules.RuleBaseHolder;
import org.pathway.rules.RuleCompiler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The service's role profiles, activities and rules, loaded once at start: it does not start on a broken dataset or
 * broken rules (the errors name file and pointer or line); later reloads keep the running rules on error.
 */
@Configuration
@Profile("!cli")
class AnalysisConfiguration {

    @Bean
    RoleCatalogue roleCatalogue(@Value("${pathway.datasets}") String datasets, FrameworkCatalogue frameworks) {
        return new RoleLoader().load(Path.of(datasets), frameworks);
    }

    @Bean
    ActivityCatalogue activityCatalogue(@Value("${pathway.datasets}") String datasets, FrameworkCatalogue frameworks) {
        return new ActivityLoader().load(Path.of(datasets), frameworks);
    }

    @Bean
    RuleBaseHolder ruleBaseHolder(@Value("${pathway.rules}") String rules) {
        return new RuleBaseHolder(Path.of(rules), new RuleCompiler());
    }

    @Bean
    ReadinessReports readinessReports(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        return new ReadinessReports(frameworks, roles);
    }

    @Bean
    ReadinessEngine readinessEngine(RuleBaseHolder rules, FrameworkCatalogue frameworks, RoleCatalogue roles) {
        return new ReadinessEngine(rules, frameworks, roles);
    }
}
