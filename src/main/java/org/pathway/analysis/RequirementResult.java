package org.pathway.analysis;

/**
 * How one requirement of a target role stands: met, or a gap from 0 (met) to 1 (nothing shown). {@code shortfall} is
 * the levels (ranks) short on ranked scales; {@code share} the behavioural share on scales with no levels.
 */
public record RequirementResult(RoleRequirement requirement, int attainedRank, double share, int shortfall, double gap,
        String rule) {

    public String roleId() {
        return requirement.roleId();
    }

    public String competencyId() {
        return requirement.competencyId();
    }

    public boolean essential() {
        return requirement.essential();
    }

    public double weight() {
        return requirement.weight();
    }

    public boolean met() {
        return gap == 0;
    }
}
