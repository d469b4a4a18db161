package stikg.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A reader that turns the sources under tables and figures ("출처 : 内閣府(2026.3.27.). 「…」. 閣議決定") and
 * the page-bottom footnotes that cite a title or a web address into cited documents: title, publication date,
 * issuing body (when the lexicon knows it), web addresses and access date. The same title cited twice is one
 * document, and so is a title followed by a word naming the main text ("「… 本文」").
 */
final class CitationReader {

    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final DateReader dates;
    private final NameFolder folder;
    private final Map<String, String> byTitle = new LinkedHashMap<>();
    private final int shortName;

    CitationReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer, DateReader dates,
            NameFolder folder, int shortName) {
        this.shortName = shortName;
        this.extraction = extraction;
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

    /** A citation read: the document's id, the cabinet decision it reports and the plan edition it names. */
    record Cited(String documentId, Optional<CabinetDecision> decision, Optional<Edition> edition) {
    }

    /** Reads one citation text at a line; empty when the text cites no title and no web address. */
    Optional<Cited> read(String text, int line) {
        String title = null;
        int titleStart = -1;
        for (LayoutConfig.Quote q : extraction.titleQuotes()) {
            int s = text.indexOf(q.open());
            int e = s < 0 ? -1 : text.indexOf(q.close(), s + 1);
            if (s >= 0 && e > s && (titleStart < 0 || s < titleStart)) {
                title = text.substring(s + 1, e).strip();
                titleStart = s;
            }
        }
        List<String> urls = new ArrayList<>();
        Matcher u = extraction.url().matcher(text);
        while (u.find()) {
            urls.add(u.group().replaceAll("[.>]+$", ""));
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
        String at = "L" + line;
        String key = folder.fold(withoutMainTextWord(name)) + "|" + (title == null ? String.join(" ", urls) : "");
        String id = byTitle.get(key);
        Optional<CabinetDecision> decision = Optional.empty();
        String date = date(publisher, text);
        if (id == null) {
            EntityBuilder d = book.define("src-" + (byTitle.size() + 1), "Document", at)
                    .label(language(name), name)
                    .comment("cited at L" + line + (title != null ? " (title in brackets)" : " (web page)"));
            if (date != null) {
                d.literal("publicationDate", date, false, null);
            }
            for (Mention m : recognizer.find(publisher)) {
                if (book.typesOf(m.id()).stream().anyMatch(t -> extraction.inGroup("organisation", List.of(t)))) {
                    d.ref("issuedBy", m.id(), null);
                    book.mention(m.id(), at);
                }
            }
            if (title != null) {
                // a document is about what its title names (a programme, a concept), not about who issued it; a
                // name as short as an acronym like "AI" names too many things to say what a title is about; a
                // title naming an edition of a series is about that edition (added once plans are known)
                boolean edition = extraction.editionInCitation().matcher(title).find();
                for (Mention m : recognizer.find(title)) {
                    if (!extraction.inGroup("organisation", book.typesOf(m.id()))
                            && m.end() - m.start() > shortName
                            && !(edition && book.typesOf(m.id()).contains("PlanSeries"))) {
                        d.ref("concerns", m.id(), null);
                        book.mention(m.id(), at);
                    }
                }
            }
            urls.forEach(x -> d.literal("url", x, true, null));
            Matcher a = extraction.accessDate().matcher(text);
            if (a.find()) {
                d.literal("accessDate", String.format("%s-%02d-%02d", a.group(1), Integer.parseInt(a.group(2)),
                        Integer.parseInt(a.group(3))), false, null);
            }
            id = d.id;
            byTitle.put(key, id);
        }
        Optional<Edition> edition = Optional.empty();
        Matcher e = title == null ? null : extraction.editionInCitation().matcher(title);
        if (e != null && e.find()) {
            edition = Optional.of(new Edition(id, Integer.parseInt(e.group(1)), line));
            if (date != null && extraction.cabinetDecision().stream().anyMatch(text::contains)) {
                decision = Optional.of(new CabinetDecision(Integer.parseInt(e.group(1)), date, line));
            }
        }
        return Optional.of(new Cited(id, decision, edition));
    }

    /** A title without a closing word that names the main text ("… 本文"), which is the document itself. */
    private String withoutMainTextWord(String title) {
        for (String w : extraction.mainTextWords()) {
            if (title.endsWith(" " + w)) {
                return title.substring(0, title.length() - w.length()).strip();
            }
        }
        return title;
    }

    /** The date printed in the publisher part ("内閣府(2026.3.27.)"), or a year in brackets ("(2026)"). */
    private String date(String publisher, String text) {
        Matcher m = extraction.citationDate().matcher(publisher);
        if (m.find()) {
            if (m.group(3) != null) {
                return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return String.format("%s-%02d", m.group(1), Integer.parseInt(m.group(2)));
        }
        Matcher y = extraction.citationYear().matcher(publisher);
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
