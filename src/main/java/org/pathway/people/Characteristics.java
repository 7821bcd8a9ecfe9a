package org.pathway.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pathway.problem.FieldProblem;
import org.pathway.problem.Quotes;

/**
 * One person's protected characteristics, each optional (null when not recorded), as codes of
 * {@link Characteristic}'s vocabularies. Special category data: see {@link ProtectedCharacteristics}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Characteristics(String sex, String ageBand, String ethnicGroup, String disability, String religion,
        String sexualOrientation) {

    public static final Characteristics NONE = new Characteristics(null, null, null, null, null, null);

    public static Characteristics of(Map<Characteristic, String> values) {
        return new Characteristics(values.get(Characteristic.SEX), values.get(Characteristic.AGE_BAND),
                values.get(Characteristic.ETHNIC_GROUP), values.get(Characteristic.DISABILITY),
                values.get(Characteristic.RELIGION), values.get(Characteristic.SEXUAL_ORIENTATION));
    }

    /** The recorded value of one characteristic, or null. */
    public String value(Characteristic characteristic) {
        return switch (characteristic) {
            case SEX -> sex;
            case AGE_BAND -> ageBand;
            case ETHNIC_GROUP -> ethnicGroup;
            case DISABILITY -> disability;
            case RELIGION -> religion;
            case SEXUAL_ORIENTATION -> sexualOrientation;
        };
    }

    /** The group a report puts the person in for one characteristic: their value, or "not recorded". */
    public String groupOf(Characteristic characteristic) {
        String value = value(characteristic);
        return value == null ? Characteristic.NOT_RECORDED : value;
    }

    /** The characteristics recorded, in vocabulary order. */
    @JsonIgnore
    public Map<Characteristic, String> recorded() {
        Map<Characteristic, String> recorded = new EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            if (value(c) != null) {
                recorded.put(c, value(c));
            }
        }
        return recorded;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return recorded().isEmpty();
    }

    /** Each value outside its characteristic's vocabulary, with the values allowed. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        recorded().forEach((characteristic, value) -> {
            if (!characteristic.allows(value)) {
                problems.add(new FieldProblem(characteristic, "expected one of " + characteristic.codes()
                        + ", found " + Quotes.shortQuote(value)));
            }
        });
        return problems;
    }
}
