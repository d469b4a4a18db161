package stikg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

/**
 * The documents a brief cites, read in the sources phase from one passage holding every citation text of the brief
 * (the sources under tables and figures, "출처 : 内閣府(2026.3.27.). 「…」. 閣議決定", and the page-bottom footnotes
 * that cite a title, a web address or a document by its publisher and kind, "연구부 보도자료(2026.10.14.)"), each a
 * part of the passage: for each document its title, publication date, issuing body (when the context knows it),
 * web address and access date, and what its title names. The same title
 * cited twice is one document, and so is a title followed by a word naming the main text ("「… 本文」"): the whole
 * brief's citations are one passage, so that this is decided within it, not remembered between passages. A document
 * has one address: a citation listing several ("内閣府 홈페이지(https://…/a.html, <https://…/b.html>)") cites one
 * document per address, each with the citation's issuer, dates and part.
 *
 * <p>Each part citing something gives a fact that the brief cites ({@code citedSource}) each of its documents, at
 * that part; a title naming an edition of a plan ("第7期…基本計画") gives a fact that the document concerns a
 * {@code Plan} node of that edition, with the date of the plan's cabinet decision when the citation reports one:
 * the plans are found later, and the merge resolves the edition to the brief's plan then.
 */
public final class CitationExtractor implements ProposingExtractor {

    /**
     * The settings of this extractor, each with a documented default (the layout's {@code citations:} keys date,
     * year, accessDate, url and mainTextWords, {@code plans.editionInCitation}, and from the layout's rules the
     * quotes of titles, the words of a cabinet decision and the length of a name too short to say what a title is
     * about).
     */
    public record Settings(Pattern date, Pattern year, Pattern accessDate, Pattern url, List<String> mainTextWords,
            Pattern editionInCitation, List<LayoutConfig.Quote> titleQuotes, List<String> cabinetDecision,
            int shortName, List<String> documentKinds) {

        public static final Setting<Pattern> DATE = new Setting<>("citationDate", NOTHING,
                "a publication date after the publisher, as the citation prints it (default: none is read)");
        public static final Setting<Pattern> YEAR = new Setting<>("citationYear", NOTHING,
                "a year alone after the publisher, where no date is printed (default: none is read)");
        public static final Setting<Pattern> ACCESS_DATE = new Setting<>("accessDate", NOTHING,
                "the date a web page was read (\"검색일\"), not its publication date (default: none is read)");
        public static final Setting<Pattern> URL = new Setting<>("url", NOTHING,
                "a web address, one document per address (default: none is read, one document per title)");
        public static final Setting<List<String>> MAIN_TEXT_WORDS = new Setting<>("mainTextWords", List.of(),
                "words naming the main text of a document beside its summary (\"본문\"): both are one document "
                        + "(default: none)");
        public static final Setting<Pattern> EDITION_IN_CITATION = new Setting<>("editionInCitation", NOTHING,
                "the edition a cited title names (\"第7期\"): the document is about that edition of the plan "
                        + "(default: none is read)");

        public static final Setting<List<String>> DOCUMENT_KINDS = new Setting<>("documentKinds", List.of(),
                "words naming a kind of document that a citation without a title names by its publisher and kind "
                        + "(\"연구부 보도자료(2026.10.14.)\": the document is called \"연구부 보도자료\") (default: none)");

        public Settings {
            documentKinds = List.copyOf(documentKinds);
            mainTextWords = List.copyOf(mainTextWords);
            titleQuotes = List.copyOf(titleQuotes);
            cabinetDecision = List.copyOf(cabinetDecision);
        }

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Extraction ex = layout.extraction();
            Map<String, Object> given = ex.settings();
            return new Settings(DATE.from(given), YEAR.from(given), ACCESS_DATE.from(given), URL.from(given),
                    MAIN_TEXT_WORDS.from(given), EDITION_IN_CITATION.from(given), ex.titleQuotes(),
                    ex.cabinetDecision(), layout.words().shortNameLength(), DOCUMENT_KINDS.from(given));
        }
    }

    /** A pattern that matches nothing: the default of a rule the layout does not give. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    /** The class of what a citation names, and of the plan an edition in its title is. */
    private static final String DOCUMENT = "Document";
    private static final String PLAN = "Plan";
    private static final String SERIES = "PlanSeries";
    private static final String ORGANISATION = "organisation";

    private final Settings settings;
    private final NameFolder folder;

    public CitationExtractor(Settings settings, NameFolder folder) {
        this.settings = settings;
        this.folder = folder;
    }

    @Override
    public String id() {
        return "citation";
    }

    @Override
    public Phase phase() {
        return Phase.SOURCES;
    }

    @Override
    public Whole reads() {
        return Whole.CITATIONS;
    }

    /** What one citation text says: its title (or null), who published it, the name it goes by, and dates. */
    private record Parts(String title, String publisher, String afterTitle, String name, String date,
            String accessDate) {
    }

    /** One web address of a citation and what sets its document's label apart from the others' (or ""). */
    private record Address(String url, String distinct) {
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        // the documents proposed so far in this passage, by folded title, or by web address for a page without one
        Map<String, String> byTitleOrAddress = new LinkedHashMap<>();
        for (TextPassage.Part part : passage.texts()) {
            read(part, passage, context, byTitleOrAddress, entities, facts);
        }
        return new Proposal(entities, facts);
    }

    /**
     * Reads one citation text; nothing when it cites no title, no web address and no document by its publisher and
     * kind ("연구부 보도자료(…)").
     */
    private void read(TextPassage.Part part, TextPassage passage, ExtractionContext context,
            Map<String, String> byTitleOrAddress, List<CandidateEntity> entities, List<CandidateFact> facts) {
        String text = part.in(passage);
        String title = null;
        int titleStart = -1;
        int titleEnd = -1;
        for (LayoutConfig.Quote q : settings.titleQuotes()) {
            int s = text.indexOf(q.open());
            int e = s < 0 ? -1 : text.indexOf(q.close(), s + 1);
            if (s >= 0 && e > s && (titleStart < 0 || s < titleStart)) {
                title = text.substring(s + 1, e).strip();
                titleStart = s;
                titleEnd = e + q.close().length();
            }
        }
        // an empty pair of quotes names no title
        if (title != null && title.isEmpty()) {
            title = null;
            titleStart = -1;
            titleEnd = -1;
        }
        List<String> urls = new ArrayList<>();
        Matcher u = settings.url().matcher(text);
        while (u.find()) {
            String url = u.group().replaceAll("[.>]+$", "");
            if (!urls.contains(url)) {
                urls.add(url);
            }
        }
        int kindEnd = title == null && urls.isEmpty() ? kindEnd(text) : -1;
        if (title == null && urls.isEmpty() && kindEnd < 0) {
            return;
        }
        Parts parts;
        if (kindEnd >= 0) {
            // no title: the document goes by its publisher and kind ("연구부 보도자료"), its date printed after
            String name = text.substring(0, kindEnd).strip();
            String date = Optional.ofNullable(date(text.substring(kindEnd), context)).orElse(date(name, context));
            parts = new Parts(null, name, "", name, date, accessDate(text));
        } else {
            String publisher = text.substring(0, titleStart >= 0 ? titleStart : text.indexOf("http") >= 0
                    ? text.indexOf("http") : text.length());
            String name = title != null ? title : publisher.replaceAll("[(<（].*$", "").strip();
            if (name.isEmpty()) {
                name = urls.get(0);
            }
            parts = new Parts(title, publisher, titleEnd < 0 ? "" : text.substring(titleEnd), name,
                    date(publisher, context), accessDate(text));
        }
        Evidence evidence = new Evidence(passage.at(), part.start(), part.end());
        List<String> keys = new ArrayList<>();
        for (Address a : addresses(urls)) {
            keys.add(document(parts, a, urls.size() > 1, part, evidence, context, byTitleOrAddress, entities,
                    facts));
        }
        for (String key : keys) {
            facts.add(new CandidateFact(context.document(), "citedSource", key, false, id() + "/cites", evidence,
                    "the brief cites it at " + part.at()));
        }
        Matcher e = title == null ? null : settings.editionInCitation().matcher(title);
        if (e != null && e.find()) {
            String n = String.valueOf(Integer.parseInt(e.group(1)));
            boolean decision = parts.date() != null && settings.cabinetDecision().stream().anyMatch(text::contains);
            Map<String, String> plan = decision ? Map.of("edition", n, "cabinetDecisionDate", parts.date())
                    : Map.of("edition", n);
            for (String key : keys) {
                facts.add(new CandidateFact(key, "concerns", PLAN, false, id() + "/edition", evidence,
                        "its title names edition " + n + " of a plan" + (decision
                        ? ", and the citation its cabinet decision" : ""), new java.util.TreeMap<>(plan)));
            }
        }
    }

    /**
     * The addresses of a citation, each a document of its own, since a document has one address. With several,
     * a document's label adds the part of its address the others do not share (the path after their common
     * folders: "gaiyo/sip/sip3rd_list.html"), which tells them apart even where their last segments are alike
     * ("…/a/index.html", "…/b/index.html"). No address makes one document without one.
     */
    private static List<Address> addresses(List<String> urls) {
        if (urls.size() <= 1) {
            return List.of(new Address(urls.isEmpty() ? null : urls.get(0), ""));
        }
        String common = urls.get(0);
        for (String url : urls) {
            int n = 0;
            while (n < common.length() && n < url.length() && common.charAt(n) == url.charAt(n)) {
                n++;
            }
            common = common.substring(0, n);
        }
        int cut = common.lastIndexOf('/') + 1;
        List<Address> out = new ArrayList<>();
        for (String url : urls) {
            out.add(new Address(url, url.substring(cut)));
        }
        return out;
    }

    /**
     * The key of the document a citation names at one address: the one proposed before in the passage for the same
     * title, or for the same address when it has no title (the same title twice is one document, as is the same
     * page), or a new one, proposed with its facts.
     */
    private String document(Parts c, Address a, boolean several, TextPassage.Part part, Evidence evidence,
            ExtractionContext context, Map<String, String> byTitleOrAddress, List<CandidateEntity> entities,
            List<CandidateFact> facts) {
        String folded = c.title() != null ? folder.fold(withoutMainTextWord(c.title())) + (several ? "|" + a.url()
                : "") : a.url() != null ? "|" + a.url() : folder.fold(c.name());
        String known = byTitleOrAddress.get(folded);
        if (known != null) {
            return known;
        }
        String key = CandidateEntity.BLANK + "src-" + (byTitleOrAddress.size() + 1);
        String label = a.distinct().isEmpty() ? c.name() : c.name() + " (" + a.distinct() + ")";
        entities.add(new CandidateEntity(key, DOCUMENT, label, "src", evidence, "cited at " + part.at()
                + (c.title() != null ? " (title in brackets)" : a.url() != null ? " (web page)"
                        : " (named by its publisher and kind)")
                + (several ? ", one of the addresses the citation lists" : "")));
        facts.add(fact(key, "skos:prefLabel@" + language(c.name()), label, true, "title", evidence,
                "the title or name the citation gives"));
        if (c.date() != null) {
            facts.add(fact(key, "publicationDate", c.date(), true, "date", evidence, "the date after the publisher"));
        }
        // the publisher before the title, and a body named after it ("「…」. 科学技術・学術審議会") issue the document
        for (String issuers : List.of(c.publisher(), c.afterTitle())) {
            for (Mention m : context.names().find(issuers)) {
                if (context.inGroup(ORGANISATION, m.id())) {
                    facts.add(fact(key, "issuedBy", m.id(), false, "issuer", evidence,
                            "a body the citation names around the title"));
                }
            }
        }
        if (c.title() != null) {
            concerns(key, c.title(), evidence, context, facts);
        }
        if (a.url() != null) {
            facts.add(fact(key, "url", a.url(), true, "url", evidence, "the web address the citation gives"));
        }
        if (c.accessDate() != null) {
            facts.add(fact(key, "accessDate", c.accessDate(), true, "access-date", evidence,
                    "the date the page was read"));
        }
        byTitleOrAddress.put(folded, key);
        return key;
    }

    private CandidateFact fact(String subject, String property, String object, boolean literal, String rule,
            Evidence evidence, String why) {
        return new CandidateFact(subject, property, object, literal, id() + "/" + rule, evidence, why);
    }

    /**
     * What a document's title names: a document is about a programme or a concept its title names, not about who
     * issued it; a name as short as an acronym like "AI" names too many things to say what a title is about; a
     * title naming an edition of a series is about that edition (resolved once plans are known), not the series.
     */
    private void concerns(String key, String title, Evidence evidence, ExtractionContext context,
            List<CandidateFact> facts) {
        boolean edition = settings.editionInCitation().matcher(title).find();
        for (Mention m : context.names().find(title)) {
            if (!context.inGroup(ORGANISATION, m.id()) && m.end() - m.start() > settings.shortName()
                    && !(edition && context.typesOf().apply(m.id()).contains(SERIES))) {
                facts.add(fact(key, "concerns", m.id(), false, "concerns", evidence,
                        "a thing the document's title names"));
            }
        }
    }

    /**
     * Where the name of a document cited without a title or address ends: right after the first of the settings'
     * kinds of documents that follows at least one word of its publisher ("연구부 보도자료(…)"), else -1.
     */
    private int kindEnd(String text) {
        int best = -1;
        int bestStart = Integer.MAX_VALUE;
        for (String kind : settings.documentKinds()) {
            int s = text.indexOf(kind);
            if (s > 0 && s < bestStart && !text.substring(0, s).isBlank()) {
                bestStart = s;
                best = s + kind.length();
            }
        }
        return best;
    }

    /** The date the page was looked at ("검색일:2026.4.22."), or null. */
    private String accessDate(String text) {
        Matcher a = settings.accessDate().matcher(text);
        if (!a.find()) {
            return null;
        }
        return String.format("%s-%02d-%02d", a.group(1), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
    }

    /** A title without a closing word that names the main text ("… 本文"), which is the document itself. */
    private String withoutMainTextWord(String title) {
        for (String w : settings.mainTextWords()) {
            if (title.endsWith(" " + w)) {
                return title.substring(0, title.length() - w.length()).strip();
            }
        }
        return title;
    }

    /**
     * The date printed in the publisher part ("内閣府(2026.3.27.)"), or a year in brackets ("(2026)"), or the first
     * date the brief's reader of dates finds there.
     */
    private String date(String publisher, ExtractionContext context) {
        Matcher m = settings.date().matcher(publisher);
        if (m.find()) {
            if (m.group(3) != null) {
                return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return String.format("%s-%02d", m.group(1), Integer.parseInt(m.group(2)));
        }
        Matcher y = settings.year().matcher(publisher);
        if (y.find()) {
            return y.group(1);
        }
        return context.dates().apply(publisher).stream().findFirst().map(DateSpan::iso).orElse(null);
    }

    /** "ja" for a text of kana and kanji only, "ko" when it has Hangul, "en" for Latin only. */
    public static String language(String text) {
        boolean hangul = text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
        boolean kana = text.chars().anyMatch(c -> (c >= 0x3040 && c <= 0x30FF));
        boolean han = text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (hangul) {
            return "ko";
        }
        return kana || han ? "ja" : "en";
    }
}
