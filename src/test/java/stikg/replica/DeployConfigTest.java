package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import stikg.testing.Prerequisites;

/** The shipped HAProxy configuration is the one the cluster runs, and HAProxy accepts it. */
class DeployConfigTest {

    private static final Path SHIPPED = Path.of("deploy/haproxy.cfg");

    @Test
    void givenTheShippedConfiguration_thenItIsWhatTheClusterRendersForTheExamplePorts() throws Exception {
        assertEquals(HaproxyConfig.example().render(), Files.readString(SHIPPED, StandardCharsets.UTF_8),
                "deploy/haproxy.cfg differs from HaproxyConfig.example().render(): regenerate it");
    }

    @Test
    void givenTheShippedConfiguration_whenHaproxyChecksIt_thenItIsValid() throws Exception {
        Path haproxy = Prerequisites.haproxy();
        Process p = new ProcessBuilder(haproxy.toString(), "-c", "-f", SHIPPED.toString()).redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(!output.contains("WARNING"), output);
    }
}
