package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.phuly.thanthien.report.scorecard.ScorecardWarehouse;

/**
 * {@code report --units [--send]} on a hand-made warehouse (ScorecardWarehouse) with a tiny
 * profile: the scorecards, the outbox, nothing sent without {@code --send}, and a send to a server
 * that is down failing with exit 1 and a Vietnamese message while the outbox keeps everything.
 */
class ReportDeliveryCommandTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final StringWriter errors = new StringWriter();
  private Path warehouse;
  private Path profile;

  @BeforeEach
  void setUp() throws Exception {
    Console.redirect(new PrintStream(printed, true, StandardCharsets.UTF_8));
    warehouse = ScorecardWarehouse.create(tmp);
    profile = Files.createDirectories(tmp.resolve("profile"));
    Files.writeString(profile.resolve("units.csv"),
        "unit_id,unit_code,name,unit_type,valid_from\n"
            + "xa-kim-binh,13426,Kim Bình,XA,2021-01-01\nxa-liem-tuyen,13444,Liêm Tuyền,XA,2021-01-01\n"
            + "xa-dinh-xa,13507,Đinh Xá,XA,2021-01-01\nphuong-chau-cau,PL-CC,Châu Cầu,PHUONG,2025-01-01\n");
    Files.writeString(profile.resolve("criteria.csv"),
        "catalogue_id,valid_from,unit_type,criterion_id,name,max_points,assessor_source\nC,2021-01-01,XA,TC1,Một,100,SELF\n");
    Files.writeString(profile.resolve("bands.csv"), "catalogue_id,band,min_pct\nC,Tốt,80\nC,Yếu,0\n");
    Files.writeString(profile.resolve("contacts.csv"),
        "unit_id,email\nxa-liem-tuyen,liem-tuyen@phuly.example.org\nxa-kim-binh,kim-binh@phuly.example.org\n");
    Files.writeString(profile.resolve("report.csv"), "key,value\nrecipients_year,chu-tich@phuly.example.org\n");
  }

  @AfterEach
  void restoreConsole() {
    Console.redirect(System.out);
  }

  private int report(Map<String, String> environment, String... options) {
    ReportCommand command = new ReportCommand();
    command.environment = environment;
    CommandLine cli = new CommandLine(command);
    cli.setErr(new PrintWriter(errors, true));
    List<String> args = new ArrayList<>(List.of("--warehouse", warehouse.toString(), "--period", "2024",
        "--out", tmp.resolve("reports").toString(), "--reference", profile.toString()));
    args.addAll(List.of(options));
    return Main.run(cli, args.toArray(String[]::new));
  }

  @Test
  void unitsWritesOneScorecardPerUnitAndTheOutboxSaysWhoWouldGetWhat() throws Exception {
    int exit = report(Map.of(), "--units");

    assertEquals(0, exit, errors.toString());
    Path units = tmp.resolve("reports/2024/units");
    for (String unit : List.of("xa-kim-binh", "xa-liem-tuyen", "xa-dinh-xa", "phuong-chau-cau")) {
      assertTrue(Files.isRegularFile(units.resolve(unit + ".pdf")), unit);
    }
    Path outbox = tmp.resolve("reports/outbox/2024");
    assertArrayEquals(Files.readAllBytes(units.resolve("xa-liem-tuyen.pdf")),
        Files.readAllBytes(outbox.resolve("units/xa-liem-tuyen.pdf")));
    JsonNode manifest = new ObjectMapper().readTree(outbox.resolve("manifest.json").toFile());
    List<String> rows = new ArrayList<>();
    manifest.get("messages").forEach(m -> rows.add(m.get("id").asText() + " " + m.get("to") + " " + m.get("status").asText()));
    assertEquals(
        List.of(
            "bao-cao [\"chu-tich@phuly.example.org\"] DRAFT",
            "units/phuong-chau-cau [] NO_RECIPIENT",
            "units/xa-dinh-xa [] NO_RECIPIENT",
            "units/xa-kim-binh [\"kim-binh@phuly.example.org\"] DRAFT",
            "units/xa-liem-tuyen [\"liem-tuyen@phuly.example.org\"] DRAFT"),
        rows);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("▸ Phiếu kết quả từng đơn vị kỳ 2024: 4 tệp PDF"), text);
    assertTrue(text.contains("3 thư có người nhận, 2 không có địa chỉ"), text);
    assertTrue(text.contains("Không gửi (hồ sơ tham chiếu không có địa chỉ): Châu Cầu (phuong-chau-cau), Đinh Xá (xa-dinh-xa)"), text);
    assertTrue(text.contains("Chưa gửi thư nào"), text);
  }

  @Test
  void aSendToAServerThatIsDownExitsOneAndLeavesTheReportInTheOutbox() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String password = "bí-mật-không-in";
    int exit =
        report(Map.of("THANTHIEN_SMTP_HOST", "127.0.0.1", "THANTHIEN_SMTP_PORT", String.valueOf(closedPort),
                "THANTHIEN_SMTP_FROM", "bao-cao@phuly.example.org", "THANTHIEN_SMTP_USER", "bao-cao",
                "THANTHIEN_SMTP_PASSWORD", password),
            "--units", "--send");

    assertEquals(Main.FAILURE, exit);
    String message = errors.toString();
    Path outbox = tmp.resolve("reports/outbox/2024");
    assertTrue(message.startsWith("Gửi thư không thành công: không kết nối được máy chủ thư 127.0.0.1:" + closedPort), message);
    assertTrue(message.contains("Báo cáo vẫn nằm trong hộp thư đi " + outbox.toAbsolutePath()), message);
    assertFalse(message.contains("\tat "), "no stack trace without --verbose: " + message);
    assertFalse(message.contains(password) || printed.toString(StandardCharsets.UTF_8).contains(password));
    assertTrue(Files.isRegularFile(outbox.resolve("bao-cao.pdf")));
    JsonNode manifest = new ObjectMapper().readTree(outbox.resolve("manifest.json").toFile());
    assertEquals("FAILED", manifest.get("messages").get(0).get("status").asText());
  }

  @Test
  void sendWithoutSmtpSettingsIsBadUsage() {
    int exit = report(Map.of(), "--send");

    assertEquals(Main.BAD_INPUT, exit);
    assertTrue(errors.toString().contains("THANTHIEN_SMTP_HOST"), errors.toString());
    assertTrue(Files.isRegularFile(tmp.resolve("reports/outbox/2024/bao-cao.pdf")));
  }
}
