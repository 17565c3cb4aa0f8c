package vn.phuly.thanthien.launcher;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.cli.Console;
import vn.phuly.thanthien.cli.Main;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.generate.GeneratorOptions;
import vn.phuly.thanthien.generate.NationalProfile;
import vn.phuly.thanthien.generate.PlantedManifest;
import vn.phuly.thanthien.generate.SampleGenerator;
import vn.phuly.thanthien.generate.Scale;
import vn.phuly.thanthien.reference.Profile;

/** {@code generate}: deterministic sample landing data for 2021–2025 with planted bad rows. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Sinh dữ liệu mẫu (phiếu chấm điểm, biên bản kiểm tra, phản ánh) vào thư mục landing.")
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "Thư mục landing sẽ ghi.")
  Path out;

  @Option(names = "--seed", description = "Hạt giống ngẫu nhiên (mặc định ${DEFAULT-VALUE}).")
  long seed = GeneratorOptions.DEFAULT_SEED;

  @Option(names = "--scale", description = "city | province | national (mặc định ${DEFAULT-VALUE}).")
  String scale = "city";

  @Option(names = "--from", description = "Năm đầu (mặc định ${DEFAULT-VALUE}).")
  int fromYear = 2021;

  @Option(names = "--to", description = "Năm cuối (mặc định ${DEFAULT-VALUE}).")
  int toYear = 2025;

  @Option(names = "--feedback-items", paramLabel = "N",
      description = "Số phản ánh mẫu ở quy mô thành phố trong 5 năm, nhân theo quy mô (mặc định ${DEFAULT-VALUE}).")
  int feedbackItems = GeneratorOptions.DEFAULT_FEEDBACK_ITEMS;

  @Option(names = "--feedback-rows", paramLabel = "N",
      description = "Tổng số phản ánh mẫu trong cả giai đoạn, bất kể quy mô (thay cho --feedback-items; "
          + "để thu nhỏ quy mô quốc gia).")
  long feedbackRows;

  @Option(names = "--reference",
      description = "Thư mục hồ sơ tham chiếu (mặc định: Phủ Lý; ở quy mô national: hồ sơ quốc gia tổng hợp, "
          + "ghi vào <out>/" + NationalProfile.FOLDER + ").")
  Path reference;

  @Override
  public Integer call() {
    GeneratorOptions options;
    try {
      options = new GeneratorOptions(seed, Scale.parse(scale), fromYear, toYear, feedbackItems, feedbackRows);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("generate: " + e.getMessage(), e);
    }
    long start = System.nanoTime();
    Profile profile;
    if (reference == null && options.scale() == Scale.NATIONAL) {
      Path written = out.resolve(NationalProfile.FOLDER);
      profile = NationalProfile.write(written);
      Console.stage("sinh dữ liệu mẫu",
          "hồ sơ tham chiếu quốc gia: " + Console.number(profile.units().size()) + " đơn vị trong " + written
              + " (nạp bằng ingest --reference " + written + ")",
          Console.since(start));
    } else {
      profile = Profile.load(reference);
    }
    PlantedManifest manifest = SampleGenerator.generate(profile, out, options, GenerateCommand::progress);
    Console.stage(
        "sinh dữ liệu mẫu",
        "xong, " + Console.number(manifest.planted().size()) + " dòng lỗi cài sẵn ghi trong "
            + out.resolve(PlantedManifest.FILE_NAME),
        Console.since(start));
    return Main.OK;
  }

  static void progress(String source, long rows, long files, double seconds) {
    Console.stage(
        "sinh dữ liệu mẫu",
        source + ": " + Console.number(rows) + " dòng trong " + Console.number(files) + " tệp",
        seconds);
  }
}
