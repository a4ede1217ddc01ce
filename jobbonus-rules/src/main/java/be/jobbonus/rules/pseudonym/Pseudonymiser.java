package be.jobbonus.rules.pseudonym;

import be.jobbonus.core.Insz;
import be.jobbonus.core.calculation.JobbonusResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymised analysis view of results for studies and reporting (protocol art. 6; the
 * statuut "for reporting purposes", art. 3): no INSZ, no names, no birth date; the person is a key
 * {@code HMAC-SHA256(secret, "jobbonus-person-v1:" + INSZ)} in lower-case hex.
 *
 * <p>Two runs with the same secret give the same key for a person, so views can be joined across
 * years; without the secret the key cannot be recomputed, and so cannot be reversed by trying every
 * INSZ (there are fewer than 10^11). The secret is the caller's: keep it apart from the view.
 * Pseudonymised data stay personal data (GDPR recital 26): the view still serves only the protocol's
 * purposes; it is the data group {@code PSEUDONYMISED_OR_AGGREGATED} of the access policy, which the
 * reporting purpose (art. 3) and VSI's supervision may use. Immutable and thread-safe;
 * {@link #toString()} never shows the secret.
 */
public final class Pseudonymiser {

  /** Shortest secret accepted: 32 bytes (256 bits), the HMAC-SHA256 output size. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] DOMAIN = "jobbonus-person-v1:".getBytes(StandardCharsets.US_ASCII);

  private final SecretKeySpec key;

  private Pseudonymiser(byte[] secret) {
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  /**
   * A pseudonymiser keyed with {@code secret} (copied).
   *
   * @throws IllegalArgumentException when the secret is shorter than {@link #MIN_SECRET_BYTES} or
   *     is one byte repeated
   */
  public static Pseudonymiser withSecret(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("secret too short: " + secret.length + " bytes, at least "
          + MIN_SECRET_BYTES + " needed");
    }
    boolean constant = true;
    for (byte b : secret) {
      constant &= b == secret[0];
    }
    if (constant) {
      throw new IllegalArgumentException("secret is one byte repeated: use random bytes");
    }
    return new Pseudonymiser(Arrays.copyOf(secret, secret.length));
  }

  /** The person key of {@code insz}: 64 lower-case hex digits. */
  public String personKey(Insz insz) {
    Objects.requireNonNull(insz, "insz");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(DOMAIN);
      return HexFormat.of().formatHex(mac.doFinal(insz.digits().getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The analysis record of one result. */
  public AnalysisRecord record(JobbonusResult result) {
    return AnalysisRecord.of(personKey(result.insz()), result);
  }

  /** The analysis view of many results, in the same order. */
  public List<AnalysisRecord> view(Collection<JobbonusResult> results) {
    return results.stream().map(this::record).toList();
  }

  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA256, secret withheld]";
  }
}
