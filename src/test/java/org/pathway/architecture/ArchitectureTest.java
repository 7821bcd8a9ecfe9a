package org.pathway.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The borders between Pathway's packages: no package cycles at any depth, and each feature used only by those above
 * it, from the datasets up to the two edges (the web and the command line) that nothing may depend on.
 */
class ArchitectureTest {

    private static final JavaClasses PATHWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pathway");

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("org.pathway.(**)").should().beFreeOfCycles().check(PATHWAY);
    }

    @Test
    void eachFeatureIsUsedOnlyByTheFeaturesAboveIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy("org.pathway")
                .layer("web").definedBy("org.pathway.web..")
                .layer("command line").definedBy("org.pathway.cli..")
                .layer("composition").definedBy("org.pathway.domain..")
                .layer("cluster").definedBy("org.pathway.cluster..")
                .layer("demo data").definedBy("org.pathway.demo..")
                .layer("publishing").definedBy("org.pathway.publishing..")
                .layer("crosswalks").definedBy("org.pathway.crosswalk..")
                .layer("synthetic data").definedBy("org.pathway.synthetic..")
                .layer("saved plans").definedBy("org.pathway.plans..")
                .layer("planning").definedBy("org.pathway.planning..")
                .layer("policy versions").definedBy("org.pathway.versions..")
                .layer("workforce views").definedBy("org.pathway.workforce..")
                .layer("readiness analysis").definedBy("org.pathway.analysis..")
                .layer("rule base").definedBy("org.pathway.rules..")
                .layer("policy values").definedBy("org.pathway.policy..")
                .layer("people").definedBy("org.pathway.people..")
                .layer("security").definedBy("org.pathway.security..")
                .layer("audit").definedBy("org.pathway.audit..")
                .layer("activities").definedBy("org.pathway.activity..")
                .layer("role profiles").definedBy("org.pathway.role..")
                .layer("frameworks").definedBy("org.pathway.framework..")
                .layer("datasets").definedBy("org.pathway.dataset..")
                .layer("problems").definedBy("org.pathway.problem..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("command line").mayOnlyBeAccessedByLayers("application")
                .whereLayer("composition").mayOnlyBeAccessedByLayers("command line", "demo data")
                // the sign-in page names the demo password only while the demo users exist
                .whereLayer("demo data").mayOnlyBeAccessedByLayers("web")
                .whereLayer("synthetic data").mayOnlyBeAccessedByLayers("command line")
                .whereLayer("publishing").mayOnlyBeAccessedByLayers("web")
                .whereLayer("crosswalks").mayOnlyBeAccessedByLayers("web", "command line", "composition")
                .whereLayer("saved plans").mayOnlyBeAccessedByLayers("web")
                .whereLayer("planning").mayOnlyBeAccessedByLayers("saved plans", "web", "command line", "composition")
                .whereLayer("policy versions").mayOnlyBeAccessedByLayers("web")
                .whereLayer("workforce views").mayOnlyBeAccessedByLayers("planning", "policy versions", "crosswalks", "web",
                        "command line", "composition")
                .whereLayer("readiness analysis").mayOnlyBeAccessedByLayers("planning", "workforce views", "crosswalks",
                        "policy versions", "web", "command line", "composition")
                .whereLayer("rule base").mayOnlyBeAccessedByLayers("readiness analysis", "workforce views",
                        "policy versions", "web", "command line", "composition")
                .whereLayer("policy values").mayOnlyBeAccessedByLayers("rule base", "readiness analysis", "planning",
                        "workforce views", "policy versions", "web", "command line", "composition")
                .whereLayer("people").mayOnlyBeAccessedByLayers("cluster", "saved plans", "policy values",
                        "readiness analysis", "planning", "crosswalks",
                        "workforce views", "policy versions", "synthetic data", "demo data", "publishing", "web",
                        "command line", "composition")
                .whereLayer("security").mayOnlyBeAccessedByLayers("saved plans", "people", "demo data", "web")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("saved plans", "people", "policy versions", "security",
                        "publishing", "crosswalks", "web")
                .whereLayer("activities").mayOnlyBeAccessedByLayers("saved plans", "planning", "synthetic data",
                        "publishing", "web",
                        "command line", "composition")
                .whereLayer("role profiles").mayOnlyBeAccessedByLayers("people", "readiness analysis", "planning",
                        "crosswalks",
                        "workforce views", "synthetic data", "demo data", "publishing", "web", "command line",
                        "composition")
                .check(PATHWAY);
    }

    @Test
    void theDomainKnowsNothingOfTheWebOrTheDatabase() {
        noClasses().that().resideInAnyPackage("org.pathway.framework..", "org.pathway.role..",
                        "org.pathway.activity..", "org.pathway.rules..", "org.pathway.policy..",
                        "org.pathway.analysis..",
                        "org.pathway.workforce..", "org.pathway.planning..", "org.pathway.dataset..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "jakarta.persistence..", "org.springframework.data..")
                .check(PATHWAY);
    }
}
