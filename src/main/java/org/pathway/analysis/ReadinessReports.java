package org.pathway.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathway.analysis.ReadinessReport.EvidenceLine;
import org.pathway.analysis.ReadinessReport.IndicatorLine;
import org.pathway.analysis.ReadinessReport.Named;
import org.pathway.analysis.ReadinessReport.Person;
import org.pathway.analysis.ReadinessReport.RedFlagLine;
import org.pathway.analysis.ReadinessReport.RequirementLine;
import org.pathway.analysis.ReadinessReport.SetAside;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Indicator;
import org.pathway.framework.Polarity;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;

/** Turns what the rules concluded into a {@link ReadinessReport}: names, level labels and indicator texts filled in. */
public final class ReadinessReports {

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    public ReadinessReports(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    public ReadinessReport report(Employee employee, Analysis analysis, String roleId) {
        Framework framework = frameworks.get(employee.frameworkId());
        RoleProfile role = roles.get(framework.id(), roleId);
        Readiness readiness = analysis.readinessFor(roleId)
                .orElseThrow(() -> new IllegalStateException("the rules gave no verdict for role " + roleId));
        ReadinessScore score = analysis.scoreFor(roleId).orElseThrow();
        Map<String, Evidence> evidence = employee.evidence().stream()
                .collect(Collectors.toMap(Evidence::id, Function.identity()));
        GapProgress progress = new GapProgress(framework, analysis);
        List<RequirementLine> lines = analysis.resultsFor(roleId).stream()
                .sorted(Comparator.comparing(RequirementResult::met).thenComparing(r -> !r.essential())
                        .thenComparing(r -> -r.gap()).thenComparing(RequirementResult::competencyId))
                .map(result -> line(framework, analysis, progress, result, evidence))
                .toList();
        return new ReadinessReport(new Person(employee.id(), employee.name()), new Named(framework.id(), framework.name()),
                new Named(employee.currentRoleId(), roles.get(framework.id(), employee.currentRoleId()).title()),
                analysis.asOf(), new Named(role.id(), role.title()), role.basis().name(), readiness.verdict(),
                readiness.score(), readiness.rule(), score.rule(), lines, redFlags(framework, analysis, evidence),
                setAside(framework, analysis), analysis.firedRules(), analysis.decidedUnder());
    }

    /** The ranked promotion paths of an analysis made with {@link ReadinessEngine#paths}. */
    public PathsReport paths(Employee employee, Analysis analysis) {
        Framework framework = frameworks.get(employee.frameworkId());
        List<PathsReport.Path> paths = analysis.rankedPaths().stream()
                .map(p -> new PathsReport.Path(p.path().roleIds().stream().skip(1)
                        .map(id -> rung(framework, analysis, id)).toList(), p.verdict(), p.score(), p.rule()))
                .toList();
        List<ReadinessReport> reports = analysis.readiness().stream()
                .sorted(Comparator.comparingInt((Readiness r) -> roles.get(framework.id(), r.roleId()).seniority())
                        .thenComparing(Readiness::roleId))
                .map(r -> report(employee, analysis, r.roleId()))
                .toList();
        return new PathsReport(new Person(employee.id(), employee.name()), new Named(framework.id(), framework.name()),
                new Named(employee.currentRoleId(), roles.get(framework.id(), employee.currentRoleId()).title()),
                analysis.asOf(), paths, reports);
    }

    private PathsReport.Rung rung(Framework framework, Analysis analysis, String roleId) {
        Readiness readiness = analysis.readinessFor(roleId).orElseThrow();
        return new PathsReport.Rung(roleId, roles.get(framework.id(), roleId).title(), readiness.verdict(),
                readiness.score());
    }

    private static RequirementLine line(Framework framework, Analysis analysis, GapProgress progress,
            RequirementResult result, Map<String, Evidence> evidence) {
        Competency competency = framework.competency(result.competencyId()).orElseThrow();
        boolean ranked = result.requirement().requiredRank() > 0;
        double share = analysis.policy().behaviouralShare();
        String required = ranked ? framework.levelLabel(result.requirement().requiredRank())
                : percent(share) + " of its effective behaviours";
        String attained = ranked ? framework.levelLabel(result.attainedRank()) : percent(result.share()) + " shown";
        // ineffective behaviours are red flags, listed as such: a requirement rests on effective evidence only
        List<EvidenceLine> resting = analysis.countingEvidence().stream()
                .filter(c -> c.competencyId().equals(competency.id()) && c.evidence().polarity() == Polarity.EFFECTIVE)
                .map(c -> evidenceLine(framework, competency, c, evidence.get(c.evidence().evidenceId())))
                .sorted(Comparator.comparing(EvidenceLine::id))
                .toList();
        List<IndicatorLine> missing = analysis.missingFor(result.roleId(), competency.id()).stream()
                .map(m -> indicatorLine(framework, competency, competency.indicators().stream()
                        .filter(i -> i.id().equals(m.indicatorId())).findFirst().orElseThrow(),
                        progress.ofBehaviour(m.indicatorId())))
                .sorted(Comparator.comparing(IndicatorLine::id))
                .toList();
        String attainmentRule = analysis.attainmentOf(competency.id()).map(Attainment::rule).orElse(null);
        return new RequirementLine(new Named(competency.id(), competency.name()), result.essential(), result.weight(),
                required, attained, result.met(), result.gap(), result.shortfall(), result.rule(), attainmentRule,
                resting, missing, progress.ofRequirement(competency, result));
    }

    private static EvidenceLine evidenceLine(Framework framework, Competency competency, CountingEvidence counting,
            Evidence evidence) {
        String about = evidence.givesRating()
                ? competency.keyThemeName(evidence.keyThemeId()) + " rated "
                        + framework.scale().level(evidence.ratingLevelId()).orElseThrow().label()
                : framework.indicator(evidence.indicatorId()).map(Indicator::text).orElse(evidence.indicatorId());
        return new EvidenceLine(evidence.id(), evidence.source() + " " + evidence.status(), evidence.observedOn(), about,
                evidence.example(), counting.rule(), evidence.source().words() + ", " + evidence.status().words());
    }

    private static IndicatorLine indicatorLine(Framework framework, Competency competency, Indicator indicator,
            String needs) {
        String level = indicator.levelId() == null ? "every level"
                : framework.scale().level(indicator.levelId()).orElseThrow().label();
        return new IndicatorLine(indicator.id(), level, competency.keyThemeName(indicator.keyThemeId()), indicator.text(),
                needs);
    }

    private static List<RedFlagLine> redFlags(Framework framework, Analysis analysis, Map<String, Evidence> evidence) {
        return analysis.redFlags().stream()
                .map(flag -> new RedFlagLine(named(framework, flag.competencyId()), flag.indicatorId(),
                        framework.indicator(flag.indicatorId()).map(Indicator::text).orElse(flag.indicatorId()),
                        flag.evidenceId(), evidence.get(flag.evidenceId()).observedOn(), flag.rule()))
                .sorted(Comparator.comparing(RedFlagLine::evidenceId))
                .toList();
    }

    private static List<SetAside> setAside(Framework framework, Analysis analysis) {
        return analysis.discountedEvidence().stream()
                .map(d -> new SetAside(d.evidence().evidenceId(), named(framework, d.competencyId()), d.reason(), d.rule()))
                .sorted(Comparator.comparing(SetAside::evidenceId))
                .toList();
    }

    private static Named named(Framework framework, String competencyId) {
        return new Named(competencyId, framework.competency(competencyId).map(Competency::name).orElse(competencyId));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
