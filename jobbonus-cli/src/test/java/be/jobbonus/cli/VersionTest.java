package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** {@code jobbonus --version} names the version the build gives the project (pom.xml). */
class VersionTest {

  @Test
  void versionIsTheProjectVersion() {
    String projectVersion = System.getProperty("jobbonus.version");
    assertNotNull(projectVersion, "surefire sets jobbonus.version to ${project.version}");
    Run r = Run.of("--version");
    assertEquals(0, r.code(), r.err());
    assertEquals("jobbonus " + projectVersion, r.out().strip());
    assertEquals("", r.err());
  }
}
