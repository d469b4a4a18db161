package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

/**
 * The topic a bullet opens with in brackets ("- (스타트업 생태계) …"), which names a part of the policy area its
 * section is about ({@link TextPassage#about()}, the area the merge decides from the section's title). The topic is
 * proposed as a thing of no class yet ({@link #TOPIC}): what it is needs more than its bullet (whether it stands at
 * the margin of its section's page, a sub-area, or indented, a measure; whether the draft already defines it), and
 * is the merge's. A topic naming how the area is carried out (one of {@link Settings#implementerWords()}, "(추진체계)
 * 외무성, CSTI … 중심") is no part of the area: the organisations its bullet names carry the area out.
 */
public final class TopicExtractor implements ProposingExtractor {

    /** The local name of a proposed topic, and its key's label. */
    public static final String TOPIC = "topic";

    /** The class of a proposed topic until the merge decides it. */
    public static final String UNDECIDED = "owl:Thing";

    /**
     * The settings of this extractor, from the layout's topic rules (the bracketed topic opening a bullet, the words
     * of a topic naming how an area is carried out and the property to those carrying it out) and its own.
     */
    public record Settings(Pattern opening, List<String> implementerWords, String implementerProperty,
            String organisations) {

        public static final Setting<String> ORGANISATIONS = new Setting<>("organisationGroup", "organisation",
                "the class group whose members a bullet on how an area is carried out names as carrying it out "
                        + "(default: organisation)");

        public Settings {
            implementerWords = List.copyOf(implementerWords);
        }

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Topics t = layout.extraction().topics();
            var given = Setting.given(layout.extraction().setting("topics"), "topics", List.of(ORGANISATIONS));
            return new Settings(t.opening(), t.implementerWords(), t.implementerProperty(),
                    ORGANISATIONS.from(given));
        }
    }

    private final Settings settings;
    private final NameFolder folder;

    /** An extractor with its settings and the layout's folder of names (to compare a topic with the words). */
    public TopicExtractor(Settings settings, NameFolder folder) {
        this.settings = settings;
        this.folder = folder;
    }

    @Override
    public String id() {
        return "topics";
    }

    @Override
    public Phase phase() {
        return Phase.BRACKETED_TOPICS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        Matcher m = settings.opening().matcher(text);
        if (!m.find() || m.group(1).chars().noneMatch(Character::isLetter)) {
            return Proposal.nothing();
        }
        String topic = m.group(1).strip();
        if (!implementer(topic)) {
            int start = m.start(1) + m.group(1).indexOf(topic);
            Evidence evidence = new Evidence(passage.at(), start, start + topic.length());
            return new Proposal(List.of(new CandidateEntity(CandidateEntity.BLANK + TOPIC, UNDECIDED, topic, TOPIC,
                    evidence, "the bracketed topic of the bullet at " + passage.at())), List.of());
        }
        if (passage.about().isEmpty()) {
            return Proposal.nothing();
        }
        List<CandidateFact> facts = new ArrayList<>();
        List<String> members = context.classGroups().getOrDefault(settings.organisations(), List.of());
        for (Mention o : context.names().find(text.substring(m.end()))) {
            if (context.typesOf().apply(o.id()).stream().anyMatch(members::contains)) {
                facts.add(new CandidateFact(passage.about().get(), settings.implementerProperty(), o.id(), false,
                        id() + "/implementer", new Evidence(passage.at(), m.end() + o.start(), m.end() + o.end()),
                        "the organisations the bullet on how the area is carried out names"));
            }
        }
        return new Proposal(List.of(), facts);
    }

    private boolean implementer(String topic) {
        return settings.implementerWords().stream().map(folder::fold).anyMatch(folder.fold(topic.strip())::equals);
    }
}
