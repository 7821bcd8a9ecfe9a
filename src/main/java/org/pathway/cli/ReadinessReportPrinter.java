package org.pathway.cli;

import java.io.PrintWriter;
import org.pathway.analysis.ReadinessReport;
import org.pathway.analysis.ReadinessReport.EvidenceLine;
import org.pathway.analysis.ReadinessReport.IndicatorLine;
import org.pathway.analysis.ReadinessReport.RequirementLine;

/** Prints a readiness report for a person to read: the verdict and why, then each requirement, gaps first. */
final class ReadinessReportPrinter {

    private final PrintWriter out;

    ReadinessReportPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ReadinessReport report) {
        out.printf("%s (%s), %s, %s%n", report.employee().name(), report.employee().id(), report.currentRole().name(),
                report.framework().name());
        out.printf("Target role: %s%s   as of %s%n%n", report.role().name(),
                "ILLUSTRATIVE".equals(report.roleBasis()) ? " (illustrative profile)" : "", report.asOf());
        out.printf("VERDICT: %s   score %d/100%n", report.verdict().words().toUpperCase(), report.score());
        out.printf("  decided by rule \"%s\" under policy and rules version %s%n", report.verdictRule(),
                report.decidedUnder());
        long essentialGaps = report.requirements().stream().filter(r -> r.essential() && !r.met()).count();
        long gaps = report.requirements().stream().filter(r -> !r.met()).count();
        out.printf("  %d of %d requirements met; %d essential gap%s; %d red flag%s; %d piece%s of evidence set aside%n",
                report.requirements().size() - gaps, report.requirements().size(), essentialGaps,
                essentialGaps == 1 ? "" : "s", report.redFlags().size(), report.redFlags().size() == 1 ? "" : "s",
                report.evidenceSetAside().size(), report.evidenceSetAside().size() == 1 ? "" : "s");

        if (!report.redFlags().isEmpty()) {
            out.printf("%nRED FLAGS%n");
            report.redFlags().forEach(f -> out.printf("  ! %s: \"%s\" (evidence %s, %s)%n      rule \"%s\"%n",
                    f.competency().name(), f.behaviour(), f.evidenceId(), f.observedOn(), f.rule()));
        }
        out.printf("%nREQUIREMENTS%n");
        report.requirements().forEach(this::printRequirement);
        if (!report.evidenceSetAside().isEmpty()) {
            out.printf("%nEVIDENCE NOT COUNTED%n");
            report.evidenceSetAside().forEach(s -> out.printf("  %s (%s): %s%n", s.evidenceId(), s.competency().name(),
                    s.reason()));
        }
    }

    private void printRequirement(RequirementLine line) {
        out.printf("%n  [%s] %s (%s, weight %s)%n", line.met() ? "met" : "GAP", line.competency().name(),
                line.essential() ? "essential" : "desirable", trim(line.weight()));
        out.printf("      required %s; attained %s", line.required(), line.attained());
        if (!line.met()) {
            out.printf("; gap %.2f", line.gap());
        }
        out.printf("%n      rule \"%s\"%n", line.rule());
        for (EvidenceLine evidence : line.evidence()) {
            out.printf("      evidence %s (%s, %s): %s%n", evidence.id(), evidence.source(), evidence.observedOn(),
                    evidence.about());
        }
        if (!line.missingBehaviours().isEmpty()) {
            out.printf("      behaviours to show:%n");
            for (IndicatorLine missing : line.missingBehaviours()) {
                out.printf("        - %s%s: %s%n", missing.level(),
                        missing.keyTheme() == null ? "" : ", " + missing.keyTheme(), missing.text());
            }
        }
    }

    private static String trim(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
    }
}
