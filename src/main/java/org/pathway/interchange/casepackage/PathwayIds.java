package org.pathway.interchange.casepackage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pathway ids for items of packages that do not carry them: made from the item's humanCodingScheme where it gives a
 * usable and unused one (readable, and stable while the publisher keeps its codes), else from its CASE identifier
 * (stable across re-imports of the same package).
 */
final class PathwayIds {

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(?:[-.][a-z0-9]+)*$");

    private PathwayIds() {
    }

    static String forItem(CasePackage.Item item, Set<String> used) {
        for (String candidate : new String[] {slug(item.humanCodingScheme()), item.identifier(), slug(item.identifier()),
                "item-" + (item.index() + 1)}) {
            if (candidate != null && ID.matcher(candidate).matches() && used.add(candidate)) {
                return candidate;
            }
        }
        for (int n = 2; ; n++) {
            String candidate = "item-" + (item.index() + 1) + "-" + n;
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Lower-case letters and digits joined by "-"; null when nothing is left. */
    static String slug(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = Arrays.stream(plain.split("[^a-z0-9]+")).filter(s -> !s.isEmpty()).collect(Collectors.joining("-"));
        return slug.isEmpty() ? null : slug;
    }
}
