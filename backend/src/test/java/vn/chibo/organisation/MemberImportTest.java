package vn.chibo.organisation;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import vn.chibo.organisation.MemberRules.Problem;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MemberImportTest extends OrganisationTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aFileWithTenKindsOfMistakesYieldsAReportNamingEachAndStoresNoMember() throws Exception {
        var city = city();
        var a = city.cellA().code();
        var b = city.cellB().code();
        var g = city.groupA1().code();
        // no date_of_birth column at all: a missing required column
        var file = String.join("\n",
                "card_number,full_name,admission_date,official_date,status,cell_code,group_code",
                "5100000001,Nguyễn Văn An,01/02/2005,01/02/2006,chinh_thuc," + a + "," + g,
                "5100000002,Trần Thị Bình,31/02/2005,,du_bi," + a + ",",
                "5100000003,Lê Văn Cường,01/01/2099,,du_bi," + a + ",",
                "5100000004,Phạm Văn Dũng,10/10/2010,01/01/2009,chinh_thuc," + a + ",",
                "5100000001,Hoàng Văn Em,01/02/2005,01/02/2006,chinh_thuc," + a + ",",
                "12AB34,Vũ Thị Phương,01/02/2005,01/02/2006,chinh_thuc," + a + ",",
                "5100000007,Đỗ Văn Giang,01/02/2005,01/02/2006,chinh_thuc,CB-KHONG-CO,",
                "5100000008,Bùi Thị Hoa,01/02/2005,01/02/2006,chinh_thuc," + b + "," + g,
                "5100000009,,01/02/2005,01/02/2006,chinh_thuc," + a + ",",
                "5100000010,Ngô Văn Khoa,01/02/2005,01/02/2006,tam_thoi," + a + ",",
                "5100000011,Dương Thị Lan,01/02/2025,01/02/2026,du_bi," + a + ",",
                "5100000012,Lý Văn Minh,01/02/2005,,chinh_thuc," + a + ",");
        var admin = actor(Role.ADMIN, city.committee());

        var report = preview(admin, city.committee().id(), "loi.csv", file.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.rows").value(12));
        var errors = body(report).path("errors");
        var kinds = EnumSet.noneOf(Problem.class);
        var where = new HashSet<String>();
        errors.forEach(e -> {
            kinds.add(Problem.valueOf(e.path("code").asString()));
            where.add(e.path("row").asInt() + ":" + e.path("column").asString() + ":" + e.path("code").asString());
            assertThat(e.path("message").asString()).isNotBlank();
        });
        assertThat(kinds).containsAll(EnumSet.of(Problem.MISSING_COLUMN, Problem.BAD_DATE, Problem.FUTURE_DATE,
                Problem.OFFICIAL_BEFORE_ADMISSION, Problem.DUPLICATE_CARD, Problem.BAD_CARD, Problem.UNKNOWN_CELL,
                Problem.GROUP_NOT_IN_CELL, Problem.EMPTY_NAME, Problem.BAD_STATUS,
                Problem.PROBATIONARY_WITH_OFFICIAL_DATE, Problem.OFFICIAL_WITHOUT_DATE));
        assertThat(where).contains("1:date_of_birth:MISSING_COLUMN", "3:admission_date:BAD_DATE",
                "4:admission_date:FUTURE_DATE", "5:official_date:OFFICIAL_BEFORE_ADMISSION", "6:card_number:DUPLICATE_CARD",
                "7:card_number:BAD_CARD", "8:cell_code:UNKNOWN_CELL", "9:group_code:GROUP_NOT_IN_CELL",
                "10:full_name:EMPTY_NAME", "11:status:BAD_STATUS", "12:official_date:PROBATIONARY_WITH_OFFICIAL_DATE",
                "13:official_date:OFFICIAL_WITHOUT_DATE");
        assertThat(errors.toString()).contains("Thiếu cột bắt buộc", "trùng với dòng 2", "không hợp lệ",
                "không thuộc chi bộ");

        var id = body(report).path("id").asString();
        mvc.perform(post("/api/organisation/imports/" + id + "/commit").with(as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("import-has-errors"));
        assertThat(members.findByCards(List.of("5100000001", "5100000012"))).isEmpty();
    }

    @Test
    void aValidFileImportsAndImportingItAgainChangesNothing() throws Exception {
        var city = city();
        var prefix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        var rows = MemberFileGenerator.rows(300, prefix, List.of(city.cellA().code(), city.cellB().code()),
                Map.of(city.cellA().code(), List.of(city.groupA1().code())));
        var xlsx = MemberFileGenerator.xlsx(rows);
        var admin = actor(Role.ADMIN, city.committee());

        var first = body(preview(admin, city.committee().id(), "ds.xlsx", xlsx).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.summary.create").value(300)));
        commit(admin, first).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(300))
                .andExpect(jsonPath("$.updated").value(0));
        var registered = events.stream(MembersRegistered.class).mapToInt(e -> e.members().size()).sum();
        assertThat(registered).isEqualTo(300);
        assertThat(directory.membersOn(city.cellA().id(), java.time.LocalDate.now())).hasSize(150);
        assertThat(directory.membersOn(city.groupA1().id(), java.time.LocalDate.now())).hasSize(150);
        var before = snapshot(prefix);

        var second = body(preview(admin, city.committee().id(), "ds.xlsx", xlsx).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.summary.create").value(0))
                .andExpect(jsonPath("$.summary.update").value(0)).andExpect(jsonPath("$.summary.unchanged").value(300)));
        commit(admin, second).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(300));
        assertThat(snapshot(prefix)).isEqualTo(before);
        assertThat(events.stream(MembersRegistered.class).mapToInt(e -> e.members().size()).sum()).isEqualTo(300);
        // a preview is committed once
        commit(admin, second).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("import-already-committed"));
    }

    @Test
    void reImportingAChangedRowUpdatesTheMemberAndMovesThemFromToday() throws Exception {
        var city = city();
        var prefix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        var rows = MemberFileGenerator.rows(4, prefix, List.of(city.cellA().code()), Map.of());
        var admin = actor(Role.ADMIN, city.committee());
        commit(admin, body(preview(admin, city.committee().id(), "a.csv", MemberFileGenerator.csv(rows)))).andExpect(status().isOk());

        var changed = new java.util.ArrayList<>(rows.stream().map(r -> (List<String>) new java.util.ArrayList<>(r)).toList());
        changed.get(1).set(1, "Tên Đã Sửa");
        changed.get(2).set(6, city.cellB().code());
        var report = body(preview(admin, city.committee().id(), "b.csv", MemberFileGenerator.csv(changed)));
        assertThat(report.path("summary").path("update").asInt()).isEqualTo(2);
        assertThat(report.path("summary").path("unchanged").asInt()).isEqualTo(2);
        commit(admin, report).andExpect(jsonPath("$.updated").value(2));
        assertThat(members.findByCard(rows.get(1).get(0)).orElseThrow().fullName()).isEqualTo("Tên Đã Sửa");
        var moved = members.findByCard(rows.get(2).get(0)).orElseThrow();
        assertThat(members.memberships(moved.id())).hasSize(2);
        assertThat(directory.member(moved.id()).orElseThrow().cellId()).isEqualTo(city.cellB().id());
    }

    @Test
    void aSecretaryImportsOnlyIntoTheirOwnCell() throws Exception {
        var city = city();
        var rows = MemberFileGenerator.rows(3, String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999)),
                List.of(city.cellB().code()), Map.of());
        var secretaryOfA = actor(Role.SECRETARY, city.cellA());
        preview(secretaryOfA, city.cellB().id(), "x.csv", MemberFileGenerator.csv(rows))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("access-denied"));
        // into their own cell, rows naming another cell are reported, not imported
        var report = body(preview(secretaryOfA, city.cellA().id(), "x.csv", MemberFileGenerator.csv(rows)));
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("errors").get(0).path("code").asString()).isEqualTo("CELL_OUT_OF_SCOPE");
    }

    private ResultActions preview(Actor actor, UUID unitId, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/organisation/imports").file(new MockMultipartFile("file", name, null, content))
                .param("unitId", unitId.toString()).with(as(actor)).with(csrf()));
    }

    private ResultActions commit(Actor actor, JsonNode preview) throws Exception {
        return mvc.perform(post("/api/organisation/imports/" + preview.path("id").asString() + "/commit")
                .with(as(actor)).with(csrf()));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String snapshot(String prefix) {
        return jdbc.sql("""
                select count(*) || '/' || sum(m.version) || '/' || count(ms.id) || '/' || string_agg(ms.id::text, ',' order by ms.id)
                  from organisation.member m join organisation.membership ms on ms.member_id = m.id
                 where m.card_number like :prefix
                """).param("prefix", prefix + "%").query(String.class).single();
    }
}
