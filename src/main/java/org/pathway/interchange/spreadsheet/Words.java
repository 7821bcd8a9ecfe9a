package org.pathway.interchange.spreadsheet;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Values as HR reads and types them: enum names as words ("Rating with midpoints"), Yes/No, lists one per line. */
final class Words {

    private Words() {
    }

    static String of(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The constant whose name or words match, ignoring case, spaces, hyphens and underscores. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> TemplateLayout.same(e.name(), text))
                .findFirst();
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    static Optional<Boolean> parseYesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> Optional.of(true);
            case "no", "n", "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The values of a list cell: one per line, blank lines left out. */
    static List<String> lines(String cell) {
        return cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A number as HR would type it: 2 rather than 2.0. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
