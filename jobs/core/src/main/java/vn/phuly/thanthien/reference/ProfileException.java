package vn.phuly.thanthien.reference;

/** A reference profile that cannot be used: the message names the file and the reason. */
public final class ProfileException extends RuntimeException {
  public ProfileException(String message) {
    super(message);
  }
}
