package stikg.store;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import stikg.vocab.Sti;

/**
 * What the full-text index holds: every label, alias, acronym and title, in one Lucene field with its language
 * and graph. CJK bigrams find Korean and Japanese words inside compounds ('양자' in 양자컴퓨팅기술) and still
 * tokenise English; an explicit query analyser is deliberately not set (it would break the keyword fields).
 */
public final class TextIndexSpec {

    /** The Lucene field every indexed label goes into; {@code text:query (rdfs:label "…")} searches it. */
    public static final String FIELD = "label";

    private TextIndexSpec() {
    }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", FIELD, RDFS.label.asNode());
        def.set(FIELD, SKOS.prefLabel.asNode());
        def.set(FIELD, SKOS.altLabel.asNode());
        def.set(FIELD, Sti.acronym);
        def.set(FIELD, Sti.title);
        def.set(FIELD, Sti.description);
        def.setLangField("lang");
        def.setGraphField("graph");
        def.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
