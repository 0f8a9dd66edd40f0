package vn.chibo.organisation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;

import vn.chibo.shared.audit.AuditEvent;
import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MemberExportTest extends OrganisationTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void aSubtreeExportsAsCsvWithBomThatParsesBackAndImportsAsUnchanged() throws Exception {
        var city = city();
        member("Nguyễn Thị Ánh, \"Út\"", city.cellA(), city.groupA1(), LocalDate.of(2020, 1, 1));
        member("Đặng Văn Đức", city.cellB(), null, LocalDate.of(2020, 1, 1));
        var admin = actor(Role.ADMIN, city.committee());

        var csv = mvc.perform(get("/api/organisation/units/" + city.committee().id() + "/members/export")
                        .param("format", "csv").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var table = MemberFiles.read("x.csv", new ByteArrayInputStream(csv));
        assertThat(table.header()).containsExactlyElementsOf(MemberExport.HEADER);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows()).anySatisfy(r -> {
            assertThat(r.cell(1)).isEqualTo("Nguyễn Thị Ánh, \"Út\"");
            assertThat(r.cell(2)).isEqualTo("17/05/1980");
            assertThat(r.cell(5)).isEqualTo("Chính thức");
            assertThat(r.cell(7)).isEqualTo(city.groupA1().code());
        });
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Đặng Văn Đức");
        assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> assertThat(e.action()).isEqualTo("members-exported"));

        mvc.perform(multipart("/api/organisation/imports").file(new MockMultipartFile("file", "export.csv", null, csv))
                        .param("unitId", city.committee().id().toString()).with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.summary.unchanged").value(2));
    }

    @Test
    void aCellExportsAsXlsxThatExcelCanRead() throws Exception {
        var city = city();
        member("Võ Thị Xuân", city.cellA(), null, LocalDate.of(2020, 1, 1));
        member("Phan Văn Ngoài", city.cellB(), null, LocalDate.of(2020, 1, 1));
        var xlsx = mvc.perform(get("/api/organisation/units/" + city.cellA().id() + "/members/export")
                        .param("format", "xlsx").with(as(actor(Role.CELL_COMMITTEE, city.cellA()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var text = new DataFormatter();
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Số thẻ đảng viên");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("Võ Thị Xuân");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(8))).isEqualTo("Chi bộ Khu phố A");
        }
        var table = MemberFiles.read("x.xlsx", new ByteArrayInputStream(xlsx));
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.cell(3)).isEqualTo("02/03/2005"));
    }
}
