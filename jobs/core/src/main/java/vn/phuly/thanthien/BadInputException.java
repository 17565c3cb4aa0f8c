package vn.phuly.thanthien;

/** Unreadable or unusable input: exit code 2, the message names the file and the reason. */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
