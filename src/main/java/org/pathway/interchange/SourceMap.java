package org.pathway.interchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathway.dataset.DatasetProblem;

/**
 * Where each part of an imported framework came from in the imported file: a JSON pointer of the framework (or role
 * profiles) as the dataset checks report it, mapped to a place the user can find (a CASE JSON pointer, or a sheet, row
 * and column). A problem is reported at the most specific place recorded for its pointer.
 */
public final class SourceMap {

    private final String file;
    private final Map<String, String> places = new HashMap<>();

    public SourceMap(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Records that the value at {@code pointer} (e.g. "/competencies/2/indicators/0/text") was read at {@code place}. */
    public void put(String pointer, String place) {
        places.put(pointer, place);
    }

    /** The place recorded for the pointer or, failing that, for its nearest recorded ancestor; "" if none is. */
    public String placeOf(String pointer) {
        String at = pointer;
        while (true) {
            String place = places.get(at);
            if (place != null) {
                return place;
            }
            if (at.isEmpty()) {
                return "";
            }
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
    }

    /** The problems, each moved from its framework pointer to the place in this file. */
    public List<DatasetProblem> locate(List<DatasetProblem> problems) {
        return problems.stream().map(p -> new DatasetProblem(file, placeOf(p.pointer()), p.message())).toList();
    }
}
