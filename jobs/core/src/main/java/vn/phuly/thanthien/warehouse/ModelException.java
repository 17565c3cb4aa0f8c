package vn.phuly.thanthien.warehouse;

/** A model file is unusable (unknown placeholder, cycle, SQL error): names the file. */
public class ModelException extends RuntimeException {
  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
