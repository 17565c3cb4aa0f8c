package vn.phuly.thanthien.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * contacts.csv (where each unit's scorecard goes) and report.csv's {@code recipients_<kind>} (who
 * receives the period report): optional, and every bad value names the file and the line.
 */
class DeliveryFilesTest {
  @TempDir Path dir;

  private Path profileWith(String file, String text) throws IOException {
    Files.writeString(dir.resolve("units.csv"), ProfileFilesTest.UNITS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("criteria.csv"), ProfileFilesTest.CRITERIA, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("bands.csv"), ProfileFilesTest.BANDS, StandardCharsets.UTF_8);
    if (file != null) {
      Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
    return dir;
  }

  @Test
  void withoutTheFilesNobodyReceivesAnything() throws IOException {
    Profile profile = Profile.load(profileWith(null, null));
    assertEquals(List.of(), profile.contacts());
    assertEquals(List.of(), profile.recipients("year"));
  }

  @Test
  void contactsAreReadInFileOrderAndAUnitMayHaveSeveralAddresses() throws IOException {
    Profile profile =
        Profile.load(profileWith("contacts.csv",
            "# illustrative\nunit_id,email,note\nw1,chu-tich@mot.example.org,\nw1,van-phong@mot.example.org,\n"
                + "o1,noi-vu@example.org,head of office\n"));
    assertEquals(
        List.of(new Contact("w1", "chu-tich@mot.example.org"), new Contact("w1", "van-phong@mot.example.org"),
            new Contact("o1", "noi-vu@example.org")),
        profile.contacts());
  }

  @Test
  void aContactOfAnUnknownUnitNamesFileAndLine() throws IOException {
    Path profile = profileWith("contacts.csv", "unit_id,email\nw1,a@example.org\nw9,b@example.org\n");
    ProfileException e = assertThrows(ProfileException.class, () -> Profile.load(profile));
    assertTrue(e.getMessage().endsWith("contacts.csv, dòng 3: cột unit_id: đơn vị 'w9' không có trong units.csv"),
        e.getMessage());
  }

  @Test
  void aMalformedOrRepeatedAddressNamesFileAndLine() throws IOException {
    Path bad = profileWith("contacts.csv", "# comment\nunit_id,email\nw1,a@example.org\no1,noi vu@example\n");
    ProfileException malformed = assertThrows(ProfileException.class, () -> Profile.load(bad));
    assertTrue(malformed.getMessage().contains("contacts.csv, dòng 4: cột email: 'noi vu@example' không phải là"),
        malformed.getMessage());

    Path repeated = profileWith("contacts.csv", "unit_id,email\nw1,a@example.org\nw1,a@example.org\n");
    ProfileException twice = assertThrows(ProfileException.class, () -> Profile.load(repeated));
    assertTrue(twice.getMessage().contains("contacts.csv, dòng 3: địa chỉ a@example.org của w1 đã có ở dòng 2"),
        twice.getMessage());
  }

  @Test
  void recipientsArePerPeriodKind() throws IOException {
    Profile profile =
        Profile.load(profileWith("report.csv",
            "key,value\nissuer,UBND thành phố Phủ Lý\n"
                + "recipients_year,\"chu-tich@example.org, hoi-dong-thi-dua@example.org;chu-tich@example.org\"\n"
                + "recipients_quarter,noi-vu@example.org\n"));
    assertEquals(List.of("chu-tich@example.org", "hoi-dong-thi-dua@example.org"), profile.recipients("year"));
    assertEquals(List.of("noi-vu@example.org"), profile.recipients("quarter"));
    assertEquals(List.of(), profile.recipients("half"));
  }

  @Test
  void aBadRecipientsKeyOrAddressNamesFileAndLine() throws IOException {
    Path kind = profileWith("report.csv", "key,value\nrecipients_month,a@example.org\n");
    ProfileException unknownKind = assertThrows(ProfileException.class, () -> Profile.load(kind));
    assertTrue(unknownKind.getMessage().contains("report.csv, dòng 2: khóa recipients_month: loại kỳ 'month'"),
        unknownKind.getMessage());

    Path address = profileWith("report.csv", "key,value\nrecipients_year,\"a@example.org, b@\"\n");
    ProfileException malformed = assertThrows(ProfileException.class, () -> Profile.load(address));
    assertTrue(malformed.getMessage().contains("report.csv, dòng 2: cột value: 'b@' không phải là"),
        malformed.getMessage());
  }

  @Test
  void theShippedContactsNameShippedUnitsOnAReservedDomain() {
    List<Contact> contacts = Profile.shipped().contacts();
    assertTrue(contacts.size() > 30, "one address per unit but the two left out on purpose");
    assertTrue(contacts.stream().allMatch(c -> c.email().endsWith("@phuly.example.org")), contacts.toString());
    assertTrue(contacts.stream().noneMatch(c -> c.unitId().equals("xa-trinh-xa")));
  }
}
