package stikg.importer.extract;

import java.util.List;
import java.util.Optional;

/**
 * Counts written with Korean native numerals before a counter ("세 가지", "네 가지"), as list readers check the
 * number of items a sentence announces. The words are a setting of each reader; this holds their common default
 * and reads a word by its place in such a list, the first word meaning two.
 */
final class NativeCounts {

    /** Two to ten, in order. */
    static final List<String> TWO_TO_TEN = List.of("두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열");
    /** How a setting documents that default. */
    static final String DOCUMENTED = "(default: " + String.join(", ", TWO_TO_TEN) + ")";

    private NativeCounts() {
    }

    /** The number a word of {@code words} (two to ten, in order) stands for, if it is one. */
    static Optional<Integer> of(String word, List<String> words) {
        int i = words.indexOf(word);
        return i >= 0 ? Optional.of(i + 2) : Optional.empty();
    }
}
