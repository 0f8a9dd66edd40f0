package vn.chibo.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation tree over HTTP (docs/access.md, "Organisation tree"). */
@RestController
@RequestMapping("/api/organisation/units")
@Tag(name = "Organisation tree")
class UnitController {

    private final OrganisationTree tree;
    private final MemberRegistry registry;

    UnitController(OrganisationTree tree, MemberRegistry registry) {
        this.tree = tree;
        this.registry = registry;
    }

    record UnitResource(UUID id, UnitKind kind, String code, String name, UUID parentId, List<UUID> path,
            LocalDate validFrom, LocalDate dissolvedAt, UUID leaderMemberId, UUID deputyMemberId, long memberCount) {

        static UnitResource of(OrganisationTree.UnitDetails details) {
            var u = details.unit();
            return new UnitResource(u.id(), u.kind(), u.code(), u.name(), u.parentId(), u.ancestors(), u.validFrom(),
                    u.dissolvedOn(), u.leaderMemberId(), u.deputyMemberId(), details.memberCount());
        }
    }

    record NewUnit(@NotNull UnitKind kind, String code, String name, @NotNull UUID parentId,
            LocalDate validFrom) {
    }

    record Rename(@NotBlank String name, LocalDate validFrom) {
    }

    record Move(@NotNull UUID parentId, LocalDate validFrom) {
    }

    record Dissolve(LocalDate date, String reason) {
    }

    record Leaders(UUID leaderMemberId, UUID deputyMemberId) {
    }

    @GetMapping
    @Operation(summary = "The units the actor may see, as a flat list in tree order")
    List<UnitResource> units() {
        return tree.visibleUnits().stream().map(UnitResource::of).toList();
    }

    @GetMapping("/{id}")
    UnitResource unit(@PathVariable UUID id) {
        return UnitResource.of(tree.unit(id));
    }

    @GetMapping("/{id}/history")
    List<JdbcUnits.UnitHistoryEntry> history(@PathVariable UUID id) {
        return tree.history(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UnitResource add(@Valid @RequestBody NewUnit body) {
        return UnitResource.of(tree.add(body.kind(), body.code(), body.name(), body.parentId(), body.validFrom()));
    }

    @PatchMapping("/{id}")
    UnitResource rename(@PathVariable UUID id, @Valid @RequestBody Rename body) {
        return UnitResource.of(tree.rename(id, body.name(), body.validFrom()));
    }

    @PostMapping("/{id}/move")
    UnitResource move(@PathVariable UUID id, @Valid @RequestBody Move body) {
        return UnitResource.of(tree.move(id, body.parentId(), body.validFrom()));
    }

    @PostMapping("/{id}/dissolve")
    UnitResource dissolve(@PathVariable UUID id, @RequestBody Dissolve body) {
        return UnitResource.of(tree.dissolve(id, body.date(), body.reason()));
    }

    @PutMapping("/{id}/leaders")
    UnitResource leaders(@PathVariable UUID id, @RequestBody Leaders body) {
        return UnitResource.of(tree.setLeaders(id, body.leaderMemberId(), body.deputyMemberId()));
    }

    @GetMapping("/{id}/members-on")
    @Operation(summary = "Members belonging to the cell or group on that date (the base of R14 denominators)")
    List<MemberView> membersOn(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return registry.membersOn(id, date);
    }
}
