package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * Organisations named one right after the other ("내각관방 국가안전보장국", "외무성 재외공관"): a brief names a unit
 * after the body it belongs to, so the second is part of the first. Only names with nothing but a configured
 * separator between them count, so that lists ("JICA, NEDO") and other links ("JST를 통해") do not.
 */
public final class NestingExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(String group, List<String> separators, String property) {

        public static final Setting<String> GROUP = new Setting<>("group", "organisation",
                "the class group both names must be in (default: organisation)");
        public static final Setting<List<String>> SEPARATORS = new Setting<>("separators", List.of(" "),
                "what may stand between the body and its unit (default: one blank)");
        public static final Setting<String> PROPERTY = new Setting<>("property", "org:subOrganizationOf",
                "the property the unit gets, pointing to its body (default: org:subOrganizationOf)");

        public Settings {
            separators = List.copyOf(separators);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.Nesting n = (LayoutConfig.Nesting) ex.setting("nesting");
            Map<String, Object> given = Map.of("group", n.group(), "separators", n.separators(), "property",
                    n.property());
            return new Settings(GROUP.from(given), SEPARATORS.from(given), PROPERTY.from(given));
        }
    }

    private final Settings settings;

    public NestingExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "nesting";
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<Mention> found = context.names().find(text);
        List<CandidateFact> out = new ArrayList<>();
        for (int i = 0; i + 1 < found.size(); i++) {
            Mention parent = found.get(i);
            Mention unit = found.get(i + 1);
            if (unit.start() < parent.end()) {
                continue;
            }
            String between = text.substring(parent.end(), unit.start());
            if (settings.separators().contains(between) && context.inGroup(settings.group(), parent.id())
                    && context.inGroup(settings.group(), unit.id()) && !parent.id().equals(unit.id())) {
                out.add(new CandidateFact(unit.id(), settings.property(), parent.id(), false, id() + "/adjacent",
                        new Evidence(passage.at(), parent.start(), unit.end()), "'" + text.substring(parent.start(),
                        unit.end()) + "': a unit named after its body"));
            }
        }
        return List.copyOf(out);
    }
}
