package stikg.importer.read;

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
import stikg.importer.text.Segmentation;

/**
 * A reader of the footnote on a brief's title that names its author ("… 김규판 선임연구위원(…@…)"): the person
 * the lexicon knows by that name or a drafted person, either with the job title, e-mail and organisations the
 * footnote gives.
 */
final class AuthorReader {

    /** The settings of this reader (the layout's key {@code author}), with a documented default. */
    record Settings(Pattern author) {

        static final Setting<Pattern> AUTHOR = new Setting<>("author", Pattern.compile("(?!)"),
                "the author line of a title footnote, its groups the name, the job title and the e-mail address "
                        + "(default: a pattern that matches nothing, so no author is read)");

        static Settings from(LayoutConfig.Extraction ex) {
            return new Settings(AUTHOR.from(ex.settings()));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;

    AuthorReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer) {
        this.extraction = extraction;
        this.settings = Settings.from(extraction);
        this.book = book;
        this.recognizer = recognizer;
    }

    /** The author a footnote names, if its text has the author pattern. */
    Optional<String> read(Segmentation.Footnote footnote) {
        Matcher m = settings.author().matcher(footnote.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String at = "L" + footnote.firstLine();
        Optional<String> known = recognizer.find(m.group(1)).stream().map(Mention::id)
                .filter(id -> book.typesOf(id).contains("Person")).findFirst();
        // a known author is described with what the footnote says of them, as a drafted one is defined with it
        EntityBuilder p = known.map(id -> book.facts(id, at)).orElseGet(() -> book.define("author", "Person", at)
                .label(book.language(), m.group(1)).comment("the author named in the footnote on the title"));
        p.texts("jobTitle", Map.of(book.language(), m.group(2)), null).literal("email", m.group(3), true, null);
        List<Mention> before = recognizer.find(footnote.text().substring(0, m.start()));
        for (Mention o : before) {
            if (extraction.inGroup("organisation", book.typesOf(o.id()))) {
                p.ref("affiliation", o.id(), null);
                book.mention(o.id(), at);
            }
        }
        return Optional.of(p.subject());
    }
}
