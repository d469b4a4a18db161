package stikg.importer.extract;

import java.util.Objects;

/**
 * An edition of a plan a text names ("제4기(‘11년~’15년)", "제4기 기본계획"), as the brief's finder of plans finds it:
 * the id of the plan that edition is, where the mark stands [start, end), and, where the context gives it, the period
 * the draft gives that plan ("2021/2025"). Extractors get the editions of a passage from their context, so that they
 * know the brief's plans without reading them again.
 */
public record PlanEdition(String plan, int start, int end, java.util.Optional<String> period) {

    public PlanEdition {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    /** An edition whose plan's period ("2021/2025") is not given. */
    public PlanEdition(String plan, int start, int end) {
        this(plan, start, end, java.util.Optional.empty());
    }
}
