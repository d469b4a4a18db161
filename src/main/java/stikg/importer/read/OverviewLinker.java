package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.NameFolder;

/**
 * A linker of an overview's items to the sub-areas that treat them in detail. An overview table lists, per
 * policy area, a handful of headline measures; the sections after it treat the same area in sub-areas whose
 * names echo those measures ("산학연계" in the overview, "(산학연계)" as a topic below). Each item is related
 * to the sub-area of its area whose name is most like its own, when the sub-area's name lies within the item's
 * or the two share enough character pairs; a sub-area is related to one item at most, the most similar.
 */
final class OverviewLinker {

    /** The settings of this linker (the layout's key {@code overviewLinks}), each with a documented default. */
    record Settings(String subType, String subLink, String property, double minimumSimilarity) {

        static final Setting<String> SUB_TYPE = new Setting<>("subType", "SubArea",
                "the class of the sub-areas items are linked to (default: SubArea)");
        static final Setting<String> SUB_LINK = new Setting<>("subLink", "subAreaOf",
                "the property from a sub-area to its area (default: subAreaOf)");
        static final Setting<String> PROPERTY = new Setting<>("property", "skos:related",
                "the property from an item to the sub-area that treats it (default: skos:related)");
        static final Setting<Double> MINIMUM_SIMILARITY = new Setting<>("minimumSimilarity", 0.35,
                "how alike by character pairs (Dice) an item's and a sub-area's names must at least be, unless one "
                        + "holds the other (default: 0.35)");

        static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.OverviewLinks o = (LayoutConfig.OverviewLinks) ex.setting("overviewLinks");
            Map<String, Object> given = o == null ? Map.of() : Map.of("subType", o.subType(), "subLink",
                    o.subLink(), "property", o.property(), "minimumSimilarity", o.minimumSimilarity());
            return new Settings(SUB_TYPE.from(given), SUB_LINK.from(given), PROPERTY.from(given),
                    MINIMUM_SIMILARITY.from(given));
        }
    }

    private final Settings rule;
    private final EntityBook book;
    private final NameFolder folder;

    OverviewLinker(Settings rule, EntityBook book, NameFolder folder) {
        this.rule = rule;
        this.book = book;
        this.folder = folder;
    }

    /** Relates the items of one area (an overview row) to the sub-areas of that area. */
    void link(String area, List<EntityBuilder> items) {
        List<EntityBuilder> subs = book.definitions().stream().filter(b -> b.types().contains(rule.subType())
                && b.hasRef(rule.subLink(), area)).toList();
        record Pair(EntityBuilder item, EntityBuilder sub, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (EntityBuilder item : items) {
            for (EntityBuilder sub : subs) {
                double s = similarity(name(item), name(sub));
                if (s >= rule.minimumSimilarity()) {
                    pairs.add(new Pair(item, sub, s));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        Set<String> usedItems = new HashSet<>();
        Set<String> usedSubs = new HashSet<>();
        for (Pair p : pairs) {
            if (!usedItems.contains(p.item().id()) && !usedSubs.contains(p.sub().id())) {
                usedItems.add(p.item().id());
                usedSubs.add(p.sub().id());
                p.item().ref(rule.property(), p.sub().id(), null)
                        .comment("the overview item echoes the sub-area '" + name(p.sub()) + "'");
            }
        }
    }

    private String name(EntityBuilder b) {
        return b.labels().getOrDefault(book.language(), "");
    }

    private double similarity(String item, String sub) {
        String i = folder.fold(item);
        String s = folder.fold(sub);
        return !s.isEmpty() && i.contains(s) ? 1.0 : SectionAreas.dice(i, s);
    }
}
