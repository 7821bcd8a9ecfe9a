package org.pathway.workforce;

import org.pathway.problem.InvalidRequestException;
import org.pathway.problem.Quotes;
import java.util.List;
import java.util.stream.Stream;
import org.pathway.people.Unit;

/**
 * Which part of the council a view covers: everyone, or a directorate, a service in it, or a team in that
 * ("Place", "Place/Housing", "Place/Housing/Tenancy Services"; case does not matter).
 */
public record UnitScope(List<String> path) {

    public static final UnitScope WHOLE_COUNCIL = new UnitScope(List.of());

    public static UnitScope parse(String text) {
        if (text == null || text.isBlank()) {
            return WHOLE_COUNCIL;
        }
        List<String> parts = Stream.of(text.split("/")).map(String::strip).toList();
        if (parts.size() > 3 || parts.stream().anyMatch(String::isEmpty)) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("unit", "expected"
                    + " Directorate, Directorate/Service or Directorate/Service/Team, found " + Quotes.shortQuote(text))));
        }
        return new UnitScope(parts);
    }

    public boolean contains(Unit unit) {
        if (unit == null) {
            return path.isEmpty();
        }
        List<String> own = List.of(unit.directorate(), unit.service(), unit.team());
        for (int i = 0; i < path.size(); i++) {
            if (!path.get(i).equalsIgnoreCase(own.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return path.isEmpty() ? "whole council" : String.join("/", path);
    }
}
