package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The measures a bullet states ("- … CSTI와 유관 정부부처 간 협력을 강화", "- ※ … 등을 실시할 방침"): a bullet whose
 * text ends in a word of policy states what the government will do, and each action it lists is a measure of what
 * the passage is about ({@link TextPassage#about()}: the sub-area or area the bullet stands under, which the merge
 * decides from the section and the topic above it). A bullet opening with a topic states its measures after it.
 * Bullets that describe, explain or report end in no word of policy and give nothing.
 *
 * <p>Each action is proposed ({@link #MEASURE}: the merge numbers it after the bullet's line and, when the bullet
 * lists several, its place) with its name, its name as printed, its link to what the passage is about, where it
 * stands by how the bullet ends or opens ("… 검토": under consideration), and the organisations its words name with
 * a role by the words right after the name (the one leading it, the ones it is about). Whether the bullet previews
 * the sub-areas a table lists below it, and what a category of technology it stands under supports, need the draft
 * and are the merge's.
 */
public final class StatementExtractor implements ProposingExtractor {

    /** The local name of a proposed measure: the merge makes its id from the bullet's line and the action's place. */
    public static final String MEASURE = "statement";

    /** The property of an action's name as printed, when it differs from its name: an alternative name. */
    public static final String PRINTED = "skos:altLabel";

    /** The property of where a measure stands. */
    public static final String STATUS = "status";

    /**
     * The settings of this extractor, all from the layout's rules of statements: the topic opening a bullet, the
     * word of policy a stating bullet ends in, the class of a measure and its link to what it stands under, where a
     * measure stands by its bullet's words, the roles of the organisations it names, and the class group of an
     * organisation (default: "organisation").
     */
    public record Settings(Pattern opening, Pattern policyEnd, String measureClass, String link,
            List<LayoutConfig.StatementStatus> status, List<LayoutConfig.StatementRole> roles, String organisations) {

        public static final Setting<String> ORGANISATIONS = new Setting<>("organisationGroup", "organisation",
                "the class group whose members named in a measure's words may lead it or be what it is about "
                        + "(default: organisation)");

        public Settings {
            status = List.copyOf(status);
            roles = List.copyOf(roles);
        }

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Topics t = layout.extraction().topics();
            LayoutConfig.Statements s = t.statements();
            var given = Setting.given(layout.extraction().setting("statementMeasures"), "statementMeasures",
                    List.of(ORGANISATIONS));
            return new Settings(t.opening(), s.policyEnd(), s.type(), s.link(), s.status(), s.roles(),
                    ORGANISATIONS.from(given));
        }
    }

    private final Settings settings;
    private final ActionSplitter splitter;

    /** An extractor with its settings and the layout's splitter of a list into actions. */
    public StatementExtractor(Settings settings, ActionSplitter splitter) {
        this.settings = settings;
        this.splitter = splitter;
    }

    @Override
    public String id() {
        return "statements";
    }

    @Override
    public Phase phase() {
        return Phase.STATEMENTS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        if (passage.about().isEmpty() || text.isBlank() || !settings.policyEnd().matcher(text.strip()).find()) {
            return Proposal.nothing();
        }
        String owner = passage.about().get();
        Matcher topic = settings.opening().matcher(text);
        int body = topic.lookingAt() ? topic.end() : 0;
        String stated = text.substring(body).strip();
        List<ActionSplitter.Action> actions = splitter.split(text.substring(body));
        Optional<String> status = settings.status().stream().filter(st -> st.pattern().matcher(stated).find())
                .findFirst().map(LayoutConfig.StatementStatus::status);
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        int from = body;
        for (int n = 1; n <= actions.size(); n++) {
            ActionSplitter.Action a = actions.get(n - 1);
            String words = a.printed() != null ? a.printed() : a.name();
            // the action's words where they stand from the last action on, else the bullet's body
            int at = words.isEmpty() ? -1 : text.indexOf(words, from);
            Evidence evidence = at < 0 ? new Evidence(passage.at(), body, text.length())
                    : new Evidence(passage.at(), at, at + words.length());
            from = at < 0 ? from : at + words.length();
            String key = CandidateEntity.BLANK + MEASURE + "-" + n;
            String why = actions.size() > 1 ? "action " + n + " of " + actions.size() + " the bullet at "
                    + passage.at() + " states" : "what the bullet at " + passage.at() + " states";
            entities.add(new CandidateEntity(key, settings.measureClass(), a.name(), MEASURE, evidence, why));
            if (a.printed() != null) {
                facts.add(new CandidateFact(key, PRINTED, a.printed(), true, id() + "/printed", evidence,
                        "the action as printed"));
            }
            facts.add(new CandidateFact(key, settings.link(), owner, false, id() + "/under", evidence,
                    "a measure the bullet states stands under what the bullet stands under"));
            status.ifPresent(st -> facts.add(new CandidateFact(key, STATUS, st, true, id() + "/status",
                    new Evidence(passage.at(), body, text.length()), "where the bullet's words say it stands")));
            for (Mention m : context.names().find(words)) {
                if (!organisation(context.typesOf().apply(m.id()), context)) {
                    continue;
                }
                String after = words.substring(m.end());
                Evidence named = at < 0 ? evidence : new Evidence(passage.at(), at + m.start(), at + m.end());
                settings.roles().stream().filter(r -> r.after().matcher(after).lookingAt()).findFirst()
                        .ifPresent(r -> facts.add(new CandidateFact(key, r.property(), m.id(), false,
                                id() + "/role", named, "the organisation the measure's words name, by the words "
                                        + "after its name")));
            }
        }
        return new Proposal(entities, facts);
    }

    private boolean organisation(List<String> types, ExtractionContext context) {
        List<String> members = context.classGroups().getOrDefault(settings.organisations(), List.of());
        return types.stream().anyMatch(members::contains);
    }
}
