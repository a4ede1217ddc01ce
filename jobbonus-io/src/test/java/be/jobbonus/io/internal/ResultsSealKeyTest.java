package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.io.SealException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key others may read or write is refused; one its group may read is used with a warning. */
class ResultsSealKeyTest {

  static final String KEY = "a-key-of-at-least-sixteen-bytes";

  @Test
  void aKeyFileOthersCanReadOrWriteIsRefusedWithoutShowingTheKey(@TempDir Path dir) throws IOException {
    Path key = Files.writeString(dir.resolve("key"), KEY + "\n");
    for (String mode : new String[] {"rw-r--r--", "rw----r--", "rw-----w-", "rw-rw-rw-"}) {
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString(mode));
      SealException e = assertThrows(SealException.class, () -> ResultsSeal.fromKeyFile(key), mode);
      assertTrue(e.getMessage().contains("chmod 600") && e.getMessage().contains(mode), e.getMessage());
      assertFalse(e.getMessage().contains(KEY));
    }
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r-----"));
    assertNotNull(ResultsSeal.fromKeyFile(key));
    String w = ResultsSeal.keyFileWarning(key);
    assertTrue(w != null && w.contains("group") && !w.contains(KEY), w);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    assertNotNull(ResultsSeal.fromKeyFile(key));
    assertNull(ResultsSeal.keyFileWarning(key));
  }
}
