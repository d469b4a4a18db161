package stikg.importer.extract;

import java.util.Objects;

/**
 * An edition of a plan a text names ("제4기(‘11년~’15년)", "제4기 기본계획"), as the brief's finder of plans finds it:
 * the id of the plan that edition is, and where the mark stands [start, end). Extractors get the editions of a
 * passage from their context, so that they know the brief's plans without reading them again.
 */
public record PlanEdition(String plan, int start, int end) {

    public PlanEdition {
        Objects.requireNonNull(plan, "plan");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }
}
