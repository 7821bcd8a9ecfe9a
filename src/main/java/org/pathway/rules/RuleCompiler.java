package org.pathway.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.jci.CompilationProblem;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles every {@code *.drl} under a rules folder into a {@link RuleBase}, or refuses the whole folder with each error's
 * file and line, quoting the text of that line: a half-compiled policy is never used.
 */
public final class RuleCompiler {

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    public RuleBase compile(Path folder) {
        List<Path> files = drlFiles(folder);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Path file : files) {
            Resource resource = ResourceFactory.newFileResource(file.toFile());
            resource.setSourcePath(relative(folder, file));
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new RuleCompilationException(problems(folder, builder));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return new RuleBase(kieBase, files.stream().map(f -> relative(folder, f)).toList());
    }

    private static List<Path> drlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(new RuleProblem(folder.toString(), 0,
                    "expected a folder of .drl files")));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
            if (files.isEmpty()) {
                throw new RuleCompilationException(List.of(new RuleProblem(folder.toString(), 0,
                        "expected at least one .drl file")));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleProblem> problems(Path folder, KnowledgeBuilder builder) {
        List<RuleProblem> problems = new ArrayList<>();
        ConsequenceLines consequences = new ConsequenceLines((KnowledgeBuilderImpl) builder);
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String file = error.getResource() == null ? folder.toString()
                    : folder.resolve(error.getResource().getSourcePath()).toString();
            if (error instanceof DescrBuildError built && built.getObject() instanceof CompilationProblem[] java) {
                // a consequence that does not compile: each Java problem at its own line
                for (CompilationProblem problem : java) {
                    int line = consequences.lineOf(problem).orElse(line(error));
                    problems.add(quoted(file, line, problem.getMessage()));
                }
            } else {
                problems.add(quoted(file, line(error), error.getMessage()));
            }
        }
        // a parse error is followed by "Parser returned a null Package" for the same file: the first says it all
        return problems.stream()
                .filter(p -> !p.message().startsWith(NULL_PACKAGE) || problems.stream()
                        .noneMatch(other -> other != p && other.file().equals(p.file())))
                .toList();
    }

    /** A problem with the text of its line quoted, so that the reader sees what is wrong where. */
    private static RuleProblem quoted(String file, int line, String message) {
        String text = message.strip().replaceAll("\\s+", " ");
        return new RuleProblem(file, line,
                lineText(file, line).map(quote -> text + " in \"" + quote + "\"").orElse(text));
    }

    private static Optional<String> lineText(String file, int line) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return line > 0 && line <= lines.size() ? Optional.of(lines.get(line - 1).strip()) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The error's line; for expression errors reported without one, the line of the rule that holds them. */
    private static int line(KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        if (lines.length > 0 && lines[0] > 0) {
            return lines[0];
        }
        if (error instanceof DescrBuildError built && built.getParentDescr() != null) {
            return built.getParentDescr().getLine();
        }
        return 0;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
