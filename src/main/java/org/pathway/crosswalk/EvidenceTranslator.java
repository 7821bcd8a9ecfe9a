package org.pathway.crosswalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pathway.analysis.CrosswalkOrigin;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Indicator;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;

/**
 * Carries an employee's evidence along the agreed links of a crosswalk into the other framework, as new evidence of the
 * linked competency: of the indicator the link names, or, for a competency link, of the linked competency's behaviour
 * at the corresponding level (the same share of the way up its scale) whose words are closest and that no other piece
 * of theirs already stands for. Each piece keeps its source, status and dates, and has a {@link CrosswalkOrigin} for
 * the rules to weigh by the link's strength. Only evidence of effective behaviours travels; ratings and ineffective
 * behaviours stay under their own framework. The employee's own evidence is never changed: the result is a copy.
 */
public final class EvidenceTranslator {

    private final FrameworkCatalogue frameworks;
    private final CrosswalkSuggester suggester;
    private final Map<String, List<ItemRef>> closest = new ConcurrentHashMap<>();

    public EvidenceTranslator(FrameworkCatalogue frameworks, CrosswalkSuggester suggester) {
        this.frameworks = frameworks;
        this.suggester = suggester;
    }

    /** The employee as the other framework would see them, holding {@code roleId} there, and each piece's origin. */
    public record Translated(Employee employee, List<CrosswalkOrigin> origins, int untranslated) {
    }

    public Translated translate(Employee employee, Crosswalk crosswalk, String roleId) {
        Framework from = frameworks.get(crosswalk.from());
        Framework to = frameworks.get(crosswalk.to());
        List<Evidence> evidence = new ArrayList<>();
        List<CrosswalkOrigin> origins = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int untranslated = 0;
        for (Evidence piece : employee.evidence()) {
            Optional<Indicator> indicator = piece.indicatorId() == null ? Optional.empty()
                    : from.indicator(piece.indicatorId());
            if (indicator.isEmpty() || indicator.get().polarity() != Polarity.EFFECTIVE) {
                untranslated++;
                continue;
            }
            boolean carried = false;
            for (CrosswalkLink link : linksOf(crosswalk, piece)) {
                Optional<Indicator> target = target(from, to, piece, indicator.get(), link, taken);
                if (target.isEmpty()) {
                    continue;
                }
                String id = "via:" + from.id() + ":" + piece.id() + ":" + link.toCompetency();
                taken.add(target.get().id());
                evidence.add(new Evidence(id, link.toCompetency(), target.get().id(), target.get().keyThemeId(), null,
                        piece.source(), piece.status(), piece.observedOn(), piece.validatedBy(), piece.validatedOn(),
                        piece.rejectionReason(), piece.example(), piece.recordedOn(), piece.recordedBy(),
                        piece.observedBy()));
                origins.add(new CrosswalkOrigin(id, link.strength().word(), origin(from, piece, indicator.get())));
                carried = true;
            }
            untranslated += carried ? 0 : 1;
        }
        Employee seen = new Employee(employee.id(), employee.name(), to.id(), roleId, employee.unit(),
                employee.managerId(), employee.contractedHours(), evidence);
        return new Translated(seen, origins, untranslated);
    }

    /** The agreed links the piece travels along: its indicator's own links if any, else its competency's. */
    private static List<CrosswalkLink> linksOf(Crosswalk crosswalk, Evidence piece) {
        List<CrosswalkLink> agreed = crosswalk.agreed().stream()
                .filter(l -> l.fromCompetency().equals(piece.competencyId())).toList();
        List<CrosswalkLink> indicatorLinks = agreed.stream()
                .filter(l -> piece.indicatorId().equals(l.fromIndicator())).toList();
        return !indicatorLinks.isEmpty() ? indicatorLinks : agreed.stream().filter(l -> l.fromIndicator() == null)
                .sorted(Comparator.comparing(CrosswalkLink::strength)).toList();
    }

    private Optional<Indicator> target(Framework from, Framework to, Evidence piece, Indicator indicator,
            CrosswalkLink link, Set<String> taken) {
        if (link.toIndicator() != null) {
            return to.indicator(link.toIndicator());
        }
        Competency source = from.competency(piece.competencyId()).orElseThrow();
        Competency target = to.competency(link.toCompetency()).orElseThrow();
        String level = correspondingLevel(from.levelsOf(source), indicator.levelId(), to.levelsOf(target));
        List<ItemRef> ranked = closest.computeIfAbsent(from.id() + "|" + indicator.id() + "|" + to.id() + "|"
                + target.id(), k -> suggester.indicatorsWithin(from.id(), source.id(), indicator.id(), to.id(),
                target.id()));
        return ranked.stream().map(ref -> to.indicator(ref.indicator()).orElseThrow())
                .filter(i -> level == null || i.appliesAtEveryLevel() || i.levelId().equals(level))
                .filter(i -> !taken.contains(i.id())).findFirst();
    }

    /** The level of the target's scale as far up it as the source's level is up its own; null where there are none. */
    static String correspondingLevel(List<Level> fromLevels, String fromLevel, List<Level> toLevels) {
        if (toLevels.isEmpty()) {
            return null;
        }
        int at = fromLevels.stream().map(Level::id).toList().indexOf(fromLevel);
        double share = at < 0 || fromLevels.isEmpty() ? 1.0 : (at + 1.0) / fromLevels.size();
        int index = (int) Math.ceil(share * toLevels.size()) - 1;
        return toLevels.get(Math.max(0, Math.min(toLevels.size() - 1, index))).id();
    }

    /** "Ashfield/Mansfield 'Collaborating and partnering' Level 2 - Service Managers". */
    private static String origin(Framework from, Evidence piece, Indicator indicator) {
        String competency = from.competency(piece.competencyId()).map(Competency::name).orElse(piece.competencyId());
        String level = indicator.levelId() == null ? "" : " " + from.scale().levels().stream()
                .filter(l -> l.id().equals(indicator.levelId())).map(Level::label).findFirst().orElse("");
        return councils(from) + " '" + competency + "'" + level;
    }

    static String councils(Framework framework) {
        List<String> names = framework.organisations().stream()
                .map(o -> o.replaceAll(" (District|Borough|City|County)? ?Council.*$", "").trim())
                .filter(n -> !n.isEmpty()).toList();
        return names.isEmpty() ? framework.name() : String.join("/", names);
    }
}
