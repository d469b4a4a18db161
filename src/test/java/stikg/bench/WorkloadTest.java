package stikg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.query.QueryLibrary;
import stikg.vocab.Namespaces;

/** The benchmark's workload: the library's queries as a client sends them, without those that leave the server. */
class WorkloadTest {

    private final QueryLibrary library = QueryLibrary.read(Path.of("queries"));

    @Test
    void givenTheLibrary_whenTurnedIntoAWorkload_thenQueriesCallingAServiceAreLeftOutAndNamed() {
        List<String> remote = Workload.remote(library);
        assertTrue(remote.contains("wikidata-facts"), remote.toString());
        List<Workload.Request> requests = Workload.of(library, null, Namespaces.DEFAULT_ID_BASE);
        assertEquals(library.queries().size() - remote.size(), requests.size());
        for (Workload.Request r : requests) {
            assertFalse(remote.contains(r.name()), r.name());
            assertFalse(r.text().contains("SERVICE"), r.name());
        }
    }

    @Test
    void givenParameters_whenSent_thenTheyAreBoundInTheTextAndEntityQueriesAreSelective() {
        Workload.Request card = Workload.of(library, null, Namespaces.DEFAULT_ID_BASE).stream()
                .filter(r -> r.name().equals("entity-card")).findFirst().orElseThrow();
        assertTrue(card.selective());
        assertTrue(card.text().contains("<https://w3id.org/stikg/id/jst>"), card.text());
    }
}
