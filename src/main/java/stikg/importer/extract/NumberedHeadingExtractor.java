package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * An item of a numbered list printed as a heading line of its own: the line opens with the list's title word and the
 * item's number, a dot or a colon, then the item's name ("전략 1. 연구 생태계 혁신 (주관: 디지털과학부)", "정책분야 2:
 * 국가전략기술 확보"). The title word decides what the item is, as a counted list's title word does (the table kinds'
 * title words: 전략, 분야, 미션 … make policy areas of the plan); the item gets its number and order, and the plan the
 * passage is about gets it by the kind's link. The name ends at a bracket or a dash with blanks around it ("개방형
 * 국제협력 ― 다음 두 과제를 추진한다"); a bracket after it that opens with a word of the lead column's headers ("(주관:
 * A·B)") names the bodies that lead the item, each proposed by its name (the merge resolves it to the body the draft
 * names so). A line whose name is long or ends a sentence is no heading.
 */
public final class NumberedHeadingExtractor implements ProposingExtractor {

    /** The settings of this extractor (the layout's {@code settings.numberedHeadings}), each with a documented default. */
    public record Settings(List<LayoutConfig.TableKind> kinds, LayoutConfig.LeadColumn lead, Pattern heading,
            Pattern nameEnd, Pattern sentenceEnd, int maximumWords) {

        public static final Setting<Pattern> HEADING = new Setting<>("heading",
                Pattern.compile("^([가-힣]{1,8})\\s?(\\d{1,2})\\s?[.:]\\s+(\\S.*)$"), "a heading line of a numbered "
                        + "item: its title word (group 1), its number (group 2) and the rest (group 3) (default: "
                        + "'^([가-힣]{1,8})\\s?(\\d{1,2})\\s?[.:]\\s+(\\S.*)$', \"전략 1. …\", \"정책분야 2: …\")");
        public static final Setting<Pattern> NAME_END = new Setting<>("nameEnd",
                Pattern.compile("\\s*(?:[(（]|\\s[-–—―]\\s)"), "where the item's name ends: a bracket, or a dash with "
                        + "blanks around it (default: '\\s*(?:[(（]|\\s[-–—―]\\s)')");
        public static final Setting<Integer> MAXIMUM_WORDS = new Setting<>("maximumWords", 6,
                "at most this many words in the item's name, so that a sentence is not taken for a heading "
                        + "(default: 6)");

        public Settings {
            kinds = List.copyOf(kinds);
        }

        /**
         * The title words are the table kinds' ({@code tableKinds}), the lead words and separators the lead column's
         * ({@code tables.leadColumn}), what ends a sentence the grammar's ({@code pages.sentenceEnd}).
         */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("numberedHeadings"), "numberedHeadings",
                    List.of(HEADING, NAME_END, MAXIMUM_WORDS));
            return new Settings(layout.extraction().tableKinds(), layout.structure().leadColumn(), HEADING.from(given),
                    NAME_END.from(given), layout.structure().page().sentenceEnd(), MAXIMUM_WORDS.from(given));
        }
    }

    private final Settings settings;

    public NumberedHeadingExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "numberedHeading";
    }

    @Override
    public Phase phase() {
        return Phase.LISTS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        Matcher m = settings.heading().matcher(text);
        if (!m.matches()) {
            return Proposal.nothing();
        }
        String title = m.group(1);
        Optional<LayoutConfig.TableKind> kind = settings.kinds().stream()
                .filter(k -> k.titleWords().stream().anyMatch(title::contains)).findFirst();
        int number = Integer.parseInt(m.group(2));
        if (kind.isEmpty() || number < 1) {
            return Proposal.nothing();
        }
        int start = m.start(3);
        Matcher end = settings.nameEnd().matcher(text).region(start, text.length());
        int nameEnd = end.find() ? end.start() : text.length();
        String name = text.substring(start, nameEnd).strip();
        if (name.isEmpty() || name.split("\\s+").length > settings.maximumWords()
                || settings.sentenceEnd().matcher(name).find()) {
            return Proposal.nothing();
        }
        Evidence named = new Evidence(passage.at(), start, start + name.length());
        Evidence heading = new Evidence(passage.at(), m.start(1), start + name.length());
        LayoutConfig.Role row = kind.get().row();
        String key = CandidateEntity.BLANK + "item";
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        entities.add(new CandidateEntity(key, row.type(), name, "heading", named, "item " + number + " of a list "
                + "printed as headings under the title word '" + title + "' (its title word decides the class)"));
        facts.add(new CandidateFact(key, "number", String.valueOf(number), true, id() + "/number", heading,
                "the number the heading gives the item"));
        facts.add(new CandidateFact(key, "order", String.valueOf(number), true, id() + "/order", heading,
                "the item's place in its list, by its number"));
        if (row.planToRow() != null && passage.about().isPresent()) {
            facts.add(new CandidateFact(passage.about().get(), row.planToRow(), key, false,
                    id() + "/" + row.planToRow(), heading, "the plan's list, by its title word"));
        }
        leads(text, nameEnd).forEach(b -> {
            String body = CandidateEntity.BLANK + "lead-" + entities.size();
            Evidence at = new Evidence(passage.at(), b[0], b[1]);
            entities.add(new CandidateEntity(body, settings.lead().type(), text.substring(b[0], b[1]), "lead", at,
                    "a body the heading's bracket names after a lead word"));
            facts.add(new CandidateFact(key, settings.lead().property(), body, false, id() + "/lead", at,
                    "the bracket after the item's name names who leads it"));
        });
        return new Proposal(entities, facts);
    }

    /** The spans of the bodies a bracket after the name names after a lead word ("(주관: A·B)"). */
    private List<int[]> leads(String text, int from) {
        List<int[]> out = new ArrayList<>();
        int open = text.indexOf('(', from);
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (close < 0) {
            return out;
        }
        String inside = text.substring(open + 1, close);
        int colon = Math.max(inside.indexOf(':'), inside.indexOf('：'));
        if (colon < 0 || !settings.lead().headers().contains(inside.substring(0, colon).strip())) {
            return out;
        }
        int i = open + 1 + colon + 1;
        int partStart = i;
        for (; i <= close; i++) {
            boolean cut = i == close || settings.lead().separators().contains(String.valueOf(text.charAt(i)));
            if (cut) {
                String part = text.substring(partStart, i);
                int lead = part.length() - part.stripLeading().length();
                String body = part.strip();
                if (!body.isEmpty() && !body.contains(" ")) {
                    out.add(new int[] {partStart + lead, partStart + lead + body.length()});
                }
                partStart = i + 1;
            }
        }
        return out;
    }
}
