package org.pathway.workforce;

import java.util.List;
import org.pathway.analysis.Verdict;
import org.pathway.people.Unit;
import org.pathway.workforce.EmployeeFindings.GapFinding;
import org.pathway.workforce.EmployeeFindings.RoleFinding;

/** Four Ashfield/Mansfield employees with findings written by hand, for checking the workforce views' arithmetic. */
final class HandWorkedWorkforce {

    static final String SEEING = "seeing-the-big-picture";
    static final String PACE = "delivering-at-pace";

    private HandWorkedWorkforce() {
    }

    static GapFinding essential(String competency, int rank) {
        return new GapFinding(competency, rank, true, 2, 0.5);
    }

    static GapFinding desirable(String competency, int rank) {
        return new GapFinding(competency, rank, false, 1, 0.5);
    }

    /** The version the hand-worked findings are said to be decided under. */
    static final String VERSION = "0123456789ab";

    /** The verdict rule the hand-worked findings are said to be decided by. */
    static final String RULE = "hand-worked verdict";

    /** An officer short in big picture now; for team leader also at pace (desirable), for supervisor at pace (essential). */
    static final EmployeeFindings P1 = new EmployeeFindings("p1", "One", "ashfield-mansfield", "officer",
            new Unit("Place", "Housing", "Tenancy Services"), 37, List.of(
                    new RoleFinding("officer", Verdict.READY_IN_1_2_YEARS, 80, RULE, List.of(essential(SEEING, 1))),
                    new RoleFinding("team-leader", Verdict.NOT_YET, 60, RULE,
                            List.of(essential(SEEING, 1), desirable(PACE, 1))),
                    new RoleFinding("supervisor", Verdict.READY_IN_1_2_YEARS, 70, RULE, List.of(essential(PACE, 1)))),
            1, VERSION);

    /** An officer with nothing short now, and only a desirable gap for team leader. */
    static final EmployeeFindings P2 = new EmployeeFindings("p2", "Two", "ashfield-mansfield", "officer",
            new Unit("Place", "Planning", "Building Control"), 37, List.of(
                    new RoleFinding("officer", Verdict.READY_NOW, 100, RULE, List.of()),
                    new RoleFinding("team-leader", Verdict.READY_NOW, 95, RULE, List.of(desirable(PACE, 1))),
                    new RoleFinding("supervisor", Verdict.READY_NOW, 100, RULE, List.of())),
            0, VERSION);

    /** A team leader short (desirable) in big picture now, and at Level 2 for service manager. */
    static final EmployeeFindings P3 = new EmployeeFindings("p3", "Three", "ashfield-mansfield", "team-leader",
            new Unit("Resources", "Finance", "Audit"), 37, List.of(
                    new RoleFinding("team-leader", Verdict.READY_NOW, 95, RULE, List.of(desirable(SEEING, 1))),
                    new RoleFinding("service-manager", Verdict.NOT_YET, 50, RULE, List.of(essential(SEEING, 2)))),
            0, VERSION);

    static final List<EmployeeFindings> ALL = List.of(P1, P2, P3);
}
