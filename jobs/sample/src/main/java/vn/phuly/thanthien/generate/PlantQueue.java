package vn.phuly.thanthien.generate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

/**
 * The bad rows still to plant for one source, handed out a few per file as files are opened
 * (a malformed line only goes into JSON Lines files).
 */
final class PlantQueue {
  private final LinkedList<Reason> pending;

  PlantQueue(List<Reason> reasons) {
    this.pending = new LinkedList<>(reasons);
  }

  List<Reason> take(ExportFormat format, int max) {
    List<Reason> taken = new ArrayList<>();
    Iterator<Reason> it = pending.iterator();
    while (it.hasNext() && taken.size() < max) {
      Reason reason = it.next();
      if (reason != Reason.PARSE_ERROR || format.isJson()) {
        taken.add(reason);
        it.remove();
      }
    }
    return taken;
  }
}
