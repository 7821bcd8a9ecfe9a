package org.pathway.analysis;

/**
 * How one requirement of a target role stands: met, or a gap from 0 (met) to 1 (nothing shown). {@code shortfall} is
 * the levels (ranks) short on ranked scales; {@code share} the behavioural share on scales with no levels.
 */
public record RequirementResult(RoleRequirement requirement, int attainedRank, double share, int shortfall, double gap,
        String rule) {

    /** Met on a ranked scale at {@code attainedRank}. */
    public static RequirementResult metAt(RoleRequirement requirement, int attainedRank, String rule) {
        return new RequirementResult(requirement, attainedRank, 0, 0, 0.0, rule);
    }

    /** Short on a ranked scale: the gap is the ranks short over the rank required (1 when nothing is attained). */
    public static RequirementResult shortAt(RoleRequirement requirement, int attainedRank, String rule) {
        int shortfall = requirement.requiredRank() - attainedRank;
        return new RequirementResult(requirement, attainedRank, 0, shortfall,
                (double) shortfall / requirement.requiredRank(), rule);
    }

    /** Met on a scale with no levels, with {@code share} of the behaviours shown. */
    public static RequirementResult metWithShare(RoleRequirement requirement, double share, String rule) {
        return new RequirementResult(requirement, 0, share, 0, 0.0, rule);
    }

    /** Short on a scale with no levels: the gap is the share missing over the share needed. */
    public static RequirementResult shortWithShare(RoleRequirement requirement, double share, double needed,
            String rule) {
        return new RequirementResult(requirement, 0, share, 0, (needed - share) / needed, rule);
    }

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

    /** The weight this requirement adds to the readiness score: its weight times the share of it met (1 - gap). */
    public double weightMet() {
        return weight() * (1 - gap);
    }

    public boolean met() {
        return gap == 0;
    }
}
