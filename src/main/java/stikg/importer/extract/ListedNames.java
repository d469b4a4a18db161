package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import stikg.importer.config.LayoutConfig;

/**
 * A reader of a list of names in prose ("혁신(Innovation), 사회실장·실용화, 경제안보 분야", "그린 이노베이션과 생명과학
 * 혁신", "혁신 기반(오픈이노베이션, 지식재산권·표준화 전략) 준비"): the names split at separators outside brackets,
 * each without the words that only say what kind of thing it is or what is done with it, and with what its
 * brackets hold: two or more names narrower than it, or one that glosses it.
 */
final class ListedNames {

    /**
     * One name of a list.
     *
     * @param printed the name as printed, brackets included
     * @param gloss what one name in brackets after it says it is ("Innovation"), or null
     * @param narrower the names two or more in brackets after it list
     */
    record Listed(String name, String printed, String gloss, List<String> narrower) {
        Listed {
            narrower = List.copyOf(narrower);
        }
    }

    private final LayoutConfig.EditionConcepts rule;
    private final List<String> particles;
    private final List<String> quotes = new ArrayList<>();

    ListedNames(LayoutConfig.EditionConcepts rule, LayoutConfig.Words words) {
        this.rule = rule;
        this.particles = words.particles();
        words.quotes().forEach(q -> {
            quotes.add(q.open());
            quotes.add(q.close());
        });
    }

    /** The names a list holds; empty when a part of it is no name (empty, or as long as a clause). */
    Optional<List<Listed>> read(String list) {
        List<Listed> out = new ArrayList<>();
        for (String part : split(list)) {
            int open = part.indexOf('(');
            int close = part.lastIndexOf(')');
            boolean bracket = open > 0 && close > open;
            String name = name(bracket ? part.substring(0, open) + " " + part.substring(close + 1) : part);
            String within = bracket ? part.substring(open + 1, close) : "";
            List<String> inside = bracket ? split(within).stream().map(this::name).toList() : List.of();
            // brackets within brackets, or two after one name, are more than a gloss or a list of narrower names
            if (!isName(name) || !inside.stream().allMatch(this::isName) || within.matches(".*[()].*")) {
                return Optional.empty();
            }
            // one name in brackets glosses the one before it ("혁신(Innovation)"); more list narrower ones
            out.add(new Listed(name, part.strip(), inside.size() == 1 ? inside.get(0) : null,
                    inside.size() > 1 ? inside : List.of()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private boolean isName(String name) {
        return !name.isEmpty() && name.split(" ").length <= rule.maximumWords();
    }

    /** A name without quotes and blanks around it, and without a last word that only says what kind it is. */
    private String name(String text) {
        String unquoted = text;
        for (String q : quotes) {
            unquoted = unquoted.replace(q, " ");
        }
        List<String> words = new ArrayList<>(List.of(unquoted.strip().split("\\s+")));
        while (words.size() > 1 && (rule.headWords().contains(words.get(words.size() - 1))
                || particles.contains(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).strip();
    }

    /** The parts of a list at its separators outside brackets; a glued one ("과 ") only after a long enough word. */
    private List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth != 0) {
                continue;
            }
            for (String s : rule.separators()) {
                if (list.startsWith(s, i) && (!Character.isLetter(s.charAt(0)) || wordBefore(list, i) >= rule
                        .minimumLength())) {
                    out.add(list.substring(from, i));
                    from = i + s.length();
                    i = from - 1;
                    break;
                }
            }
        }
        out.add(list.substring(from));
        return out.stream().map(String::strip).toList();
    }

    /** How many letters the word ending at {@code at} has. */
    private static int wordBefore(String text, int at) {
        int n = 0;
        while (at - n - 1 >= 0 && Character.isLetter(text.charAt(at - n - 1))) {
            n++;
        }
        return n;
    }
}
