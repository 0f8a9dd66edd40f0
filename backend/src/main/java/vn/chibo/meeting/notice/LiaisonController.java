package vn.chibo.meeting.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organisation.OrganisationDirectory;
import vn.chibo.organisation.UnitKind;
import vn.chibo.shared.audit.Auditor;
import vn.chibo.shared.security.AccessDenied;
import vn.chibo.shared.security.Actor;
import vn.chibo.shared.security.CurrentActor;
import vn.chibo.shared.security.Role;

/**
 * R21: the upper committee's member who follows a cell and receives its notices. Set by a reviewer or an
 * administrator holding the role strictly above the cell; read by them and by the cell's officers.
 */
@RestController
@RequestMapping("/api/cells/{cellId}/liaison")
class LiaisonController {

    private final JdbcLiaisons liaisons;
    private final OrganisationDirectory directory;
    private final CurrentActor currentActor;
    private final Auditor auditor;
    private final Clock clock;

    LiaisonController(JdbcLiaisons liaisons, OrganisationDirectory directory, CurrentActor currentActor, Auditor auditor,
            Clock clock) {
        this.liaisons = liaisons;
        this.directory = directory;
        this.currentActor = currentActor;
        this.auditor = auditor;
        this.clock = clock;
    }

    record LiaisonResource(UUID cellId, UUID memberId, String fullName, Instant setAt) {
    }

    record LiaisonRequest(@NotNull UUID memberId) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    LiaisonResource get(@PathVariable UUID cellId) {
        cell(cellId);
        var actor = currentActor.require();
        if (!mayRead(actor, cellId)) {
            throw new AccessDenied("Bạn không có quyền xem thông tin của chi bộ này.");
        }
        return liaisons.find(cellId).map(this::resource).orElse(new LiaisonResource(cellId, null, null, null));
    }

    @PutMapping
    @Transactional
    LiaisonResource set(@PathVariable UUID cellId, @Validated @RequestBody LiaisonRequest request) {
        var cell = cell(cellId);
        var actor = currentActor.require();
        var above = actor.grants().stream().anyMatch(g -> (g.role() == Role.REVIEWER || g.role() == Role.ADMIN)
                && !g.unitId().equals(cellId) && directory.isWithin(cellId, g.unitId()));
        if (!above) {
            throw new AccessDenied("Chỉ cấp ủy cấp trên (kiểm tra hoặc quản trị) mới được phân công đồng chí theo dõi chi bộ.");
        }
        directory.member(request.memberId()).orElseThrow(NoticeRefusals::memberNotFound);
        liaisons.set(cellId, request.memberId(), actor.username(), clock.instant());
        auditor.record("cell-liaison-set", "unit", cellId, cell.id(), java.util.Map.of("memberId", request.memberId().toString()));
        return resource(liaisons.find(cellId).orElseThrow());
    }

    private boolean mayRead(Actor actor, UUID cellId) {
        return actor.grants().stream().anyMatch(g -> g.role() != Role.GROUP_LEADER && directory.isWithin(cellId, g.unitId()));
    }

    private vn.chibo.organisation.UnitView cell(UUID cellId) {
        return directory.unit(cellId).filter(u -> u.kind() == UnitKind.CELL).orElseThrow(NoticeRefusals::notACell);
    }

    private LiaisonResource resource(JdbcLiaisons.Liaison liaison) {
        var name = directory.member(liaison.memberId()).map(m -> m.fullName()).orElse(null);
        return new LiaisonResource(liaison.cellId(), liaison.memberId(), name, liaison.setAt());
    }
}
