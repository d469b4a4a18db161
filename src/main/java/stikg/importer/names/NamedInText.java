package stikg.importer.names;

import java.util.ArrayList;
import java.util.List;

/**
 * A name found in a passage, with the particle that really follows it: the one after any closing brackets or
 * quotes ("「…법」에" is the law with 에), and where the words after that particle start.
 */
public record NamedInText(Mention mention, String particle, int after) {

    private static final String CLOSERS = ")」’”'』";

    /** The names the recognizer finds in a text, in order. */
    public static List<NamedInText> in(String text, EntityRecognizer recognizer) {
        List<NamedInText> names = new ArrayList<>();
        for (Mention m : recognizer.find(text)) {
            int after = m.end();
            while (after < text.length() && CLOSERS.indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            String particle = recognizer.particleAt(text, after);
            names.add(new NamedInText(m, particle, after + particle.length()));
        }
        return names;
    }

    /** The names that start within {@code [start, end)} of the text, in their order. */
    public static List<NamedInText> startingWithin(List<NamedInText> names, int start, int end) {
        return names.stream().filter(n -> n.start() >= start && n.start() < end).toList();
    }

    public String id() {
        return mention.id();
    }

    public int start() {
        return mention.start();
    }

    public int end() {
        return mention.end();
    }

    public String surface() {
        return mention.surface();
    }
}
