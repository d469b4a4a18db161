package stikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;

/** Reading a library folder: what a curator who broke a query file is told. */
class QueryLibraryFilesTest {

    @Test
    void givenAQueryFileThatDoesNotParse_whenTheLibraryIsRead_thenOneLineNamesFileLineColumnAndWhatTheParserMet(
            @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fine.rq"), "SELECT * WHERE { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("broken.rq"), "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:p \n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QueryLibrary.read(dir));
        String problem = e.getMessage().lines().filter(l -> l.contains("broken.rq")).findFirst().orElseThrow();
        assertTrue(problem.contains("broken.rq:3:") || problem.contains("broken.rq:2:"), problem);
        assertTrue(problem.contains("Encountered"), problem);
        // the parser's list of every token it could have taken is left out: one problem, one line
        assertEquals(2, e.getMessage().strip().lines().count(), e.getMessage());
    }
}
