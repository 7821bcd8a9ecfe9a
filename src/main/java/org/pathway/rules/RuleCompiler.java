package org.pathway.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.pathway.dataset.DatasetProblem;
import org.pathway.policy.Policy;
import org.pathway.policy.PolicyFile;
import org.pathway.policy.PolicySchema;

/**
 * Compiles every {@code *.drl} under a rules folder into a {@link RuleBase}, with the policy file beside them as the
 * policy every session is given, or refuses the whole folder with each error's file and line (quoting the text of that
 * line) or, in the policy file, its JSON pointer and the values allowed there: a half-compiled policy is never used.
 */
public final class RuleCompiler {

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    public RuleBase compile(Path folder) {
        return compile(RuleSources.read(folder));
    }

    public RuleBase compile(RuleSources sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String file : sources.drlFiles()) {
            Resource resource = ResourceFactory.newByteArrayResource(
                    sources.files().get(file).getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file);
            builder.add(resource, ResourceType.DRL);
        }
        List<RuleProblem> problems = new ArrayList<>();
        if (builder.hasErrors()) {
            problems.addAll(problems(sources, builder));
        }
        problems.addAll(RuleStages.check(sources));
        Optional<Policy> policy = policy(sources, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        List<String> files = new ArrayList<>(sources.drlFiles());
        files.add(PolicyFile.IN_RULES);
        return new RuleBase(kieBase, files, policy.orElseThrow(), sources);
    }

    private static Optional<Policy> policy(RuleSources sources, List<RuleProblem> problems) {
        String name = sources.pathOf(PolicyFile.IN_RULES);
        if (sources.policy() == null) {
            problems.add(new RuleProblem(name, 0, "expected the policy values file (JSON, described by "
                    + PolicySchema.FILE + ")"));
            return Optional.empty();
        }
        List<DatasetProblem> found = new ArrayList<>();
        Optional<Policy> policy = PolicyFile.parse(name, sources.policy(), found);
        found.forEach(p -> problems.add(new RuleProblem(p.file(), 0,
                p.pointer().isEmpty() ? p.message() : "at " + p.pointer() + ": " + p.message())));
        return policy;
    }

    private static List<RuleProblem> problems(RuleSources sources, KnowledgeBuilder builder) {
        List<RuleProblem> problems = new ArrayList<>();
        ConsequenceLines consequences = new ConsequenceLines((KnowledgeBuilderImpl) builder);
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String source = error.getResource() == null ? null : error.getResource().getSourcePath();
            String file = source == null ? sources.origin() : sources.pathOf(source);
            String text = source == null ? null : sources.files().get(source);
            if (error instanceof DescrBuildError built && built.getObject() instanceof CompilationProblem[] java) {
                // a consequence that does not compile: each Java problem at its own line
                for (CompilationProblem problem : java) {
                    int line = consequences.lineOf(problem).orElse(line(error));
                    problems.add(quoted(file, text, line, problem.getMessage()));
                }
            } else {
                problems.add(quoted(file, text, line(error), error.getMessage()));
            }
        }
        // a parse error is followed by "Parser returned a null Package" for the same file: the first says it all
        return problems.stream()
                .filter(p -> !p.message().startsWith(NULL_PACKAGE) || problems.stream()
                        .noneMatch(other -> other != p && other.file().equals(p.file())))
                .toList();
    }

    /** A problem with the text of its line quoted, so that the reader sees what is wrong where. */
    private static RuleProblem quoted(String file, String source, int line, String message) {
        String text = message.strip().replaceAll("\\s+", " ");
        return new RuleProblem(file, line,
                lineText(source, line).map(quote -> text + " in \"" + quote + "\"").orElse(text));
    }

    private static Optional<String> lineText(String source, int line) {
        List<String> lines = source == null ? List.of() : source.lines().toList();
        return line > 0 && line <= lines.size() ? Optional.of(lines.get(line - 1).strip()) : Optional.empty();
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
}
