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
 * DRL files exactly as this build shipped them are not compiled again but taken from {@link PrebuiltRules}.
 */
public final class RuleCompiler {

    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String RESOURCES = "src/main/resources/";
    static final String RELEASE_GROUP = "org.pathway.rules";
    private static final AtomicLong RELEASES = new AtomicLong();

    private final PrebuiltRules prebuilt;

    /** Uses the rules prebuilt by this build for the DRL files they were built from. */
    public RuleCompiler() {
        this(PrebuiltRules.shipped());
    }

    public RuleCompiler(PrebuiltRules prebuilt) {
        this.prebuilt = prebuilt;
    }

    public RuleBase compile(Path folder) {
        return compile(RuleSources.read(folder));
    }

    public RuleBase compile(RuleSources sources) {
        List<RuleProblem> problems = new ArrayList<>();
        Optional<KieBase> kieBase = prebuilt.kieBase(sources).or(() -> fromDrl(sources, problems));
        if (problems.isEmpty()) {
            problems.addAll(RuleStages.check(sources));
        }
        Optional<Policy> policy = policy(sources, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        List<String> compiled = new ArrayList<>(sources.drlFiles());
        compiled.add(PolicyFile.IN_RULES);
        return new RuleBase(kieBase.orElseThrow(), compiled, policy.orElseThrow(), sources);
    }

    /** The DRL files of {@code sources} in a KIE file system, as a module {@code release}. */
    static KieFileSystem files(KieServices kie, ReleaseId release, RuleSources sources) {
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(release);
        for (String file : sources.drlFiles()) {
            files.write(RESOURCES + file, sources.files().get(file));
        }
        return files;
    }

    /** Compiles the DRL text, or adds its errors to {@code problems}. */
    private static Optional<KieBase> fromDrl(RuleSources sources, List<RuleProblem> problems) {
        KieServices kie = KieServices.get();
        // a release of its own per compilation, so that compilations at the same time cannot meet in the repository
        ReleaseId release = kie.newReleaseId(RELEASE_GROUP, "rules",
                sources.version() + "." + RELEASES.incrementAndGet());
        try {
            KieBuilder builder = kie.newKieBuilder(files(kie, release, sources)).buildAll();
            problems.addAll(problems(sources, builder.getResults()));
            return problems.isEmpty() ? Optional.of(kie.newKieContainer(release).getKieBase()) : Optional.empty();
        } finally {
            kie.getRepository().removeKieModule(release);
        }
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
