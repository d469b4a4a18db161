package stikg.importer.extract;

import java.util.List;
import stikg.importer.config.LayoutConfig;

/**
 * Every extractor, with the settings a layout gives, in the order their candidates are merged within a phase
 * ({@link Extractor#phase()}).
 */
public final class Extractors {

    private Extractors() {
    }

    /**
     * Every extractor the assembler runs, whatever its phase or its place in the order: what the contract and
     * architecture tests enumerate, so that no extractor escapes them. An extractor run from another list than
     * {@link #all} is added here too.
     */
    public static List<Extractor> every(LayoutConfig layout) {
        return all(layout.extraction());
    }

    public static List<Extractor> all(LayoutConfig.Extraction ex) {
        return List.of(new DisclaimerExtractor(DisclaimerExtractor.Settings.from(ex)),
                new ClassificationExtractor(ClassificationExtractor.Settings.from(ex)),
                new NestingExtractor(NestingExtractor.Settings.from(ex)),
                new StatusExtractor(StatusExtractor.Settings.from(ex)),
                new ExampleMembersExtractor(ExampleMembersExtractor.Settings.from(ex)),
                new CountryExtractor(CountryExtractor.Settings.from(ex)),
                new RelationExtractor(RelationExtractor.Settings.from(ex)));
    }
}
