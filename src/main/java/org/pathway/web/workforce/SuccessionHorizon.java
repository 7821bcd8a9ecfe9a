package org.pathway.web.workforce;

import java.util.List;
import org.pathway.problem.InvalidRequestException;

/** The horizon of succession risk, in months: 1 to 120. */
final class SuccessionHorizon {

    private SuccessionHorizon() {
    }

    static int check(int months) {
        if (months < 1 || months > 120) {
            throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("horizonMonths",
                    "expected a number of months from 1 to 120, found " + months)));
        }
        return months;
    }
}
