package vn.phuly.thanthien.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * Keyed pseudonyms for personal data (DESIGN §4): the same person, phone, citizen ID or address
 * always gets the same pseudonym under one key, so repeat contacts can still be counted, but
 * without the key nobody can recompute or test a guess. Serializable so Spark can ship it to
 * executors; the {@link Mac} (not thread-safe, not serializable) is per thread and rebuilt after
 * deserialisation.
 */
public final class Pseudonymizer implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String PERSON = "person";
  public static final String PHONE = "phone";
  public static final String CITIZEN_ID = "citizen_id";
  public static final String ADDRESS = "address";

  private static final String ALGORITHM = "HmacSHA256";
  static final String FINGERPRINT_LABEL = "thanthien pii key fingerprint v1";
  /**
   * 128 bits of the 256-bit HMAC. RFC 2104 §5 advises keeping at least half the output; 128 bits
   * makes an accidental collision negligible (birthday bound ~2^64 values, we have millions) and
   * guessing needs the key anyway, while the 32-character keys stay short in Parquet and in joins.
   */
  private static final int HEX_CHARS = 32;

  private final byte[] key;
  private final transient ThreadLocal<Mac> mac;

  public Pseudonymizer(byte[] key) {
    if (key == null || key.length == 0) {
      throw new IllegalArgumentException("pseudonymisation key is empty");
    }
    this.key = key.clone();
    this.mac = ThreadLocal.withInitial(this::newMac);
  }

  /**
   * null/blank → null. Else HMAC-SHA-256(key, kind + ":" + canonical(value)) as lower-case hex,
   * truncated to 32 hex characters. A value with nothing left after canonicalisation (a phone
   * "N/A") is also null: one shared pseudonym would count all such junk as one repeat contact.
   */
  public String pseudonym(String kind, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String canonical = canonical(kind, value);
    if (canonical.isEmpty()) {
      return null;
    }
    byte[] digest = mac.get().doFinal((kind + ":" + canonical).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, HEX_CHARS / 2);
  }

  /**
   * What a lake records to know the key it was written with, never the key: HMAC-SHA-256 under the
   * key of a fixed label (64 hex characters). No pseudonym input has this form (theirs start with a
   * kind and a colon), so the fingerprint tells nothing about any value.
   */
  public String keyFingerprint() {
    return HexFormat.of().formatHex(mac.get().doFinal(FINGERPRINT_LABEL.getBytes(StandardCharsets.UTF_8)));
  }

  /** The spelling-independent form that is hashed; package-visible for tests. */
  static String canonical(String kind, String value) {
    return switch (kind) {
      case PERSON, ADDRESS -> Vietnamese.lower(value);
      case PHONE -> nationalPhone(digits(value));
      case CITIZEN_ID -> digits(value);
      default -> throw new IllegalArgumentException("unknown pseudonym kind: " + kind);
    };
  }

  /** The ASCII digits of a value (what {@code \\D} removes), without a regex per value. */
  private static String digits(String value) {
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /** "0084912345678", "84912345678", "840912345678" → "0912345678". */
  private static String nationalPhone(String digits) {
    String rest;
    if (digits.startsWith("0084")) {
      rest = digits.substring(4);
    } else if (digits.startsWith("84") && digits.length() >= 11) {
      rest = digits.substring(2);
    } else {
      return digits;
    }
    return rest.startsWith("0") ? rest : "0" + rest;
  }

  private Mac newMac() {
    try {
      Mac instance = Mac.getInstance(ALGORITHM);
      instance.init(new SecretKeySpec(key, ALGORITHM));
      return instance;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** After deserialisation the transient per-thread Mac is gone: rebuild through the constructor. */
  private Object readResolve() {
    return new Pseudonymizer(key);
  }
}
