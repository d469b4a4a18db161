package stikg.importer.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.text.KoreanMorphology;

/**
 * A finder of names that may be named entities the lexicon does not know yet: quoted or bracketed names
 * ("‘…’", "「…」"), names with an acronym or a foreign gloss in brackets ("대형방사광시설(SPring-8)",
 * "CSTI(종합과학기술혁신회의)", "일본학술진흥회:JSPS", "연계인연특구(連携絆特区)"), and words with a standalone
 * class ending ("디지털전원건강특구"). Each comes with the class its ending suggests, if any.
 */
public final class NameFinder {

    /**
     * A possible entity name.
     *
     * @param english an English name printed beside it, or null
     * @param japanese a name in kanji or kana printed beside it, or null
     * @param type the class its ending suggests, or null
     * @param how how it was found, for the curator
     */
    public record Candidate(String name, String acronym, String english, String japanese, String type, int line,
            String how, List<String> longer) {
        public Candidate {
            longer = List.copyOf(longer);
        }

        Candidate(String name, String acronym, String english, String japanese, String type, int line, String how) {
            this(name, acronym, english, japanese, type, line, how, List.of());
        }

        /** The same candidate under another name (one of the longer readings). */
        public Candidate named(String other, String otherType) {
            return new Candidate(other, acronym, english, japanese, otherType, line, how, List.of());
        }
    }

    private static final String STOP = ",.()「」『』‘’“”:;\"'<>〈〉[]";

    private final LayoutConfig.Words words;
    private final Pattern acronym;
    private final Pattern yearStart;
    private final KoreanMorphology morphology;

    public NameFinder(LayoutConfig.Words words, LayoutConfig.Numbers numbers) {
        this.words = words;
        this.morphology = new KoreanMorphology(words.particles());
        this.acronym = words.acronym();
        this.yearStart = Pattern.compile("^\\d{2,4}\\s?" + Pattern.quote(numbers.dates().year()) + ".*", Pattern.DOTALL);
    }

    /**
     * The candidate names of a text.
     *
     * @param known whether a word is already a name the lexicon knows (a name stops before it)
     */
    public List<Candidate> find(String text, int line, Predicate<String> known) {
        List<Candidate> out = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<LayoutConfig.Quote> quotes = new ArrayList<>(words.quotes());
        for (String a : words.yearApostrophes()) {
            if (quotes.stream().noneMatch(q -> q.open().equals(a) || q.close().equals(a))) {
                quotes.add(new LayoutConfig.Quote(a, a));
            }
        }
        for (LayoutConfig.Quote q : quotes) {
            int from = 0;
            while (true) {
                int s = text.indexOf(q.open(), from);
                if (s < 0) {
                    break;
                }
                int e = text.indexOf(q.close(), s + q.open().length());
                if (e < 0) {
                    break;
                }
                String inner = text.substring(s + q.open().length(), e).strip();
                if (yearStart.matcher(inner).matches() || inner.isEmpty() || inner.length() > 50) {
                    from = s + q.open().length();
                    continue;
                }
                from = e + q.close().length();
                quoted(inner, text.substring(0, s), line).ifPresent(out::add);
                positions.add(s);
            }
        }
        int from = 0;
        while (true) {
            int s = text.indexOf('(', from);
            if (s < 0) {
                break;
            }
            int e = text.indexOf(')', s + 1);
            if (e < 0) {
                break;
            }
            from = s + 1;
            String gloss = text.substring(s + 1, e).strip();
            int inner = gloss.indexOf('(');
            if (inner >= 0 || gloss.isEmpty()) {
                continue;
            }
            final int at = s;
            glossed(text.substring(0, s), gloss, line, known).ifPresent(c -> {
                out.add(c);
                positions.add(at);
            });
        }
        for (String w : text.split("[\\s,.()「」『』‘’“”·・]+")) {
            String word = stripParticle(w);
            if (!word.chars().allMatch(Character::isLetterOrDigit)
                    || words.commonEndings().stream().anyMatch(word::endsWith)) {
                continue;
            }
            for (LayoutConfig.TypeSuffix suffix : words.typeSuffixes()) {
                if (suffix.standalone() && word.endsWith(suffix.suffix())
                        && word.length() >= suffix.suffix().length() + 2 && !known.test(word)
                        && words.typeBySuffix(word).filter(suffix.type()::equals).isPresent()) {
                    out.add(new Candidate(word, null, null, null, suffix.type(), line, "a word ending in '"
                            + suffix.suffix() + "'"));
                    positions.add(Math.max(0, text.indexOf(word)));
                }
            }
        }
        for (KoreanMorphology.NounPhrase np : morphology.nounPhrases(text)) {
            multiWordName(np, known).filter(c -> out.stream().noneMatch(o -> o.name().contains(c)))
                    .ifPresent(c -> {
                out.add(new Candidate(c, null, null, null, words.typeBySuffix(c).orElseThrow(), line,
                        "a noun phrase ending in a class word"));
                positions.add(np.start());
            });
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(positions::get));
        return order.stream().map(out::get).toList();
    }

    private java.util.Optional<Candidate> quoted(String inner, String before, int line) {
        String name = inner;
        String acr = null;
        String en = null;
        String ja = null;
        int p = inner.indexOf('(');
        if (p > 0 && inner.endsWith(")")) {
            name = inner.substring(0, p).strip();
            Gloss g = gloss(inner.substring(p + 1, inner.length() - 1).strip());
            acr = g.acronym();
            en = g.english();
            ja = g.japanese();
        }
        java.util.Optional<String> own = words.typeBySuffix(name);
        if (own.isPresent()) {
            return java.util.Optional.of(new Candidate(name, acr, en, ja, own.get(), line, "quoted"));
        }
        java.util.Optional<String> head = appositiveType(before);
        return java.util.Optional.of(new Candidate(name, acr, en, ja, head.orElse(null), line,
                head.isPresent() ? "quoted after a noun naming its class" : "quoted"));
    }

    /**
     * The class a quoted name takes from the noun printed right before it, with a blank and no particle between
     * ("슈퍼컴퓨터 ‘헬리오스-2’", "플랫폼 ‘오픈사이언스 세레니아’"): in apposition, that noun says what the name is.
     * The noun is the last morpheme of the word before the quote, as the morphological analysis reads it.
     */
    private java.util.Optional<String> appositiveType(String before) {
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return java.util.Optional.empty();
        }
        String word = lastWord(before.stripTrailing());
        if (word == null || word.isEmpty() || morphology.endsInParticle(word)) {
            return java.util.Optional.empty();
        }
        List<KoreanMorphology.Morpheme> m = morphology.analyse(word);
        if (m.isEmpty() || !m.get(m.size() - 1).nounLike()) {
            return java.util.Optional.empty();
        }
        return words.typeBySuffix(word);
    }

    /** What a bracketed gloss holds. */
    private record Gloss(String acronym, String english, String japanese, String korean, String original) {
        boolean empty() {
            return acronym == null && english == null && japanese == null && korean == null && original == null;
        }
    }

    private Gloss gloss(String g) {
        String acr = null;
        String en = null;
        String ja = null;
        String ko = null;
        String original = null;
        for (String part : g.split("\\s*[,:]\\s*")) {
            String t = part.strip();
            if (original == null && t.matches("\\p{IsLatin}[\\p{IsLatin}\\p{N} &.\\-']*")
                    && Character.isUpperCase(t.charAt(0)) && !acronym.matcher(t).matches()) {
                original = t;   // a name in the original language, in Latin letters ("Innovationsbeirat")
            }
            if (acronym.matcher(t).matches()) {
                acr = acr == null ? t : acr;
            } else if (t.matches("[A-Za-z][A-Za-z0-9 &\\-]*") && capitalisedWords(t) >= 2) {
                en = en == null ? t : en;
            } else if (t.codePoints().allMatch(c -> isHanOrKana(c) || c == '・')) {
                ja = ja == null ? t : ja;
            } else if (t.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
                ko = ko == null ? t : ko;
            }
        }
        return new Gloss(acr, en, ja, ko, original);
    }

    private java.util.Optional<Candidate> glossed(String before, String glossText, int line, Predicate<String> known) {
        // "일본학술진흥회:JSPS" inside the brackets: a name and its acronym
        int colon = glossText.indexOf(':');
        if (colon > 0) {
            String left = glossText.substring(0, colon).strip();
            String right = glossText.substring(colon + 1).strip();
            if (acronym.matcher(right).matches() && !left.isEmpty() && !acronym.matcher(left).matches()) {
                return java.util.Optional.of(new Candidate(left, right, null, null,
                        words.typeBySuffix(left).orElse(null), line, "name:acronym in brackets"));
            }
        }
        Gloss g = gloss(glossText);
        if (g.empty()) {
            return java.util.Optional.empty();
        }
        String last = lastWord(before);
        if (last != null && acronym.matcher(last).matches() && g.korean() != null) {
            return java.util.Optional.of(new Candidate(g.korean(), last, g.english(), g.japanese(),
                    words.typeBySuffix(g.korean()).orElse(null), line, "acronym(name)"));
        }
        String name = nameBefore(before, known);
        if (name == null || name.length() < 2 || acronym.matcher(name).matches() && g.acronym() == null) {
            return java.util.Optional.empty();
        }
        String type = words.typeBySuffix(name).or(() -> g.english() == null ? java.util.Optional.empty()
                : words.typeBySuffix(g.english())).orElse(null);
        // a name whose class its ending tells, glossed by its original-language form, is a name
        boolean keep = g.acronym() != null || type != null && (g.english() != null || g.japanese() != null
                || g.original() != null)
                || g.japanese() != null && name.length() <= 6;
        if (!keep) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Candidate(name, g.acronym(), g.english(), g.japanese(), type, line,
                "name(gloss)", longerNames(before, name)));
    }

    /**
     * Longer readings of a name that ends right before a position: up to four words, stopping only at
     * punctuation, longest first (a name may hold a particle: "과학을 위한 AI").
     */
    private static List<String> longerNames(String before, String name) {
        String[] w = before.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = w.length - 1; i >= 0 && w.length - i <= 4; i--) {
            String word = w[i];
            boolean punct = word.chars().anyMatch(c -> STOP.indexOf(c) >= 0);
            if (punct && i != w.length - 1) {
                break;
            }
            sb.insert(0, (sb.length() > 0 ? " " : ""));
            sb.insert(0, i == w.length - 1 ? lastWord(before) : word);
            String candidate = sb.toString();
            if (candidate.length() > name.length()) {
                out.add(0, candidate);
            }
            if (punct) {
                break;
            }
        }
        return out;
    }

    /** The word right before a position, if it is glued to it. */
    private static String lastWord(String before) {
        if (before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1))) {
            return null;
        }
        String[] w = before.split("\\s+");
        String word = w[w.length - 1];
        int cut = -1;
        for (int i = 0; i < word.length(); i++) {
            if (STOP.indexOf(word.charAt(i)) >= 0) {
                cut = i;
            }
        }
        return cut >= 0 ? word.substring(cut + 1) : word;
    }

    /**
     * The name that ends right before a position: up to three words, stopping at punctuation, particles, and at a
     * verb, adjective or adverb (morphology: "…에 따라 국가과학기술혁신회의(NCSTI)", "…를 거느린 응용연구협회(GAF)").
     */
    private String nameBefore(String before, Predicate<String> known) {
        String first = lastWord(before);
        if (first == null || first.isEmpty()) {
            return null;
        }
        List<String> taken = new ArrayList<>();
        taken.add(first);
        String[] w = before.strip().split("\\s+");
        if (!w[w.length - 1].equals(first)) {
            return String.join(" ", taken);
        }
        for (int i = w.length - 2; i >= 0 && taken.size() < 3; i--) {
            String word = w[i];
            boolean stop = word.chars().anyMatch(c -> STOP.indexOf(c) >= 0) || endsWithParticle(word)
                    || words.relationWords().contains(word)
                    || known.test(word) || word.chars().allMatch(Character::isDigit)
                    || morphology.predicateOrAdverb(word)
                    || !word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "·・-".indexOf(c) >= 0);
            if (stop) {
                break;
            }
            taken.add(0, word);
        }
        return String.join(" ", taken);
    }

    /**
     * A name of two or three words that a noun phrase ends with, whose last word carries a standalone class
     * ending ("세레니아 연구재단", "국립 슈퍼컴퓨팅센터"): the words before the class word that are not numbers,
     * not known names and not of one syllable. A single word is left to the word-by-word reading.
     */
    private java.util.Optional<String> multiWordName(KoreanMorphology.NounPhrase np, Predicate<String> known) {
        String[] w = np.text().split("\\s+");
        if (w.length < 2) {
            return java.util.Optional.empty();
        }
        String last = w[w.length - 1];
        boolean standalone = words.typeSuffixes().stream().anyMatch(t -> t.standalone() && last.endsWith(t.suffix())
                && words.typeBySuffix(last).filter(t.type()::equals).isPresent());
        if (!standalone || words.commonEndings().stream().anyMatch(last::endsWith)) {
            return java.util.Optional.empty();
        }
        List<String> taken = new ArrayList<>(List.of(last));
        for (int i = w.length - 2; i >= 0 && taken.size() < 3; i--) {
            String word = w[i];
            if (word.length() < 2 || !word.chars().allMatch(Character::isLetter) || known.test(word)
                    || words.relationWords().contains(word)) {
                break;
            }
            taken.add(0, word);
        }
        return taken.size() < 2 ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", taken));
    }

    private boolean endsWithParticle(String word) {
        return word.length() > 2 && morphology.endsInParticle(word);
    }

    private String stripParticle(String word) {
        String stem = morphology.stem(word);
        return stem.length() >= 2 ? stem : word;
    }

    private static long capitalisedWords(String t) {
        return java.util.Arrays.stream(t.split("\\s+")).filter(x -> !x.isEmpty() && Character.isUpperCase(x.charAt(0)))
                .count();
    }

    private static boolean isHanOrKana(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3040 && c <= 0x30FF);
    }
}
