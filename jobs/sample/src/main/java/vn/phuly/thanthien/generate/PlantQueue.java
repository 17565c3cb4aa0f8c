package vn.phuly.thanthien.generate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import vn.phuly.thanthien.contract.ReasonCode;

/**
 * The bad rows still to plant for one source, handed out a few per file as files are opened
 * (a malformed line only goes into JSON Lines files).
 */
final class PlantQueue {
  private final LinkedList<ReasonCode> pending;

  PlantQueue(List<ReasonCode> reasons) {
    this.pending = new LinkedList<>(reasons);
  }

  List<ReasonCode> take(ExportFormat format, int max) {
    List<ReasonCode> taken = new ArrayList<>();
    Iterator<ReasonCode> it = pending.iterator();
    while (it.hasNext() && taken.size() < max) {
      ReasonCode reason = it.next();
      if (reason != ReasonCode.PARSE_ERROR || format.isJson()) {
        taken.add(reason);
        it.remove();
      }
    }
    return taken;
  }
}
