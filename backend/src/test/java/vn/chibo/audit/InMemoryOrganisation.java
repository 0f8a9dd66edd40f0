package vn.chibo.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.chibo.organisation.MemberView;
import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.organisation.UnitView;

/** A small tree instead of the organisation module: a root committee with two grassroots units and a cell. */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryOrganisation {

    static final UUID ROOT = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    static final UUID GRASSROOTS_1 = UUID.fromString("00000000-0000-4000-8000-00000000a011");
    static final UUID CELL_1 = UUID.fromString("00000000-0000-4000-8000-00000000a111");
    static final UUID GRASSROOTS_2 = UUID.fromString("00000000-0000-4000-8000-00000000a012");

    @Bean
    @Primary
    OrganisationDirectory inMemoryOrganisationDirectory() {
        return new Directory();
    }

    static final class Directory implements OrganisationDirectory {

        private final Map<UUID, UnitView> units = new ConcurrentHashMap<>();

        Directory() {
            add(ROOT, UnitKind.COMMITTEE, null);
            add(GRASSROOTS_1, UnitKind.GRASSROOTS, ROOT);
            add(CELL_1, UnitKind.CELL, GRASSROOTS_1);
            add(GRASSROOTS_2, UnitKind.GRASSROOTS, ROOT);
        }

        private void add(UUID id, UnitKind kind, UUID parentId) {
            var path = new ArrayList<UUID>();
            if (parentId != null) {
                path.addAll(units.get(parentId).path());
                path.add(parentId);
            }
            units.put(id, new UnitView(id, kind, id.toString().substring(30), "Unit " + id, parentId, path, false));
        }

        @Override
        public Optional<UnitView> unit(UUID unitId) {
            return Optional.ofNullable(units.get(unitId));
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
            var unit = units.get(unitId);
            return unit != null && (unitId.equals(ancestorId) || unit.path().contains(ancestorId));
        }

        @Override
        public List<MemberView> membersOn(UUID unitId, LocalDate date) {
            return List.of();
        }
    }
}
