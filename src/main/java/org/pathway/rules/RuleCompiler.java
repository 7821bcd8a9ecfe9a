package org.pathway.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
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
    private static final String RESOURCES = "src/main/resources/";
    private static final String RELEASE_GROUP = "org.pathway.rules";
    private static final AtomicLong RELEASES = new AtomicLong();

    public RuleBase compile(Path folder) {
        return compile(RuleSources.read(folder));
    }

    public RuleBase compile(RuleSources sources) {
        KieServices kie = KieServices.get();
        KieFileSystem files = kie.newKieFileSystem();
        // a release of its own per compilation, so that compilations at the same time cannot meet in the repository
        ReleaseId release = kie.newReleaseId(RELEASE_GROUP, "rules",
                sources.version() + "." + RELEASES.incrementAndGet());
        files.generateAndWritePomXML(release);
        for (String file : sources.drlFiles()) {
            files.write(RESOURCES + file, sources.files().get(file));
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<RuleProblem> problems = new ArrayList<>(problems(sources, builder.getResults()));
        if (problems.isEmpty()) {
            problems.addAll(RuleStages.check(sources));
        }
        Optional<Policy> policy = policy(sources, problems);
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(release);
            throw new RuleCompilationException(problems);
        }
        KieBase kieBase = kie.newKieContainer(release).getKieBase();
        kie.getRepository().removeKieModule(release);
        List<String> compiled = new ArrayList<>(sources.drlFiles());
        compiled.add(PolicyFile.IN_RULES);
        return new RuleBase(kieBase, compiled, policy.orElseThrow(), sources);
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

    private static List<RuleProblem> problems(RuleSources sources, Results results) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : results.getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? null : message.getPath().replaceFirst("^" + RESOURCES, "");
            String source = path != null && sources.files().containsKey(path) ? path : null;
            String file = source == null ? sources.origin() : sources.pathOf(source);
            String text = source == null ? null : sources.files().get(source);
            problems.add(quoted(file, text, Math.max(message.getLine(), 0), message.getText()));
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
}
