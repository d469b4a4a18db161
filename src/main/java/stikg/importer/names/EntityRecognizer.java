package stikg.importer.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import stikg.importer.config.LayoutConfig;

/**
 * A recogniser that finds the entities of a lexicon in a text by any of their names (labels in every
 * language, aliases, acronyms), also inside compounds ("내각부 지적재산전략본부") and with particles attached
 * ("JST의", "내각부는"). Middle dots and blanks are ignored when comparing; a Latin name must not continue a
 * Latin word; a short Korean name must stand alone or before a particle. Longer names win over shorter ones.
 */
public final class EntityRecognizer {

    private final LayoutConfig.Words words;
    private final List<Form> forms;

    /** One name of one entity, folded for comparison. */
    private record Form(String id, String surface, String folded) {
    }

    /** A text with the ignored characters taken out, and where each remaining character came from. */
    private record Folded(String text, int[] origin) {
    }

    public EntityRecognizer(Lexicon lexicon, LayoutConfig.Words words) {
        this.words = words;
        List<Form> f = new ArrayList<>();
        for (LexiconEntry e : lexicon.entries()) {
            for (String s : e.surfaceForms()) {
                String folded = fold(s).text();
                if (folded.length() >= 2 || (folded.length() == 1 && isHan(folded.charAt(0)))) {
                    f.add(new Form(e.id(), s, folded));
                }
            }
        }
        // names that fold alike keep one order whatever order the lexicon's maps iterate in, so drafts repeat
        f.sort(Comparator.comparingInt((Form x) -> -x.folded().length()).thenComparing(Form::id)
                .thenComparing(Form::surface));
        this.forms = List.copyOf(f);
    }

    /** The entities named in a text, left to right, none overlapping. */
    public List<Mention> find(String text) {
        return find(text, false);
    }

    /**
     * The entities named in a text, left to right; with {@code nested}, also names inside longer names
     * ("ASEAN" inside "일·ASEAN 과학기술이노베이션 협동연계사업"), for recording what a text mentions.
     */
    public List<Mention> find(String text, boolean nested) {
        Folded t = fold(text);
        List<Mention> out = new ArrayList<>();
        for (Form f : forms) {
            int from = 0;
            int i;
            while ((i = t.text().indexOf(f.folded(), from)) >= 0) {
                from = i + 1;
                int start = t.origin()[i];
                int end = t.origin()[i + f.folded().length() - 1] + 1;
                boolean taken = nested ? out.stream().anyMatch(m -> m.start() == start && m.end() == end
                        || m.id().equals(f.id()) && m.overlaps(start, end))
                        : out.stream().anyMatch(m -> m.overlaps(start, end));
                if (taken) {
                    continue;
                }
                String particle = particleAt(text, end);
                if (fits(text, start, end, f.folded(), particle)) {
                    out.add(new Mention(f.id(), f.surface(), start, end, particle));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The entities one of whose longer names ends in a word, compared folded: who a short form that drops the head
     * of a Korean name may stand for ("혁신회의" for "국가과학기술혁신회의"), for a reader that has the word's class
     * from elsewhere. Each id once, in the recognizer's order.
     */
    public List<String> endingIn(String word) {
        String tail = fold(word).text();
        if (tail.isEmpty()) {
            return List.of();
        }
        return forms.stream().filter(f -> f.folded().length() > tail.length() && f.folded().endsWith(tail))
                .map(Form::id).distinct().toList();
    }

    /** Whether the name standing at start..end is a name there and not part of another word. */
    private boolean fits(String text, int start, int end, String name, String particle) {
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (isLatin(first) && isLatin(before)) {
            return false;
        }
        if (isLatin(last) && isLatin(after)) {
            return false;
        }
        boolean shortKorean = name.length() <= words.shortNameLength() && name.chars().allMatch(c -> isHangul((char) c));
        if (shortKorean) {
            if (isHangul(before)) {
                return false;
            }
            int next = end + particle.length();
            char afterParticle = next < text.length() ? text.charAt(next) : ' ';
            return !isHangul(afterParticle);
        }
        return true;
    }

    /** The longest particle that starts at {@code at}, or "". */
    public String particleAt(String text, int at) {
        for (String p : words.particles()) {
            if (text.startsWith(p, at)) {
                return p;
            }
        }
        return "";
    }

    private Folded fold(String s) {
        StringBuilder sb = new StringBuilder();
        int[] origin = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            if (words.ignoredInNames().contains(c) || Character.isWhitespace(s.charAt(i))) {
                continue;
            }
            sb.append(s.charAt(i));
            origin[n++] = i;
        }
        return new Folded(sb.toString(), java.util.Arrays.copyOf(origin, n));
    }

    public static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    public static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
