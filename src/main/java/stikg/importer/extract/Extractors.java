package stikg.importer.extract;

import java.util.List;
import stikg.importer.config.LayoutConfig;

/** Every extractor, with the settings a layout gives, in the order their candidates are merged. */
public final class Extractors {

    private Extractors() {
    }

    public static List<Extractor> all(LayoutConfig.Extraction ex) {
        return List.of(new NestingExtractor(NestingExtractor.Settings.from(ex)),
                new StatusExtractor(StatusExtractor.Settings.from(ex)),
                new ExampleMembersExtractor(ExampleMembersExtractor.Settings.from(ex)),
                new CountryExtractor(CountryExtractor.Settings.from(ex)),
                new RelationExtractor(RelationExtractor.Settings.from(ex)),
                new FigureExtractor(FigureExtractor.Settings.from(ex)),
                new ListNumberExtractor(ListNumberExtractor.Settings.from(ex)));
    }

    /**
     * The extractors that propose names the draft does not know yet (a candidate's subject is the name as printed),
     * read before the others, so that these see the things they name.
     */
    public static List<Extractor> namers(LayoutConfig.Words words) {
        return List.of(new NamedThingExtractor(NamedThingExtractor.Settings.from(words)));
    }
}
