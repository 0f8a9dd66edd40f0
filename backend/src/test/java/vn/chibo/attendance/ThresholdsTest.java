package vn.chibo.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdsTest {

    /** A province with a city below it, a cell and its party group below that; another cell elsewhere. */
    static final UnitView PROVINCE = new UnitView(UUID.randomUUID(), UnitKind.COMMITTEE, "TINH-X", "Tỉnh ủy X", null,
            List.of(), false);
    static final UnitView CITY = new UnitView(UUID.randomUUID(), UnitKind.COMMITTEE, "TU-Y", "Thành ủy Y",
            PROVINCE.id(), List.of(PROVINCE.id()), false);
    static final UnitView CELL = new UnitView(UUID.randomUUID(), UnitKind.CELL, "CB-1", "Chi bộ 1", CITY.id(),
            List.of(PROVINCE.id(), CITY.id()), false);
    static final UnitView GROUP = new UnitView(UUID.randomUUID(), UnitKind.PARTY_GROUP, "TO-1", "Tổ 1", CELL.id(),
            List.of(PROVINCE.id(), CITY.id(), CELL.id()), false);
    static final UnitView OWN = new UnitView(UUID.randomUUID(), UnitKind.CELL, "CB-2", "Chi bộ 2", CITY.id(),
            List.of(PROVINCE.id(), CITY.id()), false);
    static final UnitView ELSEWHERE = new UnitView(UUID.randomUUID(), UnitKind.CELL, "CB-Z", "Chi bộ Z", null,
            List.of(), false);

    static final OrganisationDirectory TREE = new OrganisationDirectory() {
        @Override
        public Optional<UnitView> unit(UUID unitId) {
            return List.of(PROVINCE, CITY, CELL, GROUP, OWN, ELSEWHERE).stream().filter(u -> u.id().equals(unitId))
                    .findFirst();
        }

        @Override
        public Optional<MemberView> member(UUID memberId) {
            return Optional.empty();
        }

        @Override
        public Optional<MemberView> memberByCardNumber(String cardNumber) {
            return Optional.empty();
        }

        @Override
        public boolean isWithin(UUID unitId, UUID ancestorId) {
            return false;
        }

        @Override
        public List<MemberView> membersOn(UUID unitId, LocalDate date) {
            return List.of();
        }
    };

    static Thresholds thresholds(Map<String, Integer> byCode) {
        return new Thresholds(new AttendanceProperties(Duration.ofSeconds(60), Duration.ofMinutes(5), 85, byCode),
                TREE);
    }

    static List<RollStatus> roll(int present, int absent) {
        var statuses = new ArrayList<RollStatus>(Collections.nCopies(present, RollStatus.PRESENT_ONLINE));
        statuses.addAll(Collections.nCopies(absent, RollStatus.ABSENT_WITHOUT_REASON));
        statuses.add(RollStatus.EXEMPT);
        return statuses;
    }

    @Test
    void r12_aProvinceThresholdAppliesToEveryMeetingBelowItAndIsMetExactlyAtTheBoundary() {
        var thresholds = thresholds(Map.of("TINH-X", 90, "CB-2", 80));
        assertThat(thresholds.percentFor(CELL.id())).isEqualTo(90);
        assertThat(thresholds.percentFor(GROUP.id())).isEqualTo(90);
        assertThat(thresholds.percentFor(OWN.id())).isEqualTo(80); // the unit's own entry is nearer than the province
        assertThat(thresholds.percentFor(ELSEWHERE.id())).isEqualTo(85);
        assertThat(thresholds(Map.of()).percentFor(CELL.id())).isEqualTo(85);

        // 18 of 20 (the exempt member left out) is exactly 90 %; 17 of 20 is 85 %: enough only where 85 applies
        var exactly = Attendance.rate(roll(18, 2), thresholds.percentFor(CELL.id()));
        assertThat(exactly.denominator()).isEqualTo(20);
        assertThat(exactly.percent()).isEqualByComparingTo("90.00");
        assertThat(exactly.thresholdPercent()).isEqualTo(90);
        assertThat(exactly.meetsThreshold()).isTrue();
        var below = Attendance.rate(roll(17, 3), thresholds.percentFor(CELL.id()));
        assertThat(below.meetsThreshold()).isFalse();
        assertThat(Attendance.rate(roll(17, 3), thresholds.percentFor(ELSEWHERE.id())).meetsThreshold()).isTrue();
    }

    @Test
    void r12_aThresholdOutsideOneToAHundredPercentIsRefusedAtStartUp() {
        assertThatThrownBy(() -> thresholds(Map.of("TINH-X", 0))).hasMessageContaining("thresholds[TINH-X]");
        assertThatThrownBy(() -> new AttendanceProperties(Duration.ZERO, Duration.ZERO, 101, null))
                .hasMessageContaining("threshold-percent");
    }
}
