package stikg.importer.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * Which policy area a section of the brief is about: the area whose name its title holds, or the one its title
 * resembles most by character pairs (the brief shortens or rewords the names its overview table gives). A section
 * may also head its areas itself, one after another ("■ 전략 2. …" under "03 4대 추진전략"): a line stands under the
 * area whose heading is the last before it in its section.
 */
final class SectionAreas {

    /** The settings of this reader: the layout's {@code settings.sectionAreas}, each with a documented default. */
    record Settings(double minimumLikeness) {

        static final Setting<Double> MINIMUM_LIKENESS = new Setting<>("minimumLikeness", 0.6,
                "a section is about the policy area whose name its title resembles most by character pairs (Dice), "
                        + "if at least this much (default: 0.6)");

        static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("sectionAreas"), "sectionAreas", List.of(MINIMUM_LIKENESS));
            return new Settings(MINIMUM_LIKENESS.from(given));
        }
    }

    /** Where a thing drafted from prose stands: its first line, "L64" or "L58-59" (a table row's is "t-…#1 L54"). */
    private static final Pattern PROSE_LINE = Pattern.compile("L(\\d+)(?:-\\d+)?");

    private final Settings settings;
    private final EntityBook book;
    private final NameFolder folder;

    SectionAreas(Settings settings, EntityBook book, NameFolder folder) {
        this.settings = settings;
        this.book = book;
        this.folder = folder;
    }

    /**
     * The policy area a line of prose stands under: the area drafted from a heading line of prose (not a table row)
     * that is the last before it in its section, else the area the section is about.
     */
    Optional<String> areaAt(Segmentation seg, int line) {
        Optional<Segmentation.Section> section = seg.sectionAt(line);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestLine = 0;
        for (EntityBuilder b : book.definitions()) {
            Matcher m = PROSE_LINE.matcher(b.at() == null ? "" : b.at());
            if (!b.types().contains("PolicyArea") || !m.matches()) {
                continue;
            }
            int heading = Integer.parseInt(m.group(1));
            if (heading > bestLine && heading <= line && seg.sectionAt(heading).equals(section)) {
                best = b.id();
                bestLine = heading;
            }
        }
        return best != null ? Optional.of(best) : areaOf(section.get());
    }

    Optional<String> areaOf(Segmentation.Section section) {
        String title = folder.fold(section.title());
        String best = null;
        double score = settings.minimumLikeness();
        for (EntityBuilder b : book.definitions()) {
            if (!b.types().contains("PolicyArea")) {
                continue;
            }
            for (String label : b.labels().values()) {
                String l = folder.fold(label);
                double s = title.contains(l) || l.contains(title) ? 1.0 : NameFolder.dice(title, l);
                if (s > score) {
                    score = s;
                    best = b.id();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
