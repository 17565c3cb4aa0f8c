package vn.phuly.thanthien.lake;

/** A file operation on the lake failed (disk, permissions, a name already taken): exit 1. */
public class LakeException extends RuntimeException {
  public LakeException(String message, Throwable cause) {
    super(message, cause);
  }

  public LakeException(String message) {
    super(message);
  }
}
