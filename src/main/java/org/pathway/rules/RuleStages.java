package org.pathway.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.KieSession;

/**
 * The stages the rules run in, in order: each rule names its stage with {@code ruleflow-group "stage"} (Drools 10's
 * name for a named group of rules; the older {@code agenda-group} is deprecated), and a session
 * runs every rule of one stage before any rule of the next. The flow is real: the rules conclude with plain inserts,
 * so a rule that counts or looks for the absence of an earlier conclusion ("no tier met yet", the readiness score over
 * every requirement) must wait until those conclusions are all drawn. Without the stages the rules disagree with the
 * reference evaluator on every framework (measured when the stages replaced salience numbers; rules/README.md).
 *
 * <p>A rule that names no stage, or a stage not listed here, is refused with its file and line, so that a rule added
 * to the folder can never sit unnoticed in a group that never runs.
 */
public final class RuleStages {

    /** The stages in the order they run. */
    public static final List<String> IN_ORDER = List.of("counting", "translation", "repeats", "demonstration", "levels",
            "attainment", "gaps", "explanation", "score", "verdict", "paths");

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern STAGE = Pattern.compile("^\\s*ruleflow-group\\s+\"([^\"]*)\"");

    private RuleStages() {
    }

    /** Puts the stages on the session's agenda, the first on top, so that they run in order. */
    static void focus(KieSession session) {
        for (int i = IN_ORDER.size() - 1; i >= 0; i--) {
            session.getAgenda().getAgendaGroup(IN_ORDER.get(i)).setFocus();
        }
    }

    /** Each rule that names no stage or an unknown one, with its file and line. */
    static List<RuleProblem> check(RuleSources sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String file : sources.drlFiles()) {
            List<String> lines = sources.files().get(file).lines().toList();
            String rule = null;
            int ruleLine = 0;
            boolean staged = false;
            for (int i = 0; i < lines.size(); i++) {
                Matcher header = RULE.matcher(lines.get(i));
                Matcher stage = STAGE.matcher(lines.get(i));
                if (header.find()) {
                    rule = header.group(1);
                    ruleLine = i + 1;
                    staged = false;
                } else if (rule != null && stage.find()) {
                    staged = true;
                    if (!IN_ORDER.contains(stage.group(1))) {
                        problems.add(new RuleProblem(sources.pathOf(file), i + 1, "rule " + rule + ": \""
                                + stage.group(1) + "\" is not a stage; expected one of " + String.join(", ", IN_ORDER)
                                + " (the order they run in)"));
                    }
                } else if (rule != null && WHEN.matcher(lines.get(i)).find()) {
                    if (!staged) {
                        problems.add(new RuleProblem(sources.pathOf(file), ruleLine, "rule " + rule
                                + " names no stage: add ruleflow-group \"STAGE\" before \"when\", with STAGE one of "
                                + String.join(", ", IN_ORDER) + " (the order they run in)"));
                    }
                    rule = null;
                }
            }
        }
        return problems;
    }
}
