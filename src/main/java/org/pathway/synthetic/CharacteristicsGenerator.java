package org.pathway.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pathway.people.Characteristic;
import org.pathway.people.Characteristics;
import org.pathway.people.Employee;

/**
 * Gives a generated workforce plausible, optional protected characteristics and leaving dates, on a random stream of
 * its own (so the rest of the workforce is what the same seed always gave). The shares are those of a English district
 * council's workforce, roughly: more women than men, an older workforce, about one in ten disabled, some people
 * preferring not to say and some values not recorded at all; people aged 55 and over may have a planned retirement
 * date, and a few others a leaving date, within three years.
 */
final class CharacteristicsGenerator {

    /** A value not recorded at all, for each characteristic. */
    private static final double NOT_RECORDED = 0.05;

    private static final Map<Characteristic, Object[]> SHARES = new EnumMap<>(Map.of(
            Characteristic.SEX, new Object[] {"female", 0.62, "male", 0.35, "prefer-not-to-say", 0.03},
            Characteristic.AGE_BAND, new Object[] {"16-24", 0.07, "25-34", 0.20, "35-44", 0.24, "45-54", 0.26,
                "55-64", 0.19, "65-plus", 0.02, "prefer-not-to-say", 0.02},
            Characteristic.ETHNIC_GROUP, new Object[] {"white", 0.84, "asian", 0.07, "black", 0.03, "mixed", 0.02,
                "other", 0.01, "prefer-not-to-say", 0.03},
            Characteristic.DISABILITY, new Object[] {"disabled", 0.10, "not-disabled", 0.84, "prefer-not-to-say", 0.06},
            Characteristic.RELIGION, new Object[] {"no-religion", 0.40, "christian", 0.43, "muslim", 0.05, "hindu",
                0.02, "sikh", 0.01, "jewish", 0.005, "buddhist", 0.005, "other", 0.01, "prefer-not-to-say", 0.07},
            Characteristic.SEXUAL_ORIENTATION, new Object[] {"heterosexual", 0.88, "gay-or-lesbian", 0.02, "bisexual",
                0.02, "other", 0.005, "prefer-not-to-say", 0.075}));

    private CharacteristicsGenerator() {
    }

    static List<Employee> withCharacteristics(List<Employee> employees, long seed, LocalDate asOf) {
        Random random = new Random(seed * 7919 + 17);
        List<Employee> described = new ArrayList<>(employees.size());
        for (Employee e : employees) {
            Map<Characteristic, String> values = new EnumMap<>(Characteristic.class);
            for (Characteristic c : Characteristic.values()) {
                String value = pick(random, SHARES.get(c));
                if (random.nextDouble() >= NOT_RECORDED) {
                    values.put(c, value);
                }
            }
            String age = values.get(Characteristic.AGE_BAND);
            double leaving = "65-plus".equals(age) ? 0.5 : "55-64".equals(age) ? 0.15 : 0.03;
            LocalDate leavingOn = random.nextDouble() < leaving ? asOf.plusDays(30 + random.nextInt(3 * 365)) : null;
            described.add(new Employee(e.id(), e.name(), e.frameworkId(), e.currentRoleId(), e.unit(), e.managerId(),
                    e.contractedHours(), e.evidence(), Characteristics.of(values), leavingOn));
        }
        return described;
    }

    private static String pick(Random random, Object[] valuesAndShares) {
        double roll = random.nextDouble();
        for (int i = 0; i < valuesAndShares.length; i += 2) {
            roll -= (Double) valuesAndShares[i + 1];
            if (roll < 0) {
                return (String) valuesAndShares[i];
            }
        }
        return (String) valuesAndShares[valuesAndShares.length - 2];
    }
}
