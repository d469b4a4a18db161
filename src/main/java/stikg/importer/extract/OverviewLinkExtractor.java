package stikg.importer.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.NameFolder;

/**
 * Links an overview's items to the sub-areas that treat them in detail. An overview table lists, per policy area, a
 * handful of headline measures; the sections after it treat the same area in sub-areas whose names echo those
 * measures ("산학연계" in the overview, "(산학연계)" as a topic below). The passage is an overview row, about its
 * area, that prints its items' names; the items and the area's sub-areas come from the draft's outline in the
 * context. Each item is related to the sub-area of its area whose name is most like its own, when the sub-area's
 * name lies within the item's or the two share enough character pairs; a sub-area is related to one item at most,
 * the most similar, and an item to one sub-area.
 */
public final class OverviewLinkExtractor implements Extractor {

    /** The settings of this extractor (the layout's key {@code overviewLinks}), each with a documented default. */
    public record Settings(String subType, String subLink, String property, double minimumSimilarity) {

        public static final Setting<String> SUB_TYPE = new Setting<>("subType", "SubArea",
                "the class of the sub-areas items are linked to (default: SubArea)");
        public static final Setting<String> SUB_LINK = new Setting<>("subLink", "subAreaOf",
                "the property from a sub-area to its area (default: subAreaOf)");
        public static final Setting<String> PROPERTY = new Setting<>("property", "skos:related",
                "the property from an item to the sub-area that treats it (default: skos:related)");
        public static final Setting<Double> MINIMUM_SIMILARITY = new Setting<>("minimumSimilarity", 0.35,
                "how alike by character pairs (Dice) an item's and a sub-area's names must at least be, unless one "
                        + "holds the other (default: 0.35)");

        public static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.OverviewLinks o = (LayoutConfig.OverviewLinks) ex.setting("overviewLinks");
            Map<String, Object> given = o == null ? Map.of() : Map.of("subType", o.subType(), "subLink",
                    o.subLink(), "property", o.property(), "minimumSimilarity", o.minimumSimilarity());
            return new Settings(SUB_TYPE.from(given), SUB_LINK.from(given), PROPERTY.from(given),
                    MINIMUM_SIMILARITY.from(given));
        }
    }

    private final Settings settings;
    private final NameFolder folder;

    /** An extractor comparing names as {@code folder} folds them (no blanks, no ignored marks). */
    public OverviewLinkExtractor(Settings settings, NameFolder folder) {
        this.settings = settings;
        this.folder = folder;
    }

    @Override
    public String id() {
        return "overview-link";
    }

    @Override
    public Phase phase() {
        return Phase.OUTLINE;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        if (passage.about().isEmpty()) {
            return List.of();
        }
        String area = passage.about().get();
        Outline outline = context.outline();
        // the items this row lists whose names it prints, each with where its name stands
        record Item(DraftedThing thing, int start) {
        }
        List<Item> items = new ArrayList<>();
        for (DraftedThing t : outline.listedBy(area)) {
            int at = t.name().isBlank() ? -1 : passage.text().indexOf(t.name());
            if (at >= 0) {
                items.add(new Item(t, at));
            }
        }
        List<DraftedThing> subs = outline.things().stream().filter(t -> t.types().contains(settings.subType())
                && t.links(settings.subLink(), area)).toList();
        record Pair(Item item, DraftedThing sub, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Item item : items) {
            for (DraftedThing sub : subs) {
                double s = similarity(item.thing().name(), sub.name());
                if (s >= settings.minimumSimilarity()) {
                    pairs.add(new Pair(item, sub, s));
                }
            }
        }
        // the most alike first (a stable sort: ties keep the row's order), each item and sub-area taken once
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        Set<String> usedItems = new HashSet<>();
        Set<String> usedSubs = new HashSet<>();
        List<CandidateFact> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (!usedItems.contains(p.item().thing().id()) && !usedSubs.contains(p.sub().id())) {
                usedItems.add(p.item().thing().id());
                usedSubs.add(p.sub().id());
                int start = p.item().start();
                out.add(new CandidateFact(p.item().thing().id(), settings.property(), p.sub().id(), false,
                        id() + "/echo", new Evidence(passage.at(), start, start + p.item().thing().name().length()),
                        "the overview item echoes the sub-area '" + p.sub().name() + "'"));
            }
        }
        return List.copyOf(out);
    }

    private double similarity(String item, String sub) {
        String i = folder.fold(item);
        String s = folder.fold(sub);
        return !s.isEmpty() && i.contains(s) ? 1.0 : NameFolder.dice(i, s);
    }
}
