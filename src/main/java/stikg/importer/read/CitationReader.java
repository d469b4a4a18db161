package stikg.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

/**
 * A reader that turns the sources under tables and figures ("출처 : 内閣府(2026.3.27.). 「…」. 閣議決定") and
 * the page-bottom footnotes that cite a title or a web address into cited documents: title, publication date,
 * issuing body (when the lexicon knows it), web address and access date. The same title cited twice is one
 * document, and so is a title followed by a word naming the main text ("「… 本文」"). A document has one address:
 * a citation listing several ("内閣府 홈페이지(https://…/a.html, <https://…/b.html>)") cites one document per
 * address, each with the citation's issuer, dates and line.
 */
final class CitationReader {

    /**
     * The settings of this reader, each with a documented default (the layout's {@code citations:} keys date, year,
     * accessDate, url and mainTextWords, and {@code plans.editionInCitation}).
     */
    record Settings(Pattern date, Pattern year, Pattern accessDate, Pattern url, List<String> mainTextWords,
            Pattern editionInCitation) {

        static final Setting<Pattern> DATE = new Setting<>("citationDate", NOTHING,
                "a publication date after the publisher, as the citation prints it (default: none is read)");
        static final Setting<Pattern> YEAR = new Setting<>("citationYear", NOTHING,
                "a year alone after the publisher, where no date is printed (default: none is read)");
        static final Setting<Pattern> ACCESS_DATE = new Setting<>("accessDate", NOTHING,
                "the date a web page was read (\"검색일\"), not its publication date (default: none is read)");
        static final Setting<Pattern> URL = new Setting<>("url", NOTHING,
                "a web address, one document per address (default: none is read, one document per title)");
        static final Setting<List<String>> MAIN_TEXT_WORDS = new Setting<>("mainTextWords", List.of(),
                "words naming the main text of a document beside its summary (\"본문\"): both are one document "
                        + "(default: none)");
        static final Setting<Pattern> EDITION_IN_CITATION = new Setting<>("editionInCitation", NOTHING,
                "the edition a cited title names (\"第7期\"): the document is about that edition of the plan "
                        + "(default: none is read)");

        Settings {
            mainTextWords = List.copyOf(mainTextWords);
        }

        static Settings from(LayoutConfig.Extraction ex) {
            Map<String, Object> given = ex.settings();
            return new Settings(DATE.from(given), YEAR.from(given), ACCESS_DATE.from(given), URL.from(given),
                    MAIN_TEXT_WORDS.from(given), EDITION_IN_CITATION.from(given));
        }
    }

    /** A pattern that matches nothing: the default of a rule the layout does not give. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    private final Settings settings;
    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final DateReader dates;
    private final NameFolder folder;
    /** The documents drafted so far, by folded title, or by web address for a page without a title. */
    private final Map<String, String> byTitleOrAddress = new LinkedHashMap<>();
    private final int shortName;

    CitationReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer, DateReader dates,
            NameFolder folder, int shortName) {
        this.shortName = shortName;
        this.extraction = extraction;
        this.settings = Settings.from(extraction);
        this.book = book;
        this.recognizer = recognizer;
        this.dates = dates;
        this.folder = folder;
    }

    /** A plan's cabinet decision a citation reports: the plan's edition, the date and the line. */
    record CabinetDecision(int edition, String date, int line) {
    }

    /** A cited document whose title names an edition of a plan ("第7期…基本計画"): it is about that plan. */
    record Edition(String documentId, int edition, int line) {
    }

    /**
     * A citation read: the ids of the documents it cites (one, or one per web address when it lists several), the
     * cabinet decision it reports and, for each document, the plan edition its title names.
     */
    record Cited(List<String> documentIds, Optional<CabinetDecision> decision, List<Edition> editions) {
        Cited {
            documentIds = List.copyOf(documentIds);
            editions = List.copyOf(editions);
        }
    }

    /** What one citation text says: its title (or null), who published it, the name it goes by, and dates. */
    private record Parts(String title, String publisher, String afterTitle, String name, String date,
            String accessDate) {
    }

    /** One web address of a citation and what sets its document's label apart from the others' (or ""). */
    private record Address(String url, String distinct) {
    }

    /** Reads one citation text at a line; empty when the text cites no title and no web address. */
    Optional<Cited> read(String text, int line) {
        String title = null;
        int titleStart = -1;
        int titleEnd = -1;
        for (LayoutConfig.Quote q : extraction.titleQuotes()) {
            int s = text.indexOf(q.open());
            int e = s < 0 ? -1 : text.indexOf(q.close(), s + 1);
            if (s >= 0 && e > s && (titleStart < 0 || s < titleStart)) {
                title = text.substring(s + 1, e).strip();
                titleStart = s;
                titleEnd = e + q.close().length();
            }
        }
        List<String> urls = new ArrayList<>();
        Matcher u = settings.url().matcher(text);
        while (u.find()) {
            String url = u.group().replaceAll("[.>]+$", "");
            if (!urls.contains(url)) {
                urls.add(url);
            }
        }
        if (title == null && urls.isEmpty()) {
            return Optional.empty();
        }
        String publisher = text.substring(0, titleStart >= 0 ? titleStart : text.indexOf("http") >= 0
                ? text.indexOf("http") : text.length());
        String name = title != null ? title : publisher.replaceAll("[(<（].*$", "").strip();
        if (name.isEmpty()) {
            name = urls.get(0);
        }
        Parts parts = new Parts(title, publisher, titleEnd < 0 ? "" : text.substring(titleEnd), name,
                date(publisher, text), accessDate(text));
        List<String> ids = new ArrayList<>();
        for (Address a : addresses(urls)) {
            ids.add(document(parts, a, urls.size() > 1, line));
        }
        Optional<CabinetDecision> decision = Optional.empty();
        List<Edition> editions = new ArrayList<>();
        Matcher e = title == null ? null : settings.editionInCitation().matcher(title);
        if (e != null && e.find()) {
            int n = Integer.parseInt(e.group(1));
            ids.forEach(id -> editions.add(new Edition(id, n, line)));
            if (parts.date() != null && extraction.cabinetDecision().stream().anyMatch(text::contains)) {
                decision = Optional.of(new CabinetDecision(n, parts.date(), line));
            }
        }
        return Optional.of(new Cited(ids, decision, editions));
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
     * The id of the document a citation names at one address: the one drafted before for the same title, or for
     * the same address when it has no title (the same title twice is one document, as is the same page), or a new
     * one.
     */
    private String document(Parts c, Address a, boolean several, int line) {
        String key = c.title() != null ? folder.fold(withoutMainTextWord(c.title())) + (several ? "|" + a.url() : "")
                : "|" + a.url();
        String known = byTitleOrAddress.get(key);
        if (known != null) {
            return known;
        }
        String at = "L" + line;
        String label = a.distinct().isEmpty() ? c.name() : c.name() + " (" + a.distinct() + ")";
        EntityBuilder d = book.define("src-" + (byTitleOrAddress.size() + 1), "Document", at)
                .label(language(c.name()), label)
                .comment("cited at L" + line + (c.title() != null ? " (title in brackets)" : " (web page)")
                        + (several ? ", one of the addresses the citation lists" : ""));
        if (c.date() != null) {
            d.literal("publicationDate", c.date(), false, null);
        }
        // the publisher before the title, and a body named after it ("「…」. 科学技術・学術審議会") issue the document
        for (String issuers : List.of(c.publisher(), c.afterTitle())) {
            for (Mention m : recognizer.find(issuers)) {
                if (extraction.inGroup("organisation", book.typesOf(m.id()))) {
                    d.ref("issuedBy", m.id(), null);
                    book.mention(m.id(), at);
                }
            }
        }
        if (c.title() != null) {
            concerns(d, c.title(), at);
        }
        if (a.url() != null) {
            d.literal("url", a.url(), true, null);
        }
        if (c.accessDate() != null) {
            d.literal("accessDate", c.accessDate(), false, null);
        }
        byTitleOrAddress.put(key, d.id());
        return d.id();
    }

    /**
     * What a document's title names: a document is about a programme or a concept its title names, not about who
     * issued it; a name as short as an acronym like "AI" names too many things to say what a title is about; a
     * title naming an edition of a series is about that edition (added once plans are known), not the series.
     */
    private void concerns(EntityBuilder d, String title, String at) {
        boolean edition = settings.editionInCitation().matcher(title).find();
        for (Mention m : recognizer.find(title)) {
            if (!extraction.inGroup("organisation", book.typesOf(m.id()))
                    && m.end() - m.start() > shortName
                    && !(edition && book.typesOf(m.id()).contains("PlanSeries"))) {
                d.ref("concerns", m.id(), null);
                book.mention(m.id(), at);
            }
        }
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

    /** The date printed in the publisher part ("内閣府(2026.3.27.)"), or a year in brackets ("(2026)"). */
    private String date(String publisher, String text) {
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
        return dates.firstDate(publisher).map(DateReader.DateMention::iso).orElse(null);
    }

    /** "ja" for a text of kana and kanji only, "ko" when it has Hangul, "en" for Latin only. */
    static String language(String text) {
        boolean hangul = text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
        boolean kana = text.chars().anyMatch(c -> (c >= 0x3040 && c <= 0x30FF));
        boolean han = text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (hangul) {
            return "ko";
        }
        return kana || han ? "ja" : "en";
    }
}
