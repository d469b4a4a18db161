package stikg.importer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.source.SourceFile;
import stikg.source.SourceReader;

/**
 * The agreement metric: literals compare by value, whatever notation a file writes a number in; entities the
 * names leave apart are the same when they stand in the same passage and their names share most character pairs.
 */
class DraftAgreementTest {

    @TempDir
    Path dir;

    private SourceFile source(String name, String amount) throws Exception {
        Path f = dir.resolve("sources").resolve(name + ".yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n",
                "document:",
                "  id: " + name,
                "  lines: 1",
                "  at: L1",
                "  label: {ko: 문서}",
                "entities:",
                "  - id: " + name + "-target",
                "    type: Target",
                "    at: L1",
                "    label: {ko: 목표}",
                "    amount: " + amount,
                "    currency: JPY",
                ""));
        return new SourceReader(dir).read(f, SourceFile.Kind.SOURCE);
    }

    private SourceFile measures(String name, String... labelsAtLines) throws Exception {
        Path f = dir.resolve("sources").resolve(name + ".yaml");
        Files.createDirectories(f.getParent());
        StringBuilder yaml = new StringBuilder("document:\n  id: " + name + "\n  lines: 30\n  at: L1\n"
                + "  label: {ko: 문서}\nentities:\n");
        for (int i = 0; i < labelsAtLines.length; i += 2) {
            yaml.append("  - id: ").append(name).append("-m").append(i).append("\n    type: Measure\n    at: ")
                    .append(labelsAtLines[i + 1]).append("\n    label: {ko: \"").append(labelsAtLines[i])
                    .append("\"}\n");
        }
        Files.writeString(f, yaml.toString());
        return new SourceReader(dir).read(f, SourceFile.Kind.SOURCE);
    }

    @Test
    void givenAMeasureTheCuratorsQualified_whenBothStandInTheSamePassage_thenTheyAreTheSameEntity() throws Exception {
        DraftAgreement.Figures fig = new DraftAgreement(List.of()).compare(
                measures("draft", "인재 육성", "L12", "지역 발 스타트업 창출", "L20"),
                measures("curated", "국가전략기술 인재 육성", "L12", "스마트시티 추진", "L20"));
        assertEquals(1, fig.matchedEntities(), "the second pair shares a passage but hardly a character pair");
        assertEquals(List.of("curated-m0 = draft-m0"), fig.samePassage());
        assertEquals(0, fig.byNameOnly().matchedEntities(), "by names alone neither pair agrees");
    }

    @Test
    void givenTheSameNamesOnDifferentLines_whenCompared_thenThePassagePassDoesNotMatchThem() throws Exception {
        DraftAgreement.Figures fig = new DraftAgreement(List.of()).compare(measures("draft", "인재 육성", "L12"),
                measures("curated", "국가전략기술 인재 육성", "L13"));
        assertEquals(0, fig.matchedEntities());
    }

    /** A file defining, in the order given, entities "id:Class:name:year" (a year as a fact of each). */
    private SourceFile things(String name, String... idClassNameYear) throws Exception {
        Path f = dir.resolve("sources").resolve(name + ".yaml");
        Files.createDirectories(f.getParent());
        StringBuilder yaml = new StringBuilder("document:\n  id: " + name + "\n  lines: 30\n  at: L1\n"
                + "  label: {ko: 문서}\nentities:\n");
        for (String t : idClassNameYear) {
            String[] p = t.split(":");
            yaml.append("  - {id: ").append(p[0]).append(", type: ").append(p[1]).append(", at: L1, label: {ko: \"")
                    .append(p[2]).append("\"}, startDate: ").append(p[3]).append("}\n");
        }
        Files.writeString(f, yaml.toString());
        return new SourceReader(dir).read(f, SourceFile.Kind.SOURCE);
    }

    @Test
    void givenAPlanAndTheDocumentPrintingItUnderOneName_whenCompared_thenEachIsMatchedToTheDraftedEntityOfItsKind()
            throws Exception {
        // the draft lists the document first, the curated file the plan first: a match by name alone, first come
        // first served, would pair the document with the plan and lose the facts of both
        DraftAgreement.Figures fig = new DraftAgreement(List.of()).compare(
                things("draft", "d-doc:Document:제4차 전략:2026", "d-plan:Plan:제4차 전략:2027"),
                things("curated", "c-plan:Plan:제4차 전략:2027", "c-doc:Document:제4차 전략:2026"));
        assertEquals(List.of(), fig.missedFacts());
        assertEquals(1.0, fig.entityRecall());
    }

    @Test
    void givenTheOnlyDraftedEntityOfANameIsOfAnotherClass_whenCompared_thenItIsStillMatchedByItsName()
            throws Exception {
        // a technology drafted as a policy area is the same entity typed otherwise (a trap fallen), not a miss
        DraftAgreement.Figures fig = new DraftAgreement(List.of()).compare(
                things("draft", "d-x:PolicyArea:양자기술:2026"), things("curated", "c-x:TechnologyArea:양자기술:2026"));
        assertEquals(1.0, fig.entityRecall());
        assertEquals(1, fig.typeConflicts().size());
    }

    @Test
    void givenAnAmountInExponentNotation_whenComparedWithTheSameAmountWrittenOut_thenTheFactsAgree() throws Exception {
        DraftAgreement.Figures fig = new DraftAgreement(List.of()).compare(source("draft", "30000000000000"),
                source("curated", "30e12"));
        assertEquals(List.of(), fig.missedFacts());
        assertEquals(1.0, fig.factRecall());
    }
}
