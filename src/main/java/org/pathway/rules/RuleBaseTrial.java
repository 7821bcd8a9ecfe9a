package org.pathway.rules;

import java.util.List;

/**
 * What a rule base must survive before it is put in use: compiling is not enough, it must also run. A trial runs a
 * candidate and reports what failed; rules that compile but fail are refused like rules that do not compile.
 */
@FunctionalInterface
public interface RuleBaseTrial {

    /** No trial: rules that compile are used. */
    RuleBaseTrial NONE = candidate -> List.of();

    /** The problems running {@code candidate} met; none when it ran. */
    List<RuleProblem> run(RuleBase candidate);
}
