package stikg.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation pass so the user sees all of them at once; not thread-safe. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Location where, String message) {
        found.add(new Problem(where, message));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws if anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
