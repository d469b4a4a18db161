package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.NameFolder;

/**
 * The rows of a detail table that are the items of the row it details, read from one passage of both ({@link
 * Extractor.Whole#DETAIL_ROWS}). An overview often lists a row's measures in one cell and a later table gives each of
 * them a row ("AI4S 세부 분야별 시책" after a row on AI4S whose cell lists its four parts); the row and the item are
 * then one thing ({@code /same}). They are taken as one only when the counts agree (at least
 * {@link Settings#minimumRows()} rows) and, pair by pair in order, the row's name (folded) lies within the item's or
 * every acronym of the row's name does; anything less proposes nothing. The merge makes each pair one entity.
 */
public final class DetailRowExtractor implements ProposingExtractor {

    /** The property of a candidate from an item to the row of the detail table that is the same thing. */
    public static final String SAME = "sameThing";
    /** The mark of a detail table's row's part, and of an item's part. */
    public static final String ROW = "row";
    public static final String ITEM = "item";

    /** The layout's {@code settings.detailRows}, its words to fold names with and its pattern of an acronym. */
    public record Settings(int minimumRows, NameFolder folder, Pattern acronym) {

        public static final Setting<Integer> MINIMUM_ROWS = new Setting<>("minimumRows", 2,
                "the fewest rows a detail table has for its rows to be taken as the items of the row it details "
                        + "(default: 2)");

        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("detailRows"), "detailRows", List.of(MINIMUM_ROWS));
            return new Settings(MINIMUM_ROWS.from(given), new NameFolder(layout.words()), layout.words().acronym());
        }
    }

    private final Settings settings;

    public DetailRowExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "detail-rows";
    }

    @Override
    public Phase phase() {
        return Phase.DETAILS;
    }

    @Override
    public Whole reads() {
        return Whole.DETAIL_ROWS;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<TextPassage.Part> rows = passage.parts().stream().filter(p -> p.mark().filter(ROW::equals).isPresent())
                .toList();
        List<TextPassage.Part> items = passage.parts().stream().filter(p -> p.mark().filter(ITEM::equals)
                .isPresent()).toList();
        if (rows.size() < settings.minimumRows() || rows.size() != items.size()) {
            return Proposal.nothing();
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!names(rows.get(i).in(passage), items.get(i).in(passage))) {
                return Proposal.nothing();
            }
        }
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = CandidateEntity.BLANK + "row-" + (i + 1);
            String item = CandidateEntity.BLANK + "item-" + (i + 1);
            Evidence rowAt = evidence(passage, rows.get(i));
            entities.add(new CandidateEntity(row, "owl:Thing", rows.get(i).in(passage), ROW, rowAt,
                    "row " + (i + 1) + " of the detail table"));
            entities.add(new CandidateEntity(item, "owl:Thing", items.get(i).in(passage), ITEM,
                    evidence(passage, items.get(i)), "item " + (i + 1) + " of the row the table details"));
            facts.add(new CandidateFact(item, SAME, row, false, id() + "/same", rowAt, "the detail table's rows are, "
                    + "in order, the items of the row it details"));
        }
        return new Proposal(entities, facts);
    }

    private boolean names(String row, String item) {
        String r = settings.folder().fold(row);
        if (!r.isEmpty() && settings.folder().fold(item).contains(r)) {
            return true;
        }
        Matcher m = settings.acronym().matcher(row);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!item.contains(m.group())) {
                return false;
            }
        }
        return any;
    }

    private static Evidence evidence(TextPassage passage, TextPassage.Part p) {
        return new Evidence(passage.at(), p.start(), p.end());
    }
}
