package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * Examples given in brackets after a name ("전략적창조연구추진사업(CREST 등)"): a bracket that lists things of the
 * same class group and closes with an enumerating word names parts of the thing before it.
 */
public final class ExampleMembersExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(String group, String closer, String property) {

        public static final Setting<String> GROUP = new Setting<>("group", "programme",
                "the class group the thing and its examples must be in (default: programme)");
        public static final Setting<String> CLOSER = new Setting<>("closer", "등",
                "the enumerating word that closes a bracket of examples (default: 등)");
        public static final Setting<String> PROPERTY = new Setting<>("property", "partOf",
                "the property each example gets, pointing to the thing before the bracket (default: partOf)");

        public static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.Examples e = (LayoutConfig.Examples) ex.setting("examples");
            Map<String, Object> given = Map.of("group", e.group(), "closer", e.closer(), "property", e.property());
            return new Settings(GROUP.from(given), CLOSER.from(given), PROPERTY.from(given));
        }
    }

    private final Settings settings;

    public ExampleMembersExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "examples";
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<Mention> found = context.names().find(text);
        List<CandidateFact> out = new ArrayList<>();
        for (Mention whole : found) {
            if (!text.startsWith("(", whole.end()) || !context.inGroup(settings.group(), whole.id())) {
                continue;
            }
            int close = text.indexOf(')', whole.end());
            if (close < 0 || !text.substring(whole.end() + 1, close).strip().endsWith(" " + settings.closer())) {
                continue;
            }
            for (Mention part : found) {
                if (part.start() > whole.end() && part.end() <= close && !part.id().equals(whole.id())
                        && context.inGroup(settings.group(), part.id())) {
                    out.add(new CandidateFact(part.id(), settings.property(), whole.id(), false, id() + "/bracket",
                            new Evidence(passage.at(), whole.start(), close + 1),
                            "named as an example in brackets after '" + whole.surface() + "'"));
                }
            }
        }
        return List.copyOf(out);
    }
}
