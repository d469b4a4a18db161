package stikg.source;

import java.util.List;

/** Every curated file of one build: the lexicon files and the source files, each in a stable order. */
public record SourceSet(List<SourceFile> lexicon, List<SourceFile> sources) {

    public SourceSet {
        lexicon = List.copyOf(lexicon);
        sources = List.copyOf(sources);
    }
}
