package vn.chibo.organisation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.chibo.shared.demo.DemoData;

/**
 * A Tân An–like city (docs/demo-data.md): the city committee, four grassroots organisations, six cells with
 * 400 members, and the story's people on fixed card numbers. Every id derives from a code or card number, so
 * seeding again inserts nothing and the same ids come out on every machine.
 */
@Component
class OrganisationDemoData implements DemoData {

    static final String CITY = "TU-TANAN";
    static final String LARGE_CELL = "CB-KP3";

    /** The story's people (docs/demo-data.md); identity gives them accounts by card number. */
    static final String SECRETARY = "79010001";
    static final String MINUTE_TAKER = "79010002";
    static final String OFFICIAL_MEMBER = "79010003";
    static final String PROBATIONARY_MEMBER = "79010004";
    static final String GROUP_LEADER = "79020001";
    static final String REVIEWER = "79060001";
    static final String ADMINISTRATOR = "79060002";

    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    private record CellPlan(int index, String code, String name, String parentCode, int size) {
    }

    private static final List<CellPlan> CELLS = List.of(
            new CellPlan(1, STORY_CELL, "Chi bộ Công ty Xây dựng Long An", "DU-KDN", 30),
            new CellPlan(2, LARGE_CELL, "Chi bộ Khu phố 3", "DU-P1", 120),
            new CellPlan(3, "CB-KP1", "Chi bộ Khu phố 1", "DU-P1", 70),
            new CellPlan(4, "CB-KP5", "Chi bộ Khu phố 5", "DU-P3", 60),
            new CellPlan(5, "CB-CAPNUOC", "Chi bộ Công ty Cấp nước Long An", "DU-KDN", 80),
            new CellPlan(6, "CB-VPTU", "Chi bộ Văn phòng Thành ủy", "DB-CQD", 40));

    private static final List<String[]> STORY_NAMES = List.of(
            new String[] { SECRETARY, "Nguyễn Văn Hùng" }, new String[] { MINUTE_TAKER, "Trần Thị Mai" },
            new String[] { OFFICIAL_MEMBER, "Lê Minh Tuấn" }, new String[] { PROBATIONARY_MEMBER, "Phạm Ngọc Lan" },
            new String[] { GROUP_LEADER, "Đặng Văn Phúc" }, new String[] { "79020002", "Bùi Thị Hạnh" },
            new String[] { "79020003", "Hồ Quốc Việt" }, new String[] { REVIEWER, "Võ Thị Thu Hà" },
            new String[] { ADMINISTRATOR, "Huỳnh Quốc Bảo" });

    private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Châu" };
    private static final String[] MALE_MIDDLE = { "Văn", "Hữu", "Minh", "Quốc", "Thành", "Đức", "Công", "Ngọc", "Hoàng", "Tấn" };
    private static final String[] FEMALE_MIDDLE = { "Thị", "Ngọc", "Thanh", "Kim", "Thu", "Bích", "Mỹ", "Hồng" };
    private static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Nam",
            "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Hiếu", "Lộc", "Phong", "Tâm",
            "Toàn", "Nghĩa" };
    private static final String[] FEMALE_GIVEN = { "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Liên",
            "Linh", "Mai", "Nga", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Loan",
            "Hằng", "Diễm" };

    private final OrganisationTree tree;
    private final JdbcUnits units;
    private final JdbcMembers members;
    private final ApplicationEventPublisher events;
    private final JdbcMemberContacts contacts;

    OrganisationDemoData(OrganisationTree tree, JdbcUnits units, JdbcMembers members, ApplicationEventPublisher events,
            JdbcMemberContacts contacts) {
        this.tree = tree;
        this.units = units;
        this.members = members;
        this.events = events;
        this.contacts = contacts;
    }

    /** Demo members' mail goes to a reserved example domain: dv&lt;card number&gt;@chibo.example. */
    static final String EMAIL_DOMAIN = "chibo.example";

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "organisation";
    }

    static UUID unitId(String code) {
        return DemoData.unitId(code);
    }

    static UUID memberId(String card) {
        return UUID.nameUUIDFromBytes(("chibo-demo-member:" + card).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Outcome seed() {
        var city = unit(UnitKind.COMMITTEE, CITY, "Thành ủy Tân An", null);
        var grassroots = new java.util.HashMap<String, Unit>();
        grassroots.put("DU-P1", unit(UnitKind.GRASSROOTS, "DU-P1", "Đảng ủy Phường 1", city));
        grassroots.put("DU-P3", unit(UnitKind.GRASSROOTS, "DU-P3", "Đảng ủy Phường 3", city));
        grassroots.put("DU-KDN", unit(UnitKind.GRASSROOTS, "DU-KDN", "Đảng ủy Khối Doanh nghiệp", city));
        grassroots.put("DB-CQD", unit(UnitKind.GRASSROOTS, "DB-CQD", "Đảng bộ Các cơ quan Đảng Thành phố", city));

        var people = new ArrayList<Member>();
        var memberships = new ArrayList<Membership>();
        var flags = new ArrayList<MemberFlag>();
        var cellOf = new java.util.HashMap<UUID, UUID>();
        Unit capNuoc = null;
        var planned = new ArrayList<Object[]>();
        for (var plan : CELLS) {
            var cell = unit(UnitKind.CELL, plan.code(), plan.name(), grassroots.get(plan.parentCode()));
            if (plan.code().equals("CB-CAPNUOC")) {
                capNuoc = cell;
            }
            var groups = new ArrayList<Unit>();
            if (plan.code().equals(LARGE_CELL)) {
                for (int g = 1; g <= 3; g++) {
                    groups.add(unit(UnitKind.PARTY_GROUP, "TO-KP3-" + g, "Tổ đảng số " + g + " – Khu phố 3", cell));
                }
            }
            planned.add(new Object[] { plan, cell, groups });
        }
        for (var entry : planned) {
            var plan = (CellPlan) entry[0];
            var cell = (Unit) entry[1];
            @SuppressWarnings("unchecked")
            var groups = (List<Unit>) entry[2];
            for (int seq = 1; seq <= plan.size(); seq++) {
                var card = String.format("79%02d%04d", plan.index(), seq);
                var member = person(card, seq);
                people.add(member);
                cellOf.put(member.id(), cell.id());
                var group = groups.isEmpty() ? null : groups.get((seq - 1) % groups.size());
                var from = member.admissionDate().isBefore(FOUNDED) ? FOUNDED : member.admissionDate();
                memberships.add(new Membership(UUID.nameUUIDFromBytes(("chibo-demo-membership:" + card).getBytes(StandardCharsets.UTF_8)),
                        member.id(), cell.id(), group == null ? null : group.id(), from, null));
            }
        }
        flags.add(flag("79010028", MemberFlag.Kind.EXEMPT, LocalDate.of(2024, 1, 1), null, null, "Tuổi cao, sức yếu"));
        flags.add(flag("79020110", MemberFlag.Kind.EXEMPT, LocalDate.of(2023, 7, 1), null, null, "Tuổi cao"));
        flags.add(flag("79020115", MemberFlag.Kind.EXEMPT, LocalDate.of(2025, 3, 1), null, null, "Điều trị bệnh dài ngày"));
        flags.add(flag("79040040", MemberFlag.Kind.SUSPENDED, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 1, 31), null,
                "Đình chỉ sinh hoạt trong thời gian xem xét kỷ luật"));
        flags.add(flag("79010029", MemberFlag.Kind.TRANSFERRED_OUT, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 28),
                capNuoc.id(), "Biệt phái sang Công ty Cấp nước Long An"));

        var inserted = members.insert(people);
        members.insertMemberships(memberships);
        flags.forEach(members::addFlag);
        contacts.fillDemoEmails(people.stream().map(Member::id).toList(), "dv", EMAIL_DOMAIN);
        for (int g = 1; g <= 3; g++) {
            var group = units.findByCode("TO-KP3-" + g).orElseThrow();
            if (group.leaderMemberId() == null) {
                units.setLeaders(group.id(), memberId(String.format("7902%04d", g)), memberId(String.format("7902%04d", g + 3)));
            }
        }
        if (!inserted.isEmpty()) {
            var fresh = new java.util.HashSet<>(inserted);
            events.publishEvent(new MembersRegistered(people.stream().filter(m -> fresh.contains(m.id()))
                    .map(m -> new MembersRegistered.Registered(m.id(), m.cardNumber(), m.fullName(), cellOf.get(m.id())))
                    .toList()));
        }
        var cityUnits = units.subtrees(List.of(city)).size();
        return Outcome.of(cityUnits + " units of " + city.name() + ", " + people.size() + " members ("
                + inserted.size() + " new); story cell " + STORY_CELL + ", secretary card " + SECRETARY);
    }

    private Unit unit(UnitKind kind, String code, String name, Unit parent) {
        return tree.create(kind, unitId(code), code, name, parent, FOUNDED);
    }

    private static MemberFlag flag(String card, MemberFlag.Kind kind, LocalDate from, LocalDate to, UUID other, String note) {
        return new MemberFlag(UUID.nameUUIDFromBytes(("chibo-demo-flag:" + card + ":" + kind).getBytes(StandardCharsets.UTF_8)),
                memberId(card), kind, from, to, other, note);
    }

    /** A member generated from the card number alone, so every run produces the same person. */
    static Member person(String card, int seq) {
        var random = new Random(Long.parseLong(card));
        var female = random.nextInt(100) < 40;
        var name = FAMILY[random.nextInt(FAMILY.length)] + " "
                + (female ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)] : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)])
                + " " + (female ? FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)] : MALE_GIVEN[random.nextInt(MALE_GIVEN.length)]);
        for (var story : STORY_NAMES) {
            if (story[0].equals(card)) {
                name = story[1];
            }
        }
        var birth = LocalDate.of(1958, 1, 1).plusDays(random.nextInt(42 * 365));
        var story = STORY_NAMES.stream().anyMatch(s -> s[0].equals(card));
        var probationary = card.equals(PROBATIONARY_MEMBER) || (!story && seq % 10 == 7);
        if (probationary) {
            birth = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12 * 365));
            var admission = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(200));
            return new Member(memberId(card), card, name, birth, admission, null, MemberStatus.PROBATIONARY, 0);
        }
        var admission = birth.plusYears(20).plusDays(random.nextInt(15 * 365));
        if (admission.isAfter(LocalDate.of(2024, 6, 1))) {
            admission = LocalDate.of(2024, 6, 1).minusDays(random.nextInt(2000));
        }
        var official = admission.plusYears(1).plusDays(random.nextInt(30));
        return new Member(memberId(card), card, name, birth, admission, official, MemberStatus.OFFICIAL, 0);
    }
}
