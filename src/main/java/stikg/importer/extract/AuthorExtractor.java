package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * Who wrote the brief, as the footnote on its title says ("… 예시아연구원 홍길동 연구위원(…@…)"): the author is
 * proposed as a person with the job title and e-mail address the footnote gives and the organisations it names
 * before them, and the document is created by that person. Only a passage about the document itself (a footnote on
 * its title) is read; whether the person is one the lexicon knows is the merge's decision.
 */
public final class AuthorExtractor implements ProposingExtractor {

    /** The settings of this extractor, each with a documented default. */
    public record Settings(Pattern author, String type, String group, String creator) {

        public static final Setting<Pattern> AUTHOR = new Setting<>("author", Pattern.compile("(?!)"),
                "the author line of a title footnote, its groups the name, the job title and the e-mail address "
                        + "(default: a pattern that matches nothing, so no author is read)");
        public static final Setting<String> TYPE = new Setting<>("type", "Person",
                "the class of the author (default: Person)");
        public static final Setting<String> GROUP = new Setting<>("group", "organisation",
                "the class group of the author's organisations, named before the author (default: organisation)");
        public static final Setting<String> CREATOR = new Setting<>("creator", "dct:creator",
                "the property from the document to its author (default: dct:creator)");

        /** The author line is the layout's key {@code author}; the rest may be set under settings.authorFacts. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("authorFacts"), "authorFacts", List.of(TYPE, GROUP, CREATOR));
            return new Settings(AUTHOR.from(ex.settings()), TYPE.from(given), GROUP.from(given),
                    CREATOR.from(given));
        }
    }

    private final Settings settings;

    public AuthorExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "author";
    }

    @Override
    public Phase phase() {
        return Phase.DOCUMENT;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        Matcher m = settings.author().matcher(passage.text());
        if (!passage.about().equals(java.util.Optional.of(context.document())) || !m.find()) {
            return Proposal.nothing();
        }
        String at = passage.at();
        String author = CandidateEntity.BLANK + "author";
        Evidence line = new Evidence(at, m.start(), m.end());
        List<CandidateFact> facts = new ArrayList<>();
        facts.add(new CandidateFact(author, "jobTitle", m.group(2), true, id() + "/jobTitle",
                new Evidence(at, m.start(2), m.end(2)), "the job title after the author's name"));
        facts.add(new CandidateFact(author, "email", m.group(3), true, id() + "/email",
                new Evidence(at, m.start(3), m.end(3)), "the address in brackets after the job title"));
        for (Mention o : context.names().find(passage.text().substring(0, m.start()))) {
            if (context.inGroup(settings.group(), o.id())) {
                facts.add(new CandidateFact(author, "affiliation", o.id(), false, id() + "/affiliation",
                        new Evidence(at, o.start(), o.end()), "named before the author in the footnote"));
            }
        }
        facts.add(new CandidateFact(context.document(), settings.creator(), author, false, id() + "/creator", line,
                "the footnote on the title names the author"));
        return new Proposal(List.of(new CandidateEntity(author, settings.type(), m.group(1), "author",
                new Evidence(at, m.start(1), m.end(1)), "the author named in the footnote on the title")), facts);
    }
}
