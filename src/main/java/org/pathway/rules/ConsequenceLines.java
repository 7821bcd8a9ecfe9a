package org.pathway.rules;

import java.util.Optional;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.kie.internal.jci.CompilationProblem;

/**
 * Where a Java compilation problem in a rule's consequence ({@code then} ... {@code end}) is in the DRL file. Drools
 * compiles each consequence into a generated class and reports the line in that class; its line mapping (the line of
 * {@code then} and the line the consequence starts at in the generated class) gives the DRL line back.
 */
final class ConsequenceLines {

    /** The generated class puts three lines between the mapped offset and the consequence's first statement. */
    private static final int GENERATED_LINES_BEFORE_BODY = 3;

    private final KnowledgeBuilderImpl builder;

    ConsequenceLines(KnowledgeBuilderImpl builder) {
        this.builder = builder;
    }

    /** The DRL line of {@code problem}, when it is in a generated consequence class Drools kept a mapping for. */
    Optional<Integer> lineOf(CompilationProblem problem) {
        String className = problem.getFileName().replaceAll("\\.java$", "").replace('/', '.');
        int dot = className.lastIndexOf('.');
        PackageRegistry registry = dot < 0 ? null : builder.getPackageRegistry(className.substring(0, dot));
        if (registry == null) {
            return Optional.empty();
        }
        LineMappings mapping = registry.getPackage().getDialectRuntimeRegistry().getLineMappings(className);
        if (mapping == null) {
            return Optional.empty();
        }
        return Optional.of(mapping.getStartLine() + problem.getStartLine() - mapping.getOffset()
                - GENERATED_LINES_BEFORE_BODY);
    }
}
