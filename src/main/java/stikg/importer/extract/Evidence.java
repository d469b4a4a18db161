package stikg.importer.extract;

/** The span of a passage [start, end) that a candidate fact rests on, and where the passage stands. */
public record Evidence(String at, int start, int end) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    /** Whether the span lies within the passage (and the passage is the one it names). */
    public boolean within(TextPassage p) {
        return at.equals(p.at()) && end <= p.text().length();
    }

    /** The words of the passage this evidence points at. */
    public String in(TextPassage p) {
        return p.text().substring(start, end);
    }
}
