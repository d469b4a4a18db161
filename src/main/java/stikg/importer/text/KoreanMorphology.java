package stikg.importer.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Korean morphology from Lucene's Korean analyser (nori, the mecab-ko-dic dictionary): the parts of speech of a
 * text, the particles and endings that close a word, and the noun phrases that may be names. It replaces lists of
 * particle forms written by hand: nori knows every particle and ending of the language ("에게서", "으로써",
 * "조차", "하였으며"), not just the ones a brief happened to use.
 *
 * <p>Compounds are kept whole (no decompounding), so a word the dictionary knows as one noun stays one. The
 * tokenizer keeps no state between calls: each call makes its own, over the dictionaries Lucene loads once.
 */
public final class KoreanMorphology {

    /** One morpheme: its text, its part of speech (a Sejong tag of nori: NNG, NNP, J, E, SL …) and its span. */
    public record Morpheme(String surface, POS.Tag tag, POS.Tag lastTag, int start, int end) {

        /** Whether it is a noun or noun-like: common or proper noun, foreign word, number, hanja, noun suffix. */
        public boolean nounLike() {
            return NOUN_LIKE.contains(tag) && NOUN_LIKE.contains(lastTag);
        }

        /** Whether it closes a word without adding to its meaning: a particle, an ending or the copula. */
        public boolean closing() {
            return CLOSING.contains(tag);
        }
    }

    /** A noun phrase: nouns (with blanks between them) not broken by a particle, an ending or punctuation. */
    public record NounPhrase(String text, int start, int end, int nouns) {
    }

    private static final Set<POS.Tag> NOUN_LIKE = Set.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NNB, POS.Tag.NNBC,
            POS.Tag.NR, POS.Tag.SL, POS.Tag.SN, POS.Tag.SH, POS.Tag.XSN, POS.Tag.XPN, POS.Tag.XR, POS.Tag.UNKNOWN);

    /** What closes a word: particles (J), endings (E), the copula (이다) and the verb suffixes before an ending. */
    private static final Set<POS.Tag> CLOSING = Set.of(POS.Tag.J, POS.Tag.E, POS.Tag.VCP, POS.Tag.XSV, POS.Tag.XSA);

    /**
     * Vocative particles, which nori finds at the end of foreign names it does not know ("세레니아" read as
     * "세레니" + vocative "아"); no brief of this genre calls anyone, so they never close a word here.
     */
    private static final Set<String> VOCATIVES = Set.of("아", "야", "여", "이여");

    private final List<String> particles;

    /**
     * @param particles the particles of the grammar file, longest first or not: the fallback where nori reads a
     *     foreign name it does not know as a verb ("펠로우십은" as 펠로/NNP + 우십/VV + 은/E), so that no word
     *     loses what a plain list of particles already took off
     */
    public KoreanMorphology(List<String> particles) {
        List<String> p = new ArrayList<>(particles);
        p.sort((a, b) -> b.length() - a.length());
        this.particles = List.copyOf(p);
    }

    /** The morphemes of a text, in order; blanks are not morphemes. */
    public List<Morpheme> analyse(String text) {
        List<Morpheme> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        try (KoreanTokenizer t = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                KoreanTokenizer.DecompoundMode.NONE, false, false)) {
            t.setReader(new StringReader(text));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                POS.Tag left = pos.getLeftPOS();
                if (left == POS.Tag.SP || term.toString().isBlank()) {
                    continue;
                }
                out.add(new Morpheme(term.toString(), left, pos.getRightPOS(), offset.startOffset(),
                        offset.endOffset()));
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a string in memory", e);
        }
        return out;
    }

    /**
     * A word (eojeol) without the particles and endings that close it: "내각부는" → "내각부", "위원회에서의" →
     * "위원회", "수립하였으며" → "수립". A word that is all particle or ending, or whose rest would not be a noun,
     * stays as it is; so does a vocative particle (see above).
     */
    public String stem(String word) {
        return word.substring(0, stemLength(word));
    }

    /** What {@link #stem} takes off the end of a word ("" when nothing). */
    public String ending(String word) {
        return word.substring(stemLength(word));
    }

    /**
     * Whether a word is a noun followed by particles only ("사회로", "수소를"), not by a verb's or an adjective's
     * ending ("안전한", "수립하고").
     */
    public boolean endsInParticleOnly(String word) {
        String ending = ending(word);
        if (ending.isEmpty()) {
            return false;
        }
        List<Morpheme> m = analyse(word + " 것");
        return m.stream().filter(x -> x.start() >= word.length() - ending.length() && x.end() <= word.length())
                .allMatch(x -> x.tag() == POS.Tag.J) || particles.contains(ending);
    }

    /** Whether a word ends in a particle or an ending after a noun ("과학기술부의", not "과학기술부"). */
    public boolean endsInParticle(String word) {
        return stemLength(word) < word.length();
    }

    private int stemLength(String word) {
        String w = word.strip();
        if (w.isEmpty() || !w.equals(word) || w.chars().anyMatch(Character::isWhitespace)) {
            return word.length();
        }
        int nori = noriStem(w);
        if (nori < w.length()) {
            return nori;
        }
        for (String p : particles) {
            if (w.length() > p.length() + 2 && w.endsWith(p)) {
                return w.length() - p.length();
            }
        }
        return w.length();
    }

    /**
     * Where nori ends the noun a word starts with, read before a dependent noun ("것") as in running text:
     * alone, a word's last syllable is often read as a noun ("기본계획의" as …/의 NNG), before a noun as the
     * particle it is.
     */
    private int noriStem(String w) {
        List<Morpheme> m = analyse(w + " 것");
        int last = m.size() - 1;
        while (last >= 0 && m.get(last).start() >= w.length()) {
            last--;
        }
        if (last < 0 || m.get(last).end() != w.length()) {
            return w.length();
        }
        int i = last + 1;
        while (i > 0 && m.get(i - 1).closing() && m.get(i - 1).end() == (i == last + 1 ? w.length()
                : m.get(i).start())) {
            i--;
        }
        if (i == last + 1 || i == 0 || !m.get(i - 1).nounLike()) {
            return w.length();
        }
        if (i == last && VOCATIVES.contains(m.get(i).surface()) && m.get(i).tag() == POS.Tag.J) {
            return w.length();
        }
        return m.get(i).start();
    }

    /**
     * The noun phrases of a text: maximal runs of noun-like morphemes, blanks allowed between them, broken by a
     * particle, an ending, a verb, punctuation or a bracket. Each is where a name may stand.
     */
    public List<NounPhrase> nounPhrases(String text) {
        List<NounPhrase> out = new ArrayList<>();
        List<Morpheme> m = analyse(text);
        int i = 0;
        while (i < m.size()) {
            if (!inPhrase(m.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < m.size() && inPhrase(m.get(j + 1))
                    && text.substring(m.get(j).end(), m.get(j + 1).start()).isBlank()) {
                j++;
            }
            while (j > i && !m.get(j).nounLike()) {
                j--;
            }
            // a phrase starts where its first word does: nori may have read the word's first syllables as
            // something else ("가상국" as 가/J + 상국/NNG)
            int start = m.get(i).start();
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            int end = m.get(j).end();
            if (m.get(j).nounLike()) {
                out.add(new NounPhrase(text.substring(start, end), start, end, j - i + 1));
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * Whether a word is a predicate or an adverb, which a name never holds: an inflected verb or adjective (a stem
     * with its ending: "따라", "거느린") or a word that is one adverb or conjunction ("그러나", "새로"). A
     * foreign name nori misreads as a verb keeps no ending of its own ("펠로우십" is 펠로/NNP + 우십/VV), so it is
     * not taken for one.
     */
    public boolean predicateOrAdverb(String word) {
        List<Morpheme> m = analyse(word);
        if (m.isEmpty()) {
            return false;
        }
        if (m.size() == 1 && ADVERBS.contains(m.get(0).tag()) && m.get(0).end() - m.get(0).start() == word.length()) {
            return true;
        }
        for (int i = 0; i < m.size(); i++) {
            if (PREDICATES.contains(m.get(i).tag())
                    && (m.get(i).lastTag() == POS.Tag.E || i + 1 < m.size() && m.get(i + 1).tag() == POS.Tag.E)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<POS.Tag> PREDICATES = Set.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX);

    private static final Set<POS.Tag> ADVERBS = Set.of(POS.Tag.MAG, POS.Tag.MAJ);

    /** A noun, or a vocative read inside a foreign name ("세레니아" as 세레니 + 아), which a brief never uses. */
    private static boolean inPhrase(Morpheme m) {
        return m.nounLike() || m.tag() == POS.Tag.J && VOCATIVES.contains(m.surface());
    }
}
