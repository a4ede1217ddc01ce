package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** JSON string content against Jackson's. */
class JsonTextTest {

  @Test
  void stringsAreEscapedAsJacksonEscapesThem() {
    JsonMapper mapper = JsonMapper.builder().build();
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      all.append(c);
    }
    for (char c = Character.MAX_SURROGATE + 1; c != 0; c++) {
      all.append(c);
    }
    all.append("\uD83D\uDE00 \uD801\uDC37 Ölçer \"x\" \\ /");
    String s = all.toString();
    byte[] expected = mapper.writeValueAsString(s).getBytes(StandardCharsets.UTF_8);
    byte[] actual = JsonText.bytes(s);
    assertArrayEquals(Arrays.copyOfRange(expected, 1, expected.length - 1), actual);
    assertEquals(JsonText.escape("a\"b\\c\td\u0001"), new String(JsonText.bytes("a\"b\\c\td\u0001"), StandardCharsets.UTF_8));
  }
}
