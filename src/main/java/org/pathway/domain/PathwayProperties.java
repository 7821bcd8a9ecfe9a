package org.pathway.domain;

import java.nio.file.Path;
import org.pathway.policy.PolicyFile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Pathway reads its datasets, its rules and its policy values (the rules folder's {@code policy/policy.json}
 * unless told; relative to the working directory unless absolute), and whether the
 * service fills an empty database with the demo council. The service binds it from {@code pathway.*} properties; the
 * command line builds it from its {@code --datasets} and {@code --rules} options.
 */
@ConfigurationProperties("pathway")
public record PathwayProperties(
        @DefaultValue(DEFAULT_DATASETS) Path datasets,
        @DefaultValue(DEFAULT_RULES) Path rules,
        @DefaultValue("false") boolean demoData,
        Path policy) {

    public static final String DEFAULT_DATASETS = "datasets";
    public static final String DEFAULT_RULES = "rules";

    public PathwayProperties {
        datasets = datasets == null ? Path.of(DEFAULT_DATASETS) : datasets;
        rules = rules == null ? Path.of(DEFAULT_RULES) : rules;
        policy = policy == null ? PolicyFile.of(rules) : policy;
    }

    /** The folder of employee and workforce files shipped with the datasets. */
    public Path workforce() {
        return datasets.resolve("workforce");
    }
}
