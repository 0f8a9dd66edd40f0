package vn.chibo.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.organisation.OrganisationRefusals.ImportRefused;
import vn.chibo.shared.DomainException.Kind;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.time.VietnamTime;

/**
 * Importing members from a file in two steps: a preview that checks every row and is kept server-side, then
 * a commit that applies it in one transaction with one multi-row statement per table — all or nothing.
 */
@Service
class MemberImport {

    private final JdbcImportPreviews previews;
    private final JdbcUnits units;
    private final JdbcMembers members;
    private final OrganisationAccess access;
    private final Auditor auditor;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final OrganisationProperties properties;
    private final Clock clock;

    MemberImport(JdbcImportPreviews previews, JdbcUnits units, JdbcMembers members, OrganisationAccess access,
            Auditor auditor, ApplicationEventPublisher events, JsonMapper json, OrganisationProperties properties,
            Clock clock) {
        this.previews = previews;
        this.units = units;
        this.members = members;
        this.access = access;
        this.auditor = auditor;
        this.events = events;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    record Preview(UUID id, String fileName, int rows, boolean valid, List<ImportPlan.Issue> errors,
            ImportPlan.Summary summary) {
    }

    record Committed(int created, int updated, int unchanged) {
    }

    @Transactional
    Preview preview(UUID unitId, String fileName, InputStream file) throws IOException {
        var scope = scope(unitId);
        var table = MemberFiles.read(fileName, file);
        if (table.rows().size() > properties.importMaxRows()) {
            throw new ImportRefused("import-too-large", Kind.INVALID, "Tệp có quá " + properties.importMaxRows() + " dòng.");
        }
        var headerIssues = new java.util.ArrayList<ImportPlan.Issue>();
        var rows = ImportPlan.canonical(table, headerIssues);
        var plan = ImportPlan.check(rows, headerIssues, scope, lookup(), today());
        var id = UUID.randomUUID();
        var name = fileName == null || fileName.isBlank() ? "members" : fileName;
        var preview = new Preview(id, name, rows.size(), plan.valid(), plan.issues, plan.summary());
        previews.purgeExpired(clock.instant());
        previews.insert(id, scope.id(), name, access.reach().actor().accountId(),
                clock.instant().plus(properties.importPreviewTtl()), rows.size(), plan.valid(),
                json.writeValueAsString(rows), json.writeValueAsString(preview));
        return preview;
    }

    @Transactional
    Committed commit(UUID importId) {
        var stored = previews.lock(importId).orElseThrow(() -> new ImportRefused("import-not-found", Kind.NOT_FOUND,
                "Không tìm thấy bản xem trước này (có thể đã hết hạn)."));
        var scope = scope(stored.unitId());
        if (stored.committedAt() != null) {
            throw new ImportRefused("import-already-committed", Kind.CONFLICT, "Bản nhập này đã được ghi.");
        }
        if (stored.expiresAt().isBefore(clock.instant())) {
            throw new ImportRefused("import-expired", Kind.CONFLICT, "Bản xem trước đã hết hạn; hãy tải tệp lên lại.");
        }
        if (!stored.valid()) {
            throw new ImportRefused("import-has-errors", Kind.REJECTED, "Tệp còn lỗi; hãy sửa rồi tải lên lại.");
        }
        List<ImportPlan.RawRow> rows = json.readValue(stored.rowsJson(), new TypeReference<List<ImportPlan.RawRow>>() { });
        var today = today();
        var plan = ImportPlan.check(rows, List.of(), scope, lookup(), today);
        if (!plan.valid()) {
            throw new ImportRefused("import-outdated", Kind.CONFLICT,
                    "Dữ liệu đã thay đổi từ lúc xem trước; hãy tải tệp lên lại để kiểm tra.");
        }
        var inserted = members.insert(plan.creates);
        if (inserted.size() != plan.creates.size() || members.update(plan.updates) != plan.updates.size()) {
            throw new OrganisationRefusals.ConcurrentChange();
        }
        members.insertMemberships(plan.createdMemberships);
        members.move(plan.moves, today);
        previews.markCommitted(importId);
        var summary = plan.summary();
        if (!plan.creates.isEmpty()) {
            var cellOf = new HashMap<UUID, UUID>();
            plan.createdMemberships.forEach(m -> cellOf.put(m.memberId(), m.cellId()));
            events.publishEvent(new MembersRegistered(plan.creates.stream().map(m -> new MembersRegistered.Registered(
                    m.id(), m.cardNumber(), m.fullName(), cellOf.get(m.id()))).toList()));
        }
        auditor.record("members-imported", "import", importId, scope.id(), Map.of("file", stored.fileName(),
                "created", String.valueOf(summary.create()), "updated", String.valueOf(summary.update()),
                "unchanged", String.valueOf(summary.unchanged())));
        return new Committed(summary.create(), summary.update(), summary.unchanged());
    }

    private Unit scope(UUID unitId) {
        var unit = units.find(unitId).orElseThrow(OrganisationRefusals::unitNotFound);
        var reach = access.reach();
        reach.require(reach.mayImportInto(unit), "nhập đảng viên vào tổ chức này");
        return unit;
    }

    private ImportPlan.Lookup lookup() {
        return new ImportPlan.Lookup() {
            @Override
            public Map<String, Unit> unitsByCode(List<String> codes) {
                return units.findByCodes(codes);
            }

            @Override
            public Map<String, Member> membersByCard(List<String> cards) {
                return members.findByCards(cards);
            }

            @Override
            public Map<UUID, Membership> currentMemberships(List<UUID> memberIds) {
                return members.currentMemberships(memberIds);
            }

            @Override
            public Map<UUID, Unit> units(List<UUID> ids) {
                return units.findAll(ids);
            }
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }
}
